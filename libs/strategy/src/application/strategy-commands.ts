import { Forbidden, NotFound, type DistributiveOmit } from '@app/shared-kernel';
import { bodyDecider, bodyStream, membersOn } from '@app/governance';
import {
  AggregateCommand,
  DeciderRunner,
  type CommandResult,
  type Decision,
  type Provenance,
  type RecordingContext,
} from '@app/event-store';
import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { changeAreaDecider, type ChangeAreaCommand, type ChangeAreaState } from '../domain/change-area.decider';
import { goalDecider, type GoalCommand, type GoalState } from '../domain/goal.decider';
import { roundDecider, type RoundCommand, type Voter } from '../domain/round.decider';
import { VISION_STREAM, changeAreaStream, goalStream, roundStream, themeStream, workshopStream } from '../domain/strategy-terms';
import { themeDecider, type ThemeCommand, type ThemeState } from '../domain/theme.decider';
import { visionDecider, type VisionCommand } from '../domain/vision.decider';
import { workshopDecider, type WorkshopCommand } from '../domain/workshop.decider';
import { StrategyReadModel } from './strategy-read-model';

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
  | { aggregate: 'round'; roundId: string; command: DistributiveOmit<RoundCommand, 'voter' | 'members'>; goalIds?: string[] };

type Of<A extends StrategyRequest['aggregate']> = Extract<StrategyRequest, { aggregate: A }>;
export class HandleVisionCommand extends AggregateCommand<Of<'vision'>> {}
export class HandleThemeCommand extends AggregateCommand<Of<'theme'>> {}
export class HandleWorkshopCommand extends AggregateCommand<Of<'workshop'>> {}
export class HandleChangeAreaCommand extends AggregateCommand<Of<'change-area'>> {}
export class HandleGoalCommand extends AggregateCommand<Of<'goal'>> {}
export class HandleRoundCommand extends AggregateCommand<Of<'round'>> {}

/** The command for the aggregate a request is about (what the controllers send on the bus). */
export function strategyCommand(
  request: StrategyRequest,
  provenance: Provenance,
  context: RecordingContext,
): AggregateCommand<StrategyRequest> {
  switch (request.aggregate) {
    case 'vision':
      return new HandleVisionCommand(request, provenance, context);
    case 'theme':
      return new HandleThemeCommand(request, provenance, context);
    case 'workshop':
      return new HandleWorkshopCommand(request, provenance, context);
    case 'change-area':
      return new HandleChangeAreaCommand(request, provenance, context);
    case 'goal':
      return new HandleGoalCommand(request, provenance, context);
    case 'round':
      return new HandleRoundCommand(request, provenance, context);
  }
}

