import {
  Conflict,
  NotFound,
  ValidationFailed,
  isRole,
  nothingToRecord,
  type Decider,
  type DomainEvent,
  type Principal,
  type Role,
} from '@app/shared-kernel';

/** A token as issued: to whom, with which role, and the hash that proves its secret. */
export interface AccessTokenGrant {
  tokenId: string;
  /** The holder's name: it becomes the actor of everything the holder records. */
  holder: string;
  role: Role;
  /** For the member role: the body and the holder's member id there. */
  member?: Principal['member'];
  /** SHA-256 (hex) of the token: enough to recognise it, useless to forge it. */
  tokenHash: string;
}

export type AccessTokenEvent =
  DomainEvent<'AccessTokenIssued', AccessTokenGrant> | DomainEvent<'AccessTokenRevoked', { tokenId: string; reason: string }>;

export type AccessTokenCommand =
  { type: 'IssueAccessToken'; data: AccessTokenGrant } | { type: 'RevokeAccessToken'; data: { reason: string } };

export type AccessTokenState = { status: 'none' } | ({ status: 'active' | 'revoked'; revokedBecause?: string } & AccessTokenGrant);

function decide(command: AccessTokenCommand, state: AccessTokenState): AccessTokenEvent[] {
  if (command.type === 'IssueAccessToken') {
    if (state.status !== 'none') throw new Conflict('ACCESS.TOKEN_EXISTS', `Token ${state.tokenId} exists`);
    const { holder, role, member } = command.data;
    if (!holder.trim()) throw new ValidationFailed('ACCESS.HOLDER_REQUIRED', 'Name the holder of the token', 'name');
    if (!isRole(role)) throw new ValidationFailed('ACCESS.ROLE_UNKNOWN', `role must be one of secretariat, member, auditor, admin`, 'role');
    // A member's token acts for one member of one body; other roles act for no member.
    if (role === 'member' && !member)
      throw new ValidationFailed('ACCESS.MEMBER_REQUIRED', 'A member token names the body and the member id it acts for', 'memberId');
    if (role !== 'member' && member)
      throw new ValidationFailed('ACCESS.MEMBER_ONLY_FOR_MEMBERS', 'Only a member token names a member', 'memberId');
    return [{ type: 'AccessTokenIssued', data: command.data }];
  }
  if (state.status === 'none') throw new NotFound('ACCESS.TOKEN_NOT_FOUND', 'No such token');
  if (state.status === 'revoked') return nothingToRecord();
  if (!command.data.reason.trim()) throw new ValidationFailed('ACCESS.REASON_REQUIRED', 'Say why the token is revoked', 'reason');
  return [{ type: 'AccessTokenRevoked', data: { tokenId: state.tokenId, reason: command.data.reason } }];
}

function evolve(state: AccessTokenState, event: AccessTokenEvent): AccessTokenState {
  switch (event.type) {
    case 'AccessTokenIssued':
      return { status: 'active', ...event.data };
    case 'AccessTokenRevoked':
      return state.status === 'none' ? state : { ...state, status: 'revoked', revokedBecause: event.data.reason };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

export const accessTokenDecider: Decider<AccessTokenCommand, AccessTokenEvent, AccessTokenState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
