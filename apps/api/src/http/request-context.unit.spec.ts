import type { Principal } from '@app/shared-kernel';
import { RequestContext, RequestContextMiddleware } from './request-context';

const kari: Principal = { id: 'token:1', name: 'Kari Nordmann', roles: ['secretariat'] };

const within = <T>(headers: Record<string, string>, principal: Principal | undefined, work: () => T): T => {
  let result!: T;
  new RequestContextMiddleware().use({ headers }, undefined, () => {
    context.authenticated(principal);
    result = work();
  });
  return result;
};
const context = new RequestContext();

describe('RequestContext', () => {
  it('gives handlers the proven principal as the actor, with the correlation id of the current request', () => {
    expect(within({ 'x-correlation-id': 'req-7' }, kari, () => context.recording())).toEqual({
      actor: 'Kari Nordmann',
      actorId: 'token:1',
      roles: ['secretariat'],
      correlationId: 'req-7',
    });
  });

  it('trusts no header for who is asking: X-Actor is ignored', () => {
    expect(within({ 'x-actor': 'Riksrevisjonen' }, kari, () => context.recording().actor)).toBe('Kari Nordmann');
    expect(within({ 'x-actor': 'Riksrevisjonen' }, undefined, () => context.viewer())).toBeUndefined();
  });

  it('invents a correlation id when none is sent', () => {
    expect(within({}, kari, () => context.recording().correlationId)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to record for the public (no principal)', () => {
    expect(() => within({}, undefined, () => context.recording())).toThrow(
      expect.objectContaining({ kind: 'unauthenticated', code: 'ACCESS.AUTHENTICATION_REQUIRED' }),
    );
    expect(() => context.recording()).toThrow(expect.objectContaining({ kind: 'unauthenticated' }));
  });
});
