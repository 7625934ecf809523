import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';
import { uuidv7 } from '@app/shared-kernel';
import { correlationIdOf, isSafeId } from '../http/request-context';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a proxy in front gave the request, if it is one we can log and echo safely; else a new one. */
export const requestIdOf = (request: IncomingMessage): string => {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && isSafeId(given) ? given : uuidv7();
};

/**
 * One log line per request, when it has been answered: its id (sent back as `X-Request-Id`), the
 * correlation id its events record (the client's `X-Correlation-Id`, else the request id), the
 * method, the route's pattern, the status and the time taken. Not the path asked nor its query:
 * ids in paths may be made from names (a member's), and a search may hold what a person typed.
 */
export function logRequests(app: NestFastifyApplication): void {
  const logger = new Logger('HTTP');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const line = {
      message: 'request',
      requestId: request.id,
      correlationId: correlationIdOf(request.headers, request.id),
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (reply.statusCode >= 500) logger.warn(line);
    else logger.log(line);
    done();
  });
}
