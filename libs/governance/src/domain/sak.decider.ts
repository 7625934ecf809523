import { Conflict, NotFound, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';
import type { Sakstype } from './governance-terms';
import type { MeetingState } from './meeting.decider';
import {
  decidePublication,
  evolvePublication,
  unpublished,
  type PublicationCommand,
  type PublicationEvent,
  type PublicationOfSak,
} from './publication';

/**
 * A sak (agenda item): registered on a meeting's agenda, given a forslag til vedtak
 * (proposed decision) and, at the meeting, a vedtak (the decision adopted), whose wording may
 * differ from the proposal. A vedtak is never edited: a correction is a new event with a reason.
 */

export interface Presenter {
  name: string;
  organisation?: string;
}

export interface Attachment {
  /** As the agenda names it: "Vedlegg 1", "Vedlegg 1A". */
  name: string;
  title?: string;
  reference?: string;
}

/**
 * The roles people have on a sak, each as a document names it: *presenterer* ("Presenterer
 * saken" on the agenda slide), *fra* (who the saksframlegg is from) and *saksbehandler* (the
 * case officer). Different roles, never co-presenters.
 */
export const SAK_ROLES = ['presenterer', 'fra', 'saksbehandler'] as const;
export type SakRole = (typeof SAK_ROLES)[number];

/** What a sak is registered with; the registration's fields stay part of its state. */
export interface SakRegistration {
  sakId: string;
  bodyId: string;
  meetingId: string;
  number: string;
  title: string;
  sakstype: Sakstype;
  presenter?: Presenter;
  plannedStart?: string;
  attachments: Attachment[];
}

export type SakEvent =
  | DomainEvent<'SakRegistered', SakRegistration>
  | DomainEvent<'AttachmentAdded', { sakId: string; attachment: Attachment }>
  | DomainEvent<'SakRoleAssigned', { sakId: string; role: SakRole; person: Presenter }>
  | DomainEvent<'SakContinued', { sakId: string; startTime: string; note?: string }>
  | DomainEvent<'DecisionProposed', { sakId: string; text: string }>
  | DomainEvent<'DecisionAdopted', { sakId: string; text: string; adoptedOn: string }>
  | DomainEvent<'DecisionCorrected', { sakId: string; text: string; previousText: string; reason: string }>
  | DomainEvent<'MinutesApproved', { sakId: string; minutesOfMeetingId: string }>
  | PublicationEvent;

export type SakCommand =
  | {
      type: 'RegisterSak';
      data: Omit<SakRegistration, 'bodyId' | 'meetingId'>;
      /** The meeting whose agenda it joins, as the handler found it. */
      meeting: MeetingState;
    }
  | { type: 'AddAttachment'; data: { attachment: Attachment } }
  | { type: 'AssignSakRole'; data: { role: SakRole; person: Presenter } }
  | { type: 'ContinueSak'; data: { startTime: string; note?: string } }
  | { type: 'ProposeDecision'; data: { text: string } }
  | { type: 'AdoptDecision'; data: { text: string; adoptedOn: string } }
  | { type: 'CorrectDecision'; data: { text: string; reason: string } }
  | {
      type: 'ApproveMinutes';
      data: { minutesOfMeetingId: string };
      minutesOf: MeetingState;
      /** The meeting of the approving sak: the referat it approves is of an earlier meeting of the same body. */
      meeting: MeetingState;
    }
  | PublicationCommand;

export interface VedtakState {
  text: string;
  adoptedOn: string;
  /** The wording as first adopted, before any correction. */
  originalText: string;
  corrections: { text: string; previousText: string; reason: string }[];
}

export type SakState =
  | { status: 'none' }
  | (SakRegistration &
      PublicationOfSak & {
        status: 'registered';
        continuations: { startTime: string; note?: string }[];
        roles: { role: SakRole; person: Presenter }[];
        proposal?: string;
        vedtak?: VedtakState;
        approvesMinutesOf?: string;
      });

function decide(command: SakCommand, state: SakState): SakEvent[] {
  if (command.type === 'RegisterSak') {
    if (state.status !== 'none') throw new Conflict('SAK.NUMBER_TAKEN', `Sak ${state.number} of ${state.bodyId} is already registered`);
    const { meeting, data } = command;
    if (meeting.status === 'none')
      throw new NotFound('MEETING.NOT_FOUND', 'The sak names a meeting that does not exist', { field: 'meetingId' });
    if (data.number.split('/')[1] !== meeting.date.slice(2, 4)) {
      throw new ValidationFailed(
        'SAK.NUMBER_YEAR_MISMATCH',
        `Sak ${data.number} cannot be on the agenda of a meeting on ${meeting.date}`,
        'number',
      );
    }
    return [{ type: 'SakRegistered', data: { ...data, bodyId: meeting.bodyId, meetingId: meeting.meetingId } }];
  }
  if (state.status === 'none') throw new NotFound('SAK.NOT_FOUND', 'No such sak');
  const { sakId } = state;

  switch (command.type) {
    case 'AddAttachment':
      if (state.attachments.some((a) => a.name === command.data.attachment.name)) {
        throw new Conflict('SAK.ATTACHMENT_EXISTS', `Sak ${state.number} already has "${command.data.attachment.name}"`);
      }
      return [{ type: 'AttachmentAdded', data: { sakId, attachment: command.data.attachment } }];
    case 'AssignSakRole': {
      const { role, person } = command.data;
      if (state.roles.some((r) => r.role === role && r.person.name === person.name)) {
        throw new Conflict('SAK.ROLE_EXISTS', `${person.name} is already recorded as ${role} of sak ${state.number}`);
      }
      return [{ type: 'SakRoleAssigned', data: { sakId, role, person } }];
    }
    case 'ContinueSak':
      if (state.continuations.some((c) => c.startTime === command.data.startTime)) {
        throw new Conflict('SAK.CONTINUATION_EXISTS', `Sak ${state.number} is already continued at ${command.data.startTime}`);
      }
      if (state.plannedStart && command.data.startTime <= state.plannedStart) {
        throw new ValidationFailed(
          'SAK.CONTINUED_BEFORE_START',
          `A continuation at ${command.data.startTime} is not after the start ${state.plannedStart}`,
          'startTime',
        );
      }
      return [{ type: 'SakContinued', data: { sakId, ...command.data } }];
    case 'ProposeDecision':
      if (state.proposal === command.data.text) return nothingToRecord();
      if (state.vedtak) throw new Conflict('VEDTAK.ALREADY_ADOPTED', `Sak ${state.number} already has a vedtak; propose nothing after it`);
      return [{ type: 'DecisionProposed', data: { sakId, text: command.data.text } }];
    case 'AdoptDecision':
      if (state.vedtak?.text === command.data.text && state.vedtak.adoptedOn === command.data.adoptedOn) return nothingToRecord();
      if (state.vedtak) {
        throw new Conflict(
          'VEDTAK.ALREADY_ADOPTED',
          `Sak ${state.number} already has a vedtak (${state.vedtak.adoptedOn}); record a correction instead`,
        );
      }
      return [{ type: 'DecisionAdopted', data: { sakId, ...command.data } }];
    case 'CorrectDecision':
      if (!state.vedtak) throw new Conflict('VEDTAK.NOT_ADOPTED', `Sak ${state.number} has no vedtak to correct`);
      if (command.data.text === state.vedtak.text) return nothingToRecord();
      return [{ type: 'DecisionCorrected', data: { sakId, ...command.data, previousText: state.vedtak.text } }];
    case 'ApproveMinutes':
      if (command.minutesOf.status === 'none') {
        throw new NotFound('MEETING.NOT_FOUND', `No meeting ${command.data.minutesOfMeetingId} whose minutes to approve`, {
          field: 'minutesOfMeetingId',
        });
      }
      if (command.data.minutesOfMeetingId === state.meetingId) {
        throw new ValidationFailed('MINUTES.OWN_MEETING', 'A sak cannot approve the minutes of its own meeting', 'minutesOfMeetingId');
      }
      if (command.minutesOf.bodyId !== state.bodyId)
        throw new ValidationFailed(
          'MINUTES.OTHER_BODY',
          `The minutes of ${command.minutesOf.meetingId} are another body's`,
          'minutesOfMeetingId',
        );
      if (command.minutesOf.status === 'cancelled')
        throw new Conflict('MINUTES.MEETING_CANCELLED', `Meeting ${command.minutesOf.meetingId} was cancelled: it has no referat`);
      // (A sak's own meeting always exists; the check narrows its type.)
      if (command.meeting.status !== 'none' && command.minutesOf.date >= command.meeting.date)
        throw new ValidationFailed(
          'MINUTES.NOT_EARLIER',
          `A sak of ${command.meeting.date} can only approve the minutes of an earlier meeting, not of ${command.minutesOf.date}`,
          'minutesOfMeetingId',
        );
      if (state.approvesMinutesOf === command.data.minutesOfMeetingId) return nothingToRecord();
      if (state.approvesMinutesOf)
        throw new Conflict('MINUTES.ALREADY_APPROVED', `Sak ${state.number} already approves the minutes of ${state.approvesMinutesOf}`);
      return [{ type: 'MinutesApproved', data: { sakId, minutesOfMeetingId: command.data.minutesOfMeetingId } }];
    case 'PublishSak':
    case 'PublishVedtak':
    case 'RecordExemption':
    case 'LiftExemption':
      return decidePublication(command, state);
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: SakState, event: SakEvent): SakState {
  if (event.type === 'SakRegistered') return { status: 'registered', ...event.data, continuations: [], roles: [], ...unpublished() };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AttachmentAdded':
      return { ...state, attachments: [...state.attachments, event.data.attachment] };
    case 'SakRoleAssigned':
      return { ...state, roles: [...state.roles, { role: event.data.role, person: event.data.person }] };
    case 'SakContinued':
      return { ...state, continuations: [...state.continuations, { startTime: event.data.startTime, note: event.data.note }] };
    case 'DecisionProposed':
      return { ...state, proposal: event.data.text };
    case 'DecisionAdopted':
      return {
        ...state,
        vedtak: { text: event.data.text, adoptedOn: event.data.adoptedOn, originalText: event.data.text, corrections: [] },
      };
    case 'DecisionCorrected': {
      if (!state.vedtak) return state;
      const { text, previousText, reason } = event.data;
      return { ...state, vedtak: { ...state.vedtak, text, corrections: [...state.vedtak.corrections, { text, previousText, reason }] } };
    }
    case 'MinutesApproved':
      return { ...state, approvesMinutesOf: event.data.minutesOfMeetingId };
    case 'SakSentWithInnkalling':
    case 'SakPublished':
    case 'VedtakPublished':
    case 'ExemptionRecorded':
    case 'ExemptionLifted':
      return { ...state, ...evolvePublication(state, event) };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const sakDecider: Decider<SakCommand, SakEvent, SakState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
