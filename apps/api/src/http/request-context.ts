import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IdempotencyKey, RecordingContext, RecordingContextSource } from '@app/event-store';
import type { ViewerSource } from '@app/http-common';
import { Unauthenticated, ValidationFailed, uuidv7, type Principal } from '@app/shared-kernel';

/**
 * The one place where the request's principal reaches command handlers and reads: the access
 * guard proves it (from the bearer token) and keeps it here. Nothing else a client sends says
 * who it is: an `X-Actor` header is ignored.
 */
interface RequestScope {
  correlationId: string;
  principal?: Principal;
  /** The `If-Match` header as sent: read when a write asks for it (a malformed one is a 400 there). */
  ifMatch?: string;
  idempotency?: IdempotencyKey;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const CORRELATION_HEADER = 'x-correlation-id';

type HeaderBag = Record<string, string | string[] | undefined>;
const header = (headers: HeaderBag, name: string) => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
};

/** An id a client or proxy sent that may go into a log line and into the log's metadata for good: short, no spaces or markup. */
export const isSafeId = (id: string) => /^[\w.:-]{1,128}$/.test(id);

/** The client's `X-Correlation-Id` (if it is a safe id), else the request's own id: what the request's events and its log line record. */
export const correlationIdOf = (headers: HeaderBag, requestId: string | undefined): string => {
  const given = header(headers, CORRELATION_HEADER);
  return (given && isSafeId(given) ? given : undefined) ?? requestId ?? uuidv7();
};

@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  /** `id`: the request id Fastify gave it (see request-log.ts), on the raw request the middleware is handed. */
  use(request: { headers: HeaderBag; id?: string }, _response: unknown, next: () => void): void {
    const ifMatch = header(request.headers, 'if-match');
    storage.run({ correlationId: correlationIdOf(request.headers, request.id), ...(ifMatch ? { ifMatch } : {}) }, next);
  }
}

@Injectable()
export class RequestContext implements RecordingContextSource, ViewerSource {
  /** The principal of the request being served, for the guards that run outside injection (the rate limit's tracker). */
  static principal(): Principal | undefined {
    return storage.getStore()?.principal;
  }

  /** Called by the access guard once it has proven who is asking (undefined: the public). */
  authenticated(principal: Principal | undefined): void {
    const scope = storage.getStore();
    if (!scope) throw new Error('No request scope: RequestContextMiddleware must run before the access guard');
    scope.principal = principal;
  }

  /** Called by the idempotency interceptor for a write that carries an `Idempotency-Key`. */
  keyed(idempotency: IdempotencyKey): void {
    const scope = storage.getStore();
    if (scope) scope.idempotency = idempotency;
  }

  viewer(): Principal | undefined {
    return RequestContext.principal();
  }

  /** Who is recording (the proven principal) and under which correlation id. */
  recording(): RecordingContext {
    const scope = storage.getStore();
    const principal = scope?.principal;
    if (!scope || !principal) throw new Unauthenticated('ACCESS.AUTHENTICATION_REQUIRED', 'Recording needs a bearer token');
    return {
      actor: principal.name,
      actorId: principal.id,
      roles: principal.roles,
      ...(principal.member ? { member: principal.member } : {}),
      correlationId: scope.correlationId,
      ...(scope.idempotency ? { idempotency: scope.idempotency } : {}),
      ...(scope.ifMatch ? { ifMatch: revisionsIn(scope.ifMatch) } : {}),
    };
  }
}

/**
 * The stream revisions an `If-Match` header names (RFC 9110): `*`, or a list of entity tags,
 * which this API gives out as the revision in quotes (`"3"`). A weak tag never matches (the
 * comparison is strong), nor does one this API did not give out: the write then gets 412.
 */
export function revisionsIn(ifMatch: string): readonly bigint[] | 'any' {
  if (ifMatch === '*') return 'any';
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  if (!tags.every((tag) => /^(W\/)?"[\x21\x23-\x7e]*"$/.test(tag)))
    throw new ValidationFailed('REQUEST.IF_MATCH_INVALID', 'If-Match must be * or entity tags in quotes, such as "3"', 'If-Match');
  return tags.filter((tag) => /^"\d{1,19}"$/.test(tag)).map((tag) => BigInt(tag.slice(1, -1)));
}
