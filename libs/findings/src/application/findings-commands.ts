import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  AggregateCommand,
  CLOCK,
  DeciderRunner,
  EventLog,
  type CommandResult,
  type Decision,
  type Provenance,
  type RecordingContext,
} from '@app/event-store';
import { sakStream } from '@app/governance';
import { goalDecider, goalStream } from '@app/strategy';
import type { Clock, DistributiveOmit } from '@app/shared-kernel';
import {
  assignmentDecider,
  findingDecider,
  reportDecider,
  type AssignmentCommand,
  type CheckedLink,
  type FindingCommand,
  type ReportCommand,
} from '../domain/findings.deciders';
import { assignmentStream, findingStream, reportStream, type Link } from '../domain/findings-terms';

type Unchecked<C> = C extends { data: { links: CheckedLink[] } } ? Omit<C, 'data'> & { data: { links: Link[] } } : C;

export type FindingsRequest =
  | { aggregate: 'report'; reportId: string; command: Omit<ReportCommand, 'presentedInExists'> }
  | { aggregate: 'finding'; findingId: string; command: Unchecked<DistributiveOmit<FindingCommand, 'reportExists'>> }
  | {
      aggregate: 'assignment';
      assignmentId: string;
      command: Unchecked<DistributiveOmit<AssignmentCommand, 'missingFindings' | 'reportedInExists'>>;
    };

type Of<A extends FindingsRequest['aggregate']> = Extract<FindingsRequest, { aggregate: A }>;
export class HandleReportCommand extends AggregateCommand<Of<'report'>> {}
export class HandleFindingCommand extends AggregateCommand<Of<'finding'>> {}
export class HandleAssignmentCommand extends AggregateCommand<Of<'assignment'>> {}

/** The command for the aggregate a request is about (what the controller sends on the bus). */
export function findingsCommand(
  request: FindingsRequest,
  provenance: Provenance,
  context: RecordingContext,
): AggregateCommand<FindingsRequest> {
  switch (request.aggregate) {
    case 'report':
      return new HandleReportCommand(request, provenance, context);
    case 'finding':
      return new HandleFindingCommand(request, provenance, context);
    case 'assignment':
      return new HandleAssignmentCommand(request, provenance, context);
  }
}

/** Whether the things findings refer to exist (saker, goals and measures), and the date a fact without its own takes effect. */
@Injectable()
export class References {
  constructor(
    private readonly log: EventLog,
    private readonly runner: DeciderRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Facts without a date of their own take effect when the caller says, else on the day recorded. */
  dateOf(provenance: Provenance): string {
    return provenance.effectiveAt ?? this.clock.now().toISOString().slice(0, 10);
  }

  /** Whether the stream has any event: its first one is read, not the whole stream. */
  async exists(streamId: string): Promise<boolean> {
    return (await this.log.readFrom(streamId, 0n, 1)).length > 0;
  }

  async check(links: Link[]): Promise<CheckedLink[]> {
    return Promise.all(links.map(async (link) => ({ ...link, exists: await this.linkExists(link) })));
  }

  private async linkExists({ kind, ref }: Link): Promise<boolean> {
    if (kind === 'sak') return this.exists(sakStream(ref));
    if (kind === 'goal') return this.exists(goalStream(ref));
    if (kind === 'audit-report') return this.exists(reportStream(ref));
    // A measure is `goalId/measureCode`: it exists when that goal, as the strategy folds it, has it.
    const [goalId, measureCode] = ref.split('/');
    if (!goalId || !measureCode) return false;
    const goal = await this.runner.stateOf(goalDecider, goalStream(goalId));
    return goal.status !== 'none' && goal.measures.some((m) => m.measureCode === measureCode);
  }
}

@CommandHandler(HandleReportCommand)
export class ReportCommandHandler implements ICommandHandler<HandleReportCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: References,
  ) {}

  execute({ request, provenance, context }: HandleReportCommand): Promise<CommandResult> {
    const { command } = request;
    return this.runner.run({
      id: request.reportId,
      streamId: reportStream(request.reportId),
      decider: reportDecider,
      decision: async () => ({
        command: {
          ...command,
          presentedInExists: command.data.presentedIn ? await this.references.exists(sakStream(command.data.presentedIn)) : true,
        },
        effectiveAt: command.data.publishedOn,
      }),
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleFindingCommand)
export class FindingCommandHandler implements ICommandHandler<HandleFindingCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: References,
  ) {}

  execute({ request, provenance, context }: HandleFindingCommand): Promise<CommandResult> {
    return this.runner.run({
      id: request.findingId,
      streamId: findingStream(request.findingId),
      decider: findingDecider,
      decision: async (): Promise<Decision<FindingCommand>> => {
        const { command } = request;
        if (command.type === 'RecordFinding') {
          const report = await this.runner.stateOf(reportDecider, reportStream(command.data.reportId));
          return {
            command: { ...command, reportExists: report.status !== 'none' },
            effectiveAt: report.status === 'none' ? '' : report.publishedOn,
          };
        }
        return {
          command: { type: 'LinkFinding', data: { links: await this.references.check(command.data.links) } },
          effectiveAt: this.references.dateOf(provenance),
        };
      },
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleAssignmentCommand)
export class AssignmentCommandHandler implements ICommandHandler<HandleAssignmentCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly references: References,
  ) {}

  execute({ request, provenance, context }: HandleAssignmentCommand): Promise<CommandResult> {
    return this.runner.run({
      id: request.assignmentId,
      streamId: assignmentStream(request.assignmentId),
      decider: assignmentDecider,
      decision: async (): Promise<Decision<AssignmentCommand>> => {
        const { command } = request;
        switch (command.type) {
          case 'GiveAssignment': {
            const missing: string[] = [];
            for (const findingId of command.data.answersFindings)
              if (!(await this.references.exists(findingStream(findingId)))) missing.push(findingId);
            return { command: { ...command, missingFindings: missing }, effectiveAt: this.references.dateOf(provenance) };
          }
          case 'LinkAssignment':
            return {
              command: { type: 'LinkAssignment', data: { links: await this.references.check(command.data.links) } },
              effectiveAt: this.references.dateOf(provenance),
            };
          case 'ReportStatus': {
            const reportedInExists = command.data.reportedIn ? await this.references.exists(sakStream(command.data.reportedIn)) : true;
            return { command: { ...command, reportedInExists }, effectiveAt: command.data.reportedOn };
          }
        }
      },
      provenance,
      context,
    });
  }
}

export const findingsCommandHandlers = [References, ReportCommandHandler, FindingCommandHandler, AssignmentCommandHandler];
