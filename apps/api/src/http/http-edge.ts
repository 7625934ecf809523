import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import { ValidationFailed } from '@app/shared-kernel';
import type { HttpEdgeConfig } from '../config/app-config';
import { requestIdOf } from '../logging/request-log';

/** How deep JSON bodies may nest: the deepest the API takes is 3 (a sak's attachments' fields); 32 leaves room. */
export const MAX_JSON_DEPTH = 32;
const BODY_LIMIT = 8 * 2 ** 20;

/** The server's own limits: a request must arrive whole in time (a body shorter than its Content-Length does not hold a socket). */
export const fastifyOptions = (config: HttpEdgeConfig): FastifyHttpOptions<Server> => ({
  bodyLimit: BODY_LIMIT,
  genReqId: requestIdOf,
  requestTimeout: config.requestTimeoutMs,
  // Given to the server as it is made too: Node does not apply a requestTimeout set afterwards
  // (which is how Fastify sets it). Node checks every 30 s by default: too seldom for seconds.
  http: { requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs) },
});

/**
 * The protections of a public-sector web API: security headers with a content security policy
 * for the HTML the app serves (the referat, the OpenAPI UI), CORS only for configured origins,
 * and JSON bodies refused before parsing when they nest deeper than any request needs.
 */
export async function hardenHttpEdge(app: NestFastifyApplication, config: HttpEdgeConfig): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The OpenAPI UI's page carries its style inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: ['WWW-Authenticate', 'Retry-After', 'ETag', 'X-Request-Id'],
  });

  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit: BODY_LIMIT }, (request, body, done) => {
    if (nestingDepth(body) > MAX_JSON_DEPTH)
      return done(
        new ValidationFailed('REQUEST.TOO_DEEP', `JSON bodies may nest at most ${MAX_JSON_DEPTH} levels deep`, 'body'),
        undefined,
      );
    // Malformed JSON, or a `__proto__`/`constructor` key (refused by the parser), is the body's fault: named as such.
    parseJson(request, body.toString('utf8'), (error, value) =>
      error
        ? done(
            new ValidationFailed('REQUEST.JSON_INVALID', 'The body is not valid JSON, or holds a __proto__ or constructor key', 'body'),
            undefined,
          )
        : done(null, value),
    );
  });
}

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it (brackets inside strings do not count). */
export function nestingDepth(json: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const byte = json[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // a backslash escapes the next character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return deepest;
}
