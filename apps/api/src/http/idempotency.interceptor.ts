import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { finalize, tap, type Observable } from 'rxjs';
import { ONE_TIME_ANSWER } from '@app/http-common';
import { Conflict, ValidationFailed, canonicalJson, type Clock } from '@app/shared-kernel';
import { IdempotencyKeyReused } from '@app/event-store';
import { RequestContext } from './request-context';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** A key as the IETF draft gives it (a structured-field string, quotes optional here): 1 to 255 visible ASCII characters. */
const KEY = /^"?([\x21\x23-\x7e]{1,255})"?$/;

/** How many keys this process remembers for telling a reused key at once, across streams (the log remembers each on its own). */
const KEYS_REMEMBERED = 100_000;

/**
 * `Idempotency-Key` on writes (IETF httpapi idempotency-key draft). The key, with a hash of the
 * request, goes into the recording context and from there into the events' metadata; the
 * command runner answers a retry of a recorded write from those events, without writing again,
 * also after a restart (see DeciderRunner). Here, at the edge: a malformed key is 400; a second
 * request with a key whose first is still being answered is 409; a key this process has seen
 * with another request is 422 at once, whichever record the two were for.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inFlight = new Set<string>();
  /** Recently used keys (by principal) and their requests' hashes, oldest first. */
  private readonly seen = new Map<string, { requestHash: string; at: number }>();

  constructor(
    private readonly reflector: Reflector,
    private readonly requests: RequestContext,
    private readonly clock: Clock,
    private readonly keptMs: number,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const sent = request.headers[IDEMPOTENCY_HEADER];
    if (sent === undefined || request.method !== 'POST') return next.handle();
    // Node joins a repeated header into one value, so a key sent twice is refused as malformed.
    const key = KEY.exec(String(sent))?.[1];
    if (!key)
      throw new ValidationFailed(
        'IDEMPOTENCY.KEY_INVALID',
        'Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID',
        'Idempotency-Key',
      );
    if (this.reflector.get<boolean>(ONE_TIME_ANSWER, context.getHandler()))
      throw new ValidationFailed(
        'IDEMPOTENCY.NOT_REPEATABLE',
        'This answer is given once (it holds a secret), so a retry could not be answered alike: send it without Idempotency-Key',
        'Idempotency-Key',
      );
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');
    const id = `${RequestContext.principal()?.id ?? 'public'}\u0000${key}`;
    if (this.inFlight.has(id))
      throw new Conflict('IDEMPOTENCY.IN_FLIGHT', 'A request with this Idempotency-Key is still being answered; retry after it', {
        field: 'Idempotency-Key',
      });
    const earlier = this.seen.get(id);
    if (earlier && earlier.at > this.clock.now().getTime() - this.keptMs && earlier.requestHash !== requestHash)
      throw new IdempotencyKeyReused();
    this.inFlight.add(id);
    this.requests.keyed({ key, requestHash });
    return next.handle().pipe(
      // Only an answered request holds its key: after a refusal (nothing written) the key may carry the corrected request.
      tap(() => this.remember(id, requestHash)),
      finalize(() => this.inFlight.delete(id)),
    );
  }

  private remember(id: string, requestHash: string): void {
    this.seen.delete(id);
    this.seen.set(id, { requestHash, at: this.clock.now().getTime() });
    if (this.seen.size > KEYS_REMEMBERED) this.seen.delete(this.seen.keys().next().value as string);
  }
}
