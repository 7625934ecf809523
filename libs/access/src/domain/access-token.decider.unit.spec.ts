import { deciderSpec } from '../../../../test/support/decider-spec';
import { accessTokenDecider, type AccessTokenEvent, type AccessTokenGrant } from './access-token.decider';

const spec = deciderSpec(accessTokenDecider);
const grant: AccessTokenGrant = { tokenId: 't1', holder: 'Kari Nordmann', role: 'secretariat', tokenHash: 'a'.repeat(64) };
const issued: AccessTokenEvent = { type: 'AccessTokenIssued', data: grant };

describe('access token decider', () => {
  it('issues a token to a named holder with one role', () => {
    spec.given([]).when({ type: 'IssueAccessToken', data: grant }).then([issued]);
  });

  it('issues a member token only with the body and member it acts for, and names no member on other roles', () => {
    const member = { bodyId: 'nehs', memberId: 'inger-cathrine-bryne' };
    spec
      .given([])
      .when({ type: 'IssueAccessToken', data: { ...grant, role: 'member', member } })
      .then([{ type: 'AccessTokenIssued', data: { ...grant, role: 'member', member } }]);
    spec
      .given([])
      .when({ type: 'IssueAccessToken', data: { ...grant, role: 'member' } })
      .thenThrows({ code: 'ACCESS.MEMBER_REQUIRED', field: 'memberId' });
    spec
      .given([])
      .when({ type: 'IssueAccessToken', data: { ...grant, member } })
      .thenThrows({ code: 'ACCESS.MEMBER_ONLY_FOR_MEMBERS' });
  });

  it('refuses a blank holder, an unknown role, and the same token id twice', () => {
    spec
      .given([])
      .when({ type: 'IssueAccessToken', data: { ...grant, holder: '  ' } })
      .thenThrows({ code: 'ACCESS.HOLDER_REQUIRED', field: 'name' });
    spec
      .given([])
      .when({ type: 'IssueAccessToken', data: { ...grant, role: 'root' as never } })
      .thenThrows({ code: 'ACCESS.ROLE_UNKNOWN', field: 'role' });
    spec.given([issued]).when({ type: 'IssueAccessToken', data: grant }).thenThrows({ code: 'ACCESS.TOKEN_EXISTS', kind: 'conflict' });
  });

  it('revokes with a reason; revoking again records nothing; an unknown token is not found', () => {
    spec
      .given([issued])
      .when({ type: 'RevokeAccessToken', data: { reason: 'Left the secretariat' } })
      .then([{ type: 'AccessTokenRevoked', data: { tokenId: 't1', reason: 'Left the secretariat' } }]);
    spec
      .given([issued, { type: 'AccessTokenRevoked', data: { tokenId: 't1', reason: 'x' } }])
      .when({ type: 'RevokeAccessToken', data: { reason: 'again' } })
      .thenNothingToRecord();
    spec
      .given([issued])
      .when({ type: 'RevokeAccessToken', data: { reason: ' ' } })
      .thenThrows({ code: 'ACCESS.REASON_REQUIRED' });
    spec
      .given([])
      .when({ type: 'RevokeAccessToken', data: { reason: 'x' } })
      .thenThrows({ code: 'ACCESS.TOKEN_NOT_FOUND', kind: 'not_found' });
  });
});
