import { Inject } from '@nestjs/common';
import { CLOCK, type RecordingContext } from '@app/event-store';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { bodyDecider, type BodyCommand } from '../domain/body.decider';
import { bodyStream, meetingStream, sakStream } from '../domain/governance-terms';
import { meetingDecider, type MeetingCommand } from '../domain/meeting.decider';
import { sakDecider, type SakCommand } from '../domain/sak.decider';
import { DeciderRunner, type CommandResult, type Decision, type Provenance } from '@app/event-store';
import type { Clock, DistributiveOmit } from '@app/shared-kernel';

/** Publishing and exempting take effect the day they are recorded: they are about the record now, not about the meeting. */
const PUBLICATION_COMMANDS = new Set(['PublishSak', 'PublishVedtak', 'RecordExemption', 'LiftExemption', 'PublishMinutes']);
const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** What the HTTP layer asks for; the handlers add what other aggregates know. */
export type MeetingRequest = DistributiveOmit<MeetingCommand, 'body'>;
export type SakRequest =
  | DistributiveOmit<Exclude<SakCommand, { type: 'AdoptDecision' }>, 'meeting' | 'minutesOf'>
  /** Without `adoptedOn`, the vedtak is dated the day of the meeting. */
  | { type: 'AdoptDecision'; data: { text: string; adoptedOn?: string } };

export class HandleBodyCommand {
  constructor(
    readonly bodyId: string,
    readonly command: BodyCommand,
    readonly provenance: Provenance,
    readonly context: RecordingContext,
  ) {}
}

export class HandleMeetingCommand {
  constructor(
    readonly meetingId: string,
    readonly bodyId: string | undefined,
    readonly command: MeetingRequest,
    readonly provenance: Provenance,
    readonly context: RecordingContext,
  ) {}
}

export class HandleSakCommand {
  constructor(
    readonly sakId: string,
    /** For RegisterSak: the meeting whose agenda the sak joins. */
    readonly meetingId: string | undefined,
    readonly command: SakRequest,
    readonly provenance: Provenance,
    readonly context: RecordingContext,
  ) {}
}

@CommandHandler(HandleBodyCommand)
export class BodyCommandHandler implements ICommandHandler<HandleBodyCommand, CommandResult> {
  constructor(private readonly runner: DeciderRunner) {}

  execute({ bodyId, command, provenance, context }: HandleBodyCommand): Promise<CommandResult> {
    return this.runner.run({
      id: command.type === 'AppointMember' || command.type === 'RecordMemberLeaving' ? command.data.memberId : bodyId,
      streamId: bodyStream(bodyId),
      decider: bodyDecider,
      decision: () => ({
        command,
        // Establishing and renaming carry their date in `effectiveAt` (required by the API).
        effectiveAt:
          command.type === 'AppointMember'
            ? command.data.appointedOn
            : command.type === 'RecordMemberLeaving'
              ? command.data.leftOn
              : provenance.effectiveAt!,
      }),
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleMeetingCommand)
export class MeetingCommandHandler implements ICommandHandler<HandleMeetingCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ meetingId, bodyId, command, provenance, context }: HandleMeetingCommand): Promise<CommandResult> {
    return this.runner.run({
      id: meetingId,
      streamId: meetingStream(meetingId),
      decider: meetingDecider,
      decision: async (state) => {
        const ofBody = bodyId ?? (state.status === 'none' ? undefined : state.bodyId);
        const needsBody = command.type === 'ScheduleMeeting' || command.type === 'RecordAttendance';
        const body = needsBody && ofBody ? await this.runner.stateOf(bodyDecider, bodyStream(ofBody)) : bodyDecider.initialState();
        const full = (needsBody ? { ...command, body } : command) as MeetingCommand;
        // Meeting facts take effect on the meeting day.
        const date = command.type === 'ScheduleMeeting' ? command.data.date : state.status === 'none' ? '' : state.date;
        return { command: full, effectiveAt: PUBLICATION_COMMANDS.has(command.type) ? today(this.clock) : date };
      },
      provenance,
      context,
    });
  }
}

@CommandHandler(HandleSakCommand)
export class SakCommandHandler implements ICommandHandler<HandleSakCommand, CommandResult> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ sakId, meetingId, command, provenance, context }: HandleSakCommand): Promise<CommandResult> {
    return this.runner.run({
      id: sakId,
      streamId: sakStream(sakId),
      decider: sakDecider,
      decision: async (state): Promise<Decision<SakCommand>> => {
        const ofMeeting = meetingId ?? (state.status === 'none' ? undefined : state.meetingId);
        const meeting = ofMeeting ? await this.runner.stateOf(meetingDecider, meetingStream(ofMeeting)) : meetingDecider.initialState();
        const meetingDate = meeting.status === 'none' ? '' : meeting.date;
        switch (command.type) {
          case 'RegisterSak':
            return { command: { ...command, meeting }, effectiveAt: meetingDate };
          case 'ApproveMinutes': {
            const minutesOf = await this.runner.stateOf(meetingDecider, meetingStream(command.data.minutesOfMeetingId));
            return { command: { ...command, minutesOf, meeting }, effectiveAt: meetingDate };
          }
          case 'AdoptDecision': {
            const adoptedOn = command.data.adoptedOn ?? meetingDate;
            return { command: { type: 'AdoptDecision' as const, data: { text: command.data.text, adoptedOn } }, effectiveAt: adoptedOn };
          }
          case 'CorrectDecision': {
            // A correction is backdated to the vedtak it corrects, and names that event.
            const corrects = await this.runner.lastEventIdOf(sakStream(sakId), ['DecisionAdopted', 'DecisionCorrected']);
            const adoptedOn = state.status === 'registered' && state.vedtak ? state.vedtak.adoptedOn : meetingDate;
            return { command, effectiveAt: adoptedOn, corrects };
          }
          default:
            return {
              command: command as SakCommand,
              effectiveAt: PUBLICATION_COMMANDS.has(command.type) ? today(this.clock) : meetingDate,
            };
        }
      },
      provenance,
      context,
    });
  }
}

export const governanceCommandHandlers = [BodyCommandHandler, MeetingCommandHandler, SakCommandHandler];
