import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { EventStoreUnavailable } from '@app/event-store';
import { DomainError, type DomainErrorKind } from '@app/shared-kernel';
import type { Problem } from './problem';

const STATUS: Record<DomainErrorKind, number> = { validation: 400, not_found: 404, conflict: 409 };

/** The one place where errors become HTTP answers. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<{ status(code: number): { send(body: unknown): void } }>();
    const problem = this.toProblem(error);
    reply.status(problem.statusCode).send(problem);
  }

  private toProblem(error: unknown): Problem {
    if (error instanceof DomainError) {
      const { field, ...details } = error.details as { field?: string };
      return {
        statusCode: STATUS[error.kind],
        code: error.code,
        message: error.message,
        ...(field ? { fields: [{ field, problems: [error.message] }] } : {}),
        ...(Object.keys(details).length ? { details } : {}),
      };
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) return body as Problem;
      const details = typeof body === 'object' && body !== null ? { details: body as Record<string, unknown> } : {};
      return { statusCode: error.getStatus(), code: `HTTP.${error.getStatus()}`, message: error.message, ...details };
    }
    if (error instanceof EventStoreUnavailable) {
      this.logger.error(error.message);
      return { statusCode: 503, code: 'EVENT_STORE.UNAVAILABLE', message: error.message };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { statusCode: 500, code: 'INTERNAL', message: 'Internal error' };
  }
}
