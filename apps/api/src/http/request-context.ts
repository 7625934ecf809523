import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { RecordingContext, RecordingContextSource } from '@app/event-store';
import { ValidationFailed, uuidv7 } from '@app/shared-kernel';

/**
 * The one place where the acting user reaches command handlers. Today the actor is the
 * `X-Actor` header; when authentication arrives, only this file changes (it will read the
 * verified principal instead).
 */
interface RequestScope {
  actor?: string;
  correlationId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const ACTOR_HEADER = 'x-actor';
export const CORRELATION_HEADER = 'x-correlation-id';

type HeaderBag = Record<string, string | string[] | undefined>;
const header = (headers: HeaderBag, name: string) => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
};

@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: { headers: HeaderBag }, _response: unknown, next: () => void): void {
    const scope = {
      actor: header(request.headers, ACTOR_HEADER),
      correlationId: header(request.headers, CORRELATION_HEADER) ?? uuidv7(),
    };
    storage.run(scope, next);
  }
}

@Injectable()
export class RequestContext implements RecordingContextSource {
  /** Who is recording and under which correlation id; refuses a write with no actor. */
  recording(): RecordingContext {
    const scope = storage.getStore();
    if (!scope?.actor) {
      throw new ValidationFailed('REQUEST.ACTOR_REQUIRED', 'Say who is recording: send the X-Actor header', 'X-Actor');
    }
    return { actor: scope.actor, correlationId: scope.correlationId };
  }
}
