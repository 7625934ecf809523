import { Logger, type ArgumentsHost } from '@nestjs/common';
import { AppendTooLarge, EventStoreUnavailable, StreamNotFound, WrongExpectedRevision } from '@app/event-store';
import { Conflict, Forbidden, Unauthenticated, ValidationFailed } from '@app/shared-kernel';
import { DomainErrorFilter } from './domain-error.filter';
import { createValidationPipe } from './validation';

function answer(error: unknown, requestId?: string): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  const sent: { status: number; body: Record<string, unknown>; headers: Record<string, string> } = { status: 0, body: {}, headers: {} };
  const reply = {
    header: (name: string, value: string) => (sent.headers[name] = value),
    status: (code: number) => ((sent.status = code), { send: (body: Record<string, unknown>) => (sent.body = body) }),
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ id: requestId }) }) } as unknown as ArgumentsHost;
  new DomainErrorFilter().catch(error, host);
  return sent;
}

describe('DomainErrorFilter', () => {
  it('maps a validation error to 400 naming the field', () => {
    expect(answer(new ValidationFailed('SAK.NUMBER_INVALID', 'nummer must look like 40/21', 'nummer'))).toEqual({
      status: 400,
      headers: {},
      body: {
        statusCode: 400,
        code: 'SAK.NUMBER_INVALID',
        message: 'nummer must look like 40/21',
        fields: [{ field: 'nummer', problems: ['nummer must look like 40/21'] }],
      },
    });
  });

  it('maps unauthenticated to 401 with a Bearer challenge, and forbidden to 403 naming the field', () => {
    expect(answer(new Unauthenticated('ACCESS.AUTHENTICATION_REQUIRED', 'This needs a bearer token', { challenge: 'required' }))).toEqual({
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer realm="governance-log"' },
      body: { statusCode: 401, code: 'ACCESS.AUTHENTICATION_REQUIRED', message: 'This needs a bearer token' },
    });
    expect(answer(new Unauthenticated('ACCESS.TOKEN_UNKNOWN', 'unknown', { challenge: 'invalid_token' })).headers).toEqual({
      'WWW-Authenticate': 'Bearer realm="governance-log", error="invalid_token"',
    });
    expect(answer(new Forbidden('ACCESS.KNOWN_AT_NOT_ALLOWED', 'for auditors', { field: 'knownAt' }))).toMatchObject({
      status: 403,
      headers: {},
      body: { code: 'ACCESS.KNOWN_AT_NOT_ALLOWED', fields: [{ field: 'knownAt', problems: ['for auditors'] }] },
    });
  });

  it('maps not found to 404 and a wrong expected revision to 409 with both revisions', () => {
    expect(answer(new StreamNotFound('meeting-nehs-2022-1'))).toMatchObject({
      status: 404,
      body: { code: 'EVENT_STORE.STREAM_NOT_FOUND' },
    });
    expect(answer(new WrongExpectedRevision('sak-nehs-2022-1', 3n, 4n))).toMatchObject({
      status: 409,
      body: { code: 'EVENT_STORE.WRONG_EXPECTED_REVISION', details: { streamId: 'sak-nehs-2022-1', expected: '3', actual: '4' } },
    });
    expect(answer(new Conflict('SAK.NUMBER_TAKEN', 'Sak 1/22 exists'))).toMatchObject({ status: 409, body: { code: 'SAK.NUMBER_TAKEN' } });
  });

  it('passes the validation pipe answer through, and hides unexpected errors behind 500', async () => {
    class Dto {}
    const pipeError = await createValidationPipe()
      .transform({ unexpected: 1 }, { type: 'body', metatype: Dto })
      .catch((e: unknown) => e);
    expect(answer(pipeError)).toMatchObject({ status: 400, body: { code: 'VALIDATION.FAILED', fields: [{ field: 'unexpected' }] } });
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const unavailable = answer(new EventStoreUnavailable('connect ECONNREFUSED 10.0.3.7:2113'));
    expect(unavailable).toMatchObject({ status: 503, headers: { 'Retry-After': '5' }, body: { code: 'EVENT_STORE.UNAVAILABLE' } });
    expect(answer(new EventStoreUnavailable('not the leader', { retryAfterSeconds: 1 })).headers).toEqual({ 'Retry-After': '1' });
    expect(answer(new AppendTooLarge('workshop-nov-2021', 1_048_576))).toMatchObject({
      status: 413,
      body: { code: 'EVENT_STORE.APPEND_TOO_LARGE', details: { streamId: 'workshop-nov-2021', maxAppendSize: 1_048_576 } },
    });
    expect(JSON.stringify(unavailable.body)).not.toMatch(/ECONNREFUSED|10\.0\.3\.7|2113/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('10.0.3.7:2113'));
    expect(answer(new TypeError('secret internals'))).toEqual({
      status: 500,
      headers: {},
      body: { statusCode: 500, code: 'INTERNAL', message: 'Internal error' },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('secret internals'));
    // Within a request, the line carries its id, to be found beside the request's own line.
    answer(new TypeError('more internals'), 'req-42');
    expect(logged).toHaveBeenLastCalledWith({
      message: 'more internals',
      requestId: 'req-42',
      stack: expect.stringContaining('TypeError'),
    });
  });
});