/** What the strategy's handlers look up beside their own stream: other aggregates' states, and today. */
@Injectable()
export class StrategyStates {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly readModel: StrategyReadModel,
  ) {}

  readonly theme = (code: string): Promise<ThemeState> => this.runner.stateOf(themeDecider, themeStream(code));
  readonly goal = (id: string): Promise<GoalState> => this.runner.stateOf(goalDecider, goalStream(id));
  readonly changeArea = (id: string): Promise<ChangeAreaState> => this.runner.stateOf(changeAreaDecider, changeAreaStream(id));
  readonly workshop = (id: string) => this.runner.stateOf(workshopDecider, workshopStream(id));
  readonly unknownInputs = (inputIds: string[]) => this.readModel.unknownInputs(inputIds);

  /** Strategy facts take effect when the caller says; otherwise on the day they are recorded. */
  effectiveAt(provenance: Provenance): string {
    return provenance.effectiveAt ?? this.readModel.today();
  }

  /** A goal command with what the goal decider needs to know of the themes, change areas and goals it names. */
  async completeGoal(command: Extract<StrategyRequest, { aggregate: 'goal' }>['command']): Promise<GoalCommand> {
    const { theme, goal, changeArea } = this;
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

@CommandHandler(HandleVisionCommand)
export class VisionCommandHandler implements ICommandHandler<HandleVisionCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly states: StrategyStates,
  ) {}

  execute({ request, provenance, context }: HandleVisionCommand): Promise<CommandResult> {
    return this.runner.run({
      id: 'vision',
      streamId: VISION_STREAM,
      decider: visionDecider,
      decision: () => ({ command: request.command, effectiveAt: this.states.effectiveAt(provenance) }),
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleThemeCommand)
export class ThemeCommandHandler implements ICommandHandler<HandleThemeCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly states: StrategyStates,
  ) {}

  execute({ request, provenance, context }: HandleThemeCommand): Promise<CommandResult> {
    return this.runner.run({
      id: request.themeCode,
      streamId: themeStream(request.themeCode),
      decider: themeDecider,
      decision: () => ({ command: request.command, effectiveAt: this.states.effectiveAt(provenance) }),
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleWorkshopCommand)
export class WorkshopCommandHandler implements ICommandHandler<HandleWorkshopCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly states: StrategyStates,
  ) {}

  execute({ request, provenance, context }: HandleWorkshopCommand): Promise<CommandResult> {
    const { command } = request;
    return this.runner.run({
      id: request.workshopId,
      streamId: workshopStream(request.workshopId),
      decider: workshopDecider,
      // A workshop's inputs take effect on its date unless the caller says otherwise.
      decision: (state) => ({
        command,
        effectiveAt:
          command.type === 'HoldWorkshop'
            ? command.data.date
            : state.status === 'held'
              ? (provenance.effectiveAt ?? state.date)
              : this.states.effectiveAt(provenance),
      }),
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleChangeAreaCommand)
export class ChangeAreaCommandHandler implements ICommandHandler<HandleChangeAreaCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly states: StrategyStates,
  ) {}

  execute({ request, provenance, context }: HandleChangeAreaCommand): Promise<CommandResult> {
    const effectiveAt = this.states.effectiveAt(provenance);
    return this.runner.run({
      id: request.changeAreaId,
      streamId: changeAreaStream(request.changeAreaId),
      decider: changeAreaDecider,
      decision: async (): Promise<Decision<ChangeAreaCommand>> => {
        const { command } = request;
        if (command.type === 'MergeInputs')
          return { command: { ...command, unknownInputIds: await this.states.unknownInputs(command.data.inputIds) }, effectiveAt };
        if (command.type === 'MergeWorkshopInputs') {
          const workshop = await this.states.workshop(command.data.workshopId);
          return { command: { ...command, workshopExists: workshop.status !== 'none' }, effectiveAt };
        }
        if (command.type === 'MergeChangeAreaInto')
          return { command: { ...command, into: await this.states.changeArea(command.data.intoChangeAreaId) }, effectiveAt };
        return { command, effectiveAt };
      },
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleGoalCommand)
export class GoalCommandHandler implements ICommandHandler<HandleGoalCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly states: StrategyStates,
  ) {}

  execute({ request, provenance, context }: HandleGoalCommand): Promise<CommandResult> {
    return this.runner.run({
      id: request.goalId,
      streamId: goalStream(request.goalId),
      decider: goalDecider,
      decision: async (): Promise<Decision<GoalCommand>> => ({
        command: await this.states.completeGoal(request.command),
        effectiveAt: this.states.effectiveAt(provenance),
      }),
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleRoundCommand)
export class RoundCommandHandler implements ICommandHandler<HandleRoundCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly states: StrategyStates,
  ) {}

  execute({ request, provenance, context }: HandleRoundCommand): Promise<CommandResult> {
    return this.runner.run({
      id: request.roundId,
      streamId: roundStream(request.roundId),
      decider: roundDecider,
      decision: async (state): Promise<Decision<RoundCommand>> => {
        const { command } = request;
        if (command.type === 'CastVotes') {
          // Votes are checked against the members of the round's body on the round's date.
          const body =
            state.status !== 'none' && state.bodyId ? await this.runner.stateOf(bodyDecider, bodyStream(state.bodyId)) : undefined;
          const members = body && state.status !== 'none' ? membersOn(body, state.date) : [];
          return { command: { ...command, voter: voterOf(context), members }, effectiveAt: this.states.effectiveAt(provenance) };
        }
        if (command.type !== 'OpenRound') return { command, effectiveAt: this.states.effectiveAt(provenance) };
        const { bodyId } = command.data;
        if (bodyId && (await this.runner.stateOf(bodyDecider, bodyStream(bodyId))).status === 'none')
          throw new NotFound('BODY.NOT_FOUND', `No body ${bodyId}`, { field: 'bodyId' });
        // The goals in a round are named; each one's theme is looked up.
        const goals = await Promise.all((request.goalIds ?? []).map(async (goalId) => ({ goalId, state: await this.states.goal(goalId) })));
        const missing = goals.find((g) => g.state.status === 'none');
        if (missing) throw new NotFound('GOAL.NOT_FOUND', `No goal ${missing.goalId}`, { field: 'goalIds' });
        const withThemes = goals.map((g) => ({ goalId: g.goalId, themeCode: g.state.status === 'none' ? '' : g.state.themeCode }));
        return {
          command: { ...command, data: { ...command.data, goals: withThemes } },
          effectiveAt: provenance.effectiveAt ?? command.data.date,
        };
      },
      provenance,
      context,
    });
  }
}

/** The secretariat records any member's votes; a member (by its token) casts its own. */
function voterOf(context: RecordingContext): Voter {
  if (context.roles?.includes('secretariat')) return { kind: 'secretariat' };
  if (context.roles?.includes('member') && context.member) return { kind: 'member', ...context.member };
  throw new Forbidden('ROUND.NOT_A_VOTER', 'Votes are cast by members (their own) or recorded by the secretariat');
}

export const strategyCommandHandlers = [
  StrategyStates,
  VisionCommandHandler,
  ThemeCommandHandler,
  WorkshopCommandHandler,
  ChangeAreaCommandHandler,
  GoalCommandHandler,
  RoundCommandHandler,
];
