import { RequestContext, RequestContextMiddleware } from './request-context';

const within = <T>(headers: Record<string, string>, work: () => T): T => {
  let result!: T;
  new RequestContextMiddleware().use({ headers }, undefined, () => {
    result = work();
  });
  return result;
};

describe('RequestContext', () => {
  const context = new RequestContext();

  it('gives handlers the actor and correlation id of the current request', () => {
    expect(within({ 'x-actor': ' kari@ehelse.no ', 'x-correlation-id': 'req-7' }, () => context.recording())).toEqual({
      actor: 'kari@ehelse.no',
      correlationId: 'req-7',
    });
  });

  it('invents a correlation id when none is sent', () => {
    expect(within({ 'x-actor': 'kari' }, () => context.recording().correlationId)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to record without an actor, naming the header', () => {
    expect(() => within({}, () => context.recording())).toThrow(expect.objectContaining({ kind: 'validation', field: 'X-Actor' }));
    expect(() => context.recording()).toThrow(expect.objectContaining({ code: 'REQUEST.ACTOR_REQUIRED' }));
  });
});
