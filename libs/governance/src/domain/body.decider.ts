import { Conflict, NotFound, ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';
import type { MemberRole } from './governance-terms';

/** A body (organ): Nasjonalt e-helsestyre, NUIT, NUFA; its name over time and its members and observers. */

export type BodyEvent =
  | DomainEvent<'BodyEstablished', { bodyId: string; name: string; shortName?: string }>
  | DomainEvent<'BodyRenamed', { bodyId: string; name: string; previousName: string }>
  | DomainEvent<
      'MemberAppointed',
      { bodyId: string; memberId: string; name: string; organisation: string; role: MemberRole; title?: string; appointedOn: string }
    >
  | DomainEvent<'MemberLeft', { bodyId: string; memberId: string; leftOn: string }>;

export type BodyCommand =
  | { type: 'EstablishBody'; data: { bodyId: string; name: string; shortName?: string } }
  | { type: 'RenameBody'; data: { name: string } }
  | {
      type: 'AppointMember';
      data: { memberId: string; name: string; organisation: string; role: MemberRole; title?: string; appointedOn: string };
    }
  | { type: 'RecordMemberLeaving'; data: { memberId: string; leftOn: string } };

export interface Membership {
  memberId: string;
  name: string;
  organisation: string;
  role: MemberRole;
  title?: string;
  appointedOn: string;
  leftOn?: string;
}

export type BodyState =
  { status: 'none' } | { status: 'established'; bodyId: string; name: string; shortName?: string; members: Record<string, Membership> };

/** The members (not observers) of a body on a date: appointed by then and not yet left. */
export function membersOn(state: BodyState, date: string): string[] {
  if (state.status !== 'established') return [];
  return Object.values(state.members)
    .filter((m) => m.role === 'member' && m.appointedOn <= date && (m.leftOn === undefined || date < m.leftOn))
    .map((m) => m.memberId);
}

const notFound = () => new NotFound('BODY.NOT_FOUND', 'No such body');

function decide(command: BodyCommand, state: BodyState): BodyEvent[] {
  if (command.type === 'EstablishBody') {
    if (state.status === 'established') {
      if (state.name === command.data.name) return nothingToRecord();
      throw new Conflict('BODY.ALREADY_ESTABLISHED', `Body ${state.bodyId} is already established as "${state.name}"`);
    }
    return [{ type: 'BodyEstablished', data: command.data }];
  }
  if (state.status === 'none') throw notFound();
  const { bodyId } = state;

  switch (command.type) {
    case 'RenameBody': {
      if (command.data.name === state.name) return nothingToRecord();
      return [{ type: 'BodyRenamed', data: { bodyId, name: command.data.name, previousName: state.name } }];
    }
    case 'AppointMember': {
      const current = state.members[command.data.memberId];
      if (current && !current.leftOn) {
        if (current.name === command.data.name && current.role === command.data.role) return nothingToRecord();
        throw new Conflict('MEMBER.ALREADY_APPOINTED', `${current.name} is already ${current.role} of ${bodyId}`, {
          memberId: current.memberId,
        });
      }
      return [{ type: 'MemberAppointed', data: { bodyId, ...command.data } }];
    }
    case 'RecordMemberLeaving': {
      const current = state.members[command.data.memberId];
      if (!current)
        throw new NotFound('MEMBER.NOT_FOUND', `No member ${command.data.memberId} in ${bodyId}`, { memberId: command.data.memberId });
      if (current.leftOn)
        throw new Conflict('MEMBER.ALREADY_LEFT', `${current.name} left on ${current.leftOn}`, { memberId: current.memberId });
      if (command.data.leftOn < current.appointedOn) {
        throw new ValidationFailed(
          'MEMBER.LEFT_BEFORE_APPOINTED',
          `leftOn ${command.data.leftOn} is before appointedOn ${current.appointedOn}`,
          'leftOn',
        );
      }
      return [{ type: 'MemberLeft', data: { bodyId, ...command.data } }];
    }
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown command ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function evolve(state: BodyState, event: BodyEvent): BodyState {
  switch (event.type) {
    case 'BodyEstablished':
      return { status: 'established', bodyId: event.data.bodyId, name: event.data.name, shortName: event.data.shortName, members: {} };
    case 'BodyRenamed':
      return state.status === 'established' ? { ...state, name: event.data.name } : state;
    case 'MemberAppointed': {
      if (state.status !== 'established') return state;
      const { bodyId: _bodyId, ...membership } = event.data;
      return { ...state, members: { ...state.members, [membership.memberId]: membership } };
    }
    case 'MemberLeft': {
      if (state.status !== 'established') return state;
      const member = state.members[event.data.memberId];
      return member ? { ...state, members: { ...state.members, [member.memberId]: { ...member, leftOn: event.data.leftOn } } } : state;
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const bodyDecider: Decider<BodyCommand, BodyEvent, BodyState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
