import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { tap, type Observable } from 'rxjs';

/** Marks a reply whose command the decider found nothing to record in. */
const NOTHING_RECORDED = Symbol('nothing recorded');
type MarkedReply = FastifyReply & { [NOTHING_RECORDED]?: true };

/** A write's answer (CommandResult): the resource's stream and the revision it now stands at. */
interface WriteResult {
  streamId: string;
  revision: string;
  events: unknown[];
  position?: string;
}

const isWriteResult = (result: unknown): result is WriteResult =>
  typeof result === 'object' &&
  result !== null &&
  Array.isArray((result as { events?: unknown }).events) &&
  typeof (result as { revision?: unknown }).revision === 'string';

/**
 * What every write's answer says beyond its body. Its `ETag` is the revision the record now
 * stands at, to send back as `If-Match` with the next write (412 if another came between).
 * A write that repeats what the record already says (the decider's "nothing to record")
 * answers 200 with `events: []`, not 201: nothing was created. Nest sets a route's status
 * itself as it sends, so the interceptor marks the reply and a Fastify hook sets the status.
 */
@Injectable()
export class WriteAnswerInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((result) => {
        if (!isWriteResult(result)) return;
        const reply = context.switchToHttp().getResponse<MarkedReply>();
        reply.header('ETag', `"${result.revision}"`);
        if (result.position === undefined) reply[NOTHING_RECORDED] = true;
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
