import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { RecordingContext, RecordingContextSource } from '@app/event-store';
import type { ViewerSource } from '@app/http-common';
import { Unauthenticated, uuidv7, type Principal } from '@app/shared-kernel';

/**
 * The one place where the request's principal reaches command handlers and reads: the access
 * guard proves it (from the bearer token) and keeps it here. Nothing else a client sends says
 * who it is: an `X-Actor` header is ignored.
 */
interface RequestScope {
  correlationId: string;
  principal?: Principal;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const CORRELATION_HEADER = 'x-correlation-id';

type HeaderBag = Record<string, string | string[] | undefined>;
const header = (headers: HeaderBag, name: string) => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
};

@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: { headers: HeaderBag }, _response: unknown, next: () => void): void {
    storage.run({ correlationId: header(request.headers, CORRELATION_HEADER) ?? uuidv7() }, next);
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
    };
  }
}
