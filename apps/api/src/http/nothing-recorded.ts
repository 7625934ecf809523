import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { tap, type Observable } from 'rxjs';

/** Marks a reply whose command the decider found nothing to record in. */
const NOTHING_RECORDED = Symbol('nothing recorded');
type MarkedReply = FastifyReply & { [NOTHING_RECORDED]?: true };

const isNothingRecorded = (result: unknown) =>
  typeof result === 'object' && result !== null && Array.isArray((result as { events?: unknown }).events) && !('position' in result);

/**
 * A write that repeats what the record already says (the decider's "nothing to record")
 * answers 200 with `events: []`, not 201: nothing was created. Nest sets a route's status
 * itself as it sends, so the interceptor marks the reply and a Fastify hook sets the status.
 */
@Injectable()
export class NothingRecordedInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((result) => {
        if (isNothingRecorded(result)) context.switchToHttp().getResponse<MarkedReply>()[NOTHING_RECORDED] = true;
      }),
    );
  }
}

export function answerNothingRecordedWith200(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (_request, reply: MarkedReply, payload) => {
    if (reply[NOTHING_RECORDED] && reply.statusCode === 201) reply.code(200);
    return payload;
  });
}
