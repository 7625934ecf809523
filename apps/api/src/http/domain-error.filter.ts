import { ThrottlerException } from '@nestjs/throttler';
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { IdentityProviderUnavailable } from '@app/access';
import { EventStoreUnavailable } from '@app/event-store';
import { DomainError, type DomainErrorKind } from '@app/shared-kernel';
import type { Problem } from './problem';

const STATUS: Record<DomainErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  too_large: 413,
  unprocessable: 422,
};

/** RFC 6750's challenge: how to authenticate, and (for a token that was sent) what was wrong with it. */
const challengeOf = (error: DomainError) => {
  const problem = (error.details as { challenge?: string }).challenge;
  return `Bearer realm="governance-log"${problem && problem !== 'required' ? `, error="${problem}"` : ''}`;
};

/** The one place where errors become HTTP answers. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<{ header(name: string, value: string): void; status(code: number): { send(body: unknown): void } }>();
    // The request's id (see request-log.ts), so that an error's log line meets the request's own.
    const requestId = http.getRequest?.<{ id?: string } | undefined>()?.id;
    const problem = this.toProblem(error, requestId);
    if (error instanceof DomainError && error.kind === 'unauthenticated') reply.header('WWW-Authenticate', challengeOf(error));
    if (error instanceof EventStoreUnavailable) reply.header('Retry-After', String(error.retryAfterSeconds));
    reply.status(problem.statusCode).send(problem);
  }

  private toProblem(error: unknown, requestId: string | undefined): Problem {
    const log = (message: string, stack?: string) =>
      this.logger.error(requestId ? { message, requestId, ...(stack ? { stack } : {}) } : (stack ?? message));
    if (error instanceof DomainError) {
      const { field, challenge: _challenge, ...details } = error.details as { field?: string; challenge?: string };
      return {
        statusCode: STATUS[error.kind],
        code: error.code,
        message: error.message,
        ...(field ? { fields: [{ field, problems: [error.message] }] } : {}),
        ...(Object.keys(details).length ? { details } : {}),
      };
    }
    if (error instanceof ThrottlerException) return { statusCode: 429, code: 'REQUEST.RATE_LIMITED', message: error.message };
    if (error instanceof HttpException) {
      const body = error.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) return body as Problem;
      const details = typeof body === 'object' && body !== null ? { details: body as Record<string, unknown> } : {};
      return { statusCode: error.getStatus(), code: `HTTP.${error.getStatus()}`, message: error.message, ...details };
    }
    if (error instanceof IdentityProviderUnavailable) {
      log(error.message);
      return {
        statusCode: 503,
        code: 'ACCESS.IDENTITY_PROVIDER_UNAVAILABLE',
        message: 'The identity provider cannot be reached to verify the token',
      };
    }
    if (error instanceof EventStoreUnavailable) {
      // The cause names hosts and ports: the log has it, the caller does not need it.
      log(error.message);
      return { statusCode: 503, code: 'EVENT_STORE.UNAVAILABLE', message: 'The event store cannot be reached; try again shortly' };
    }
    log(error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined);
    return { statusCode: 500, code: 'INTERNAL', message: 'Internal error' };
  }
}
