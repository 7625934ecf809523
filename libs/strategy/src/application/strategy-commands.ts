import { NotFound } from '@app/shared-kernel';
import { DeciderRunner, type CommandResult, type Decision, type Provenance, type RecordingContext } from '@app/event-store';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { changeAreaDecider, type ChangeAreaCommand, type ChangeAreaState } from '../domain/change-area.decider';
import { goalDecider, type GoalCommand, type GoalState } from '../domain/goal.decider';
import { roundDecider, type RoundCommand } from '../domain/round.decider';
import { VISION_STREAM, changeAreaStream, goalStream, roundStream, themeStream, workshopStream } from '../domain/strategy-terms';
import { themeDecider, type ThemeCommand, type ThemeState } from '../domain/theme.decider';
import { visionDecider, type VisionCommand } from '../domain/vision.decider';
import { workshopDecider, type WorkshopCommand } from '../domain/workshop.decider';
import { StrategyReadModel } from './strategy-read-model';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What the HTTP layer asks for, per aggregate; the handler adds what other aggregates know. */
export type StrategyRequest =
  | { aggregate: 'vision'; command: VisionCommand }
  | { aggregate: 'theme'; themeCode: string; command: ThemeCommand }
  | { aggregate: 'workshop'; workshopId: string; command: WorkshopCommand }
  | {
      aggregate: 'change-area';
      changeAreaId: string;
      command: DistributiveOmit<ChangeAreaCommand, 'unknownInputIds' | 'into' | 'workshopExists'>;
    }
  | { aggregate: 'goal'; goalId: string; command: DistributiveOmit<GoalCommand, 'theme' | 'changeAreas' | 'goals' | 'into' | 'dependsOn'> }
  /** For OpenRound, `goalIds` names the goals in the round; their themes are looked up. */
  | { aggregate: 'round'; roundId: string; command: DistributiveOmit<RoundCommand, never>; goalIds?: string[] };

export class HandleStrategyCommand {
  constructor(
    readonly request: StrategyRequest,
    readonly provenance: Provenance,
    readonly context: RecordingContext,
  ) {}
}

/**
 * One handler for the strategy's aggregates: each request is completed with the states of the
 * aggregates it refers to, then decided and appended by the DeciderRunner.
 */
@CommandHandler(HandleStrategyCommand)
export class StrategyCommandHandler implements ICommandHandler<HandleStrategyCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly readModel: StrategyReadModel,
  ) {}

  execute({ request, provenance, context }: HandleStrategyCommand): Promise<CommandResult> {
    // Strategy facts take effect when the caller says; otherwise on the day they are recorded.
    const today = () => provenance.effectiveAt ?? this.readModel.today();
    const common = { provenance, context };
    const theme = (code: string) => this.runner.stateOf(themeDecider, themeStream(code));
    const goal = (id: string) => this.runner.stateOf(goalDecider, goalStream(id));
    const changeArea = (id: string) => this.runner.stateOf(changeAreaDecider, changeAreaStream(id));

    switch (request.aggregate) {
      case 'vision':
        return this.runner.run({
          ...common,
          id: 'vision',
          streamId: VISION_STREAM,
          decider: visionDecider,
          decision: () => ({ command: request.command, effectiveAt: today() }),
        });
      case 'theme':
        return this.runner.run({
          ...common,
          id: request.themeCode,
          streamId: themeStream(request.themeCode),
          decider: themeDecider,
          decision: () => ({ command: request.command, effectiveAt: today() }),
        });
      case 'workshop':
        return this.runner.run({
          ...common,
          id: request.workshopId,
          streamId: workshopStream(request.workshopId),
          decider: workshopDecider,
          decision: (state) => ({
            command: request.command,
            effectiveAt:
              request.command.type === 'HoldWorkshop'
                ? request.command.data.date
                : state.status === 'held'
                  ? (provenance.effectiveAt ?? state.date)
                  : today(),
          }),
        });
      case 'change-area':
        return this.runner.run({
          ...common,
          id: request.changeAreaId,
          streamId: changeAreaStream(request.changeAreaId),
          decider: changeAreaDecider,
          decision: async (): Promise<Decision<ChangeAreaCommand>> => {
            const { command } = request;
            if (command.type === 'MergeInputs')
              return {
                command: { ...command, unknownInputIds: await this.readModel.unknownInputs(command.data.inputIds) },
                effectiveAt: today(),
              };
            if (command.type === 'MergeWorkshopInputs') {
              const workshop = await this.runner.stateOf(workshopDecider, workshopStream(command.data.workshopId));
              return { command: { ...command, workshopExists: workshop.status !== 'none' }, effectiveAt: today() };
            }
            if (command.type === 'MergeChangeAreaInto')
              return { command: { ...command, into: await changeArea(command.data.intoChangeAreaId) }, effectiveAt: today() };
            return { command, effectiveAt: today() };
          },
        });
      case 'goal':
        return this.runner.run({
          ...common,
          id: request.goalId,
          streamId: goalStream(request.goalId),
          decider: goalDecider,
          decision: async (): Promise<Decision<GoalCommand>> => ({
            command: await this.completeGoal(request.command, theme, goal, changeArea),
            effectiveAt: today(),
          }),
        });
      case 'round':
        return this.runner.run({
          ...common,
          id: request.roundId,
          streamId: roundStream(request.roundId),
          decider: roundDecider,
          decision: async (): Promise<Decision<RoundCommand>> => {
            const { command } = request;
            if (command.type !== 'OpenRound') return { command, effectiveAt: today() };
            const goals = await Promise.all((request.goalIds ?? []).map(async (goalId) => ({ goalId, state: await goal(goalId) })));
            const missing = goals.find((g) => g.state.status === 'none');
            if (missing) throw new NotFound('GOAL.NOT_FOUND', `No goal ${missing.goalId}`, { field: 'goalIds' });
            const withThemes = goals.map((g) => ({ goalId: g.goalId, themeCode: g.state.status === 'none' ? '' : g.state.themeCode }));
            return {
              command: { ...command, data: { ...command.data, goals: withThemes } },
              effectiveAt: provenance.effectiveAt ?? command.data.date,
            };
          },
        });
    }
  }

  private async completeGoal(
    command: Extract<StrategyRequest, { aggregate: 'goal' }>['command'],
    theme: (code: string) => Promise<ThemeState>,
    goal: (id: string) => Promise<GoalState>,
    changeArea: (id: string) => Promise<ChangeAreaState>,
  ): Promise<GoalCommand> {
    switch (command.type) {
      case 'DraftGoal':
        return {
          ...command,
          theme: await theme(command.data.themeCode),
          changeAreas: await Promise.all(
            command.data.fromChangeAreas.map(async (changeAreaId) => ({ changeAreaId, state: await changeArea(changeAreaId) })),
          ),
          goals: await Promise.all(command.data.derivedFromGoals.map(async (goalId) => ({ goalId, state: await goal(goalId) }))),
        };
      case 'MoveGoal':
        return { ...command, theme: await theme(command.data.themeCode) };
      case 'MergeGoalInto':
        return { ...command, into: await goal(command.data.intoGoalId) };
      case 'SplitGoal':
        return {
          ...command,
          into: await Promise.all(command.data.intoGoalIds.map(async (goalId) => ({ goalId, state: await goal(goalId) }))),
        };
      case 'AddDependency':
        return { ...command, dependsOn: await goal(command.data.dependsOnGoalId) };
      default:
        return command as GoalCommand;
    }
  }
}
