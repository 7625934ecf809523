import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerException, ThrottlerGuard, ThrottlerStorage } from '@nestjs/throttler';
import type { AppConfig } from '../config/app-config';
import { RequestContext } from './request-context';

const MINUTE = 60_000;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Request {
  method: string;
  ip: string;
}

/**
 * Writes per principal per minute (WRITES_PER_MINUTE): a script gone wrong cannot flood the
 * record. Reads are not limited here; work the process does itself (the history import) is not.
 * Runs after the access guard, so it counts by principal, not by address.
 */
@Injectable()
export class WriteRateLimit extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    const { method } = context.switchToHttp().getRequest<Request>();
    return READS.has(method) || (RequestContext.principal()?.id.startsWith('system:') ?? false);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return RequestContext.principal()?.id ?? String(request.ip);
  }
}

/**
 * Refused tokens per address per minute (AUTH_FAILURES_PER_MINUTE): past the limit, the address
 * is told to wait (429 with Retry-After) for a minute instead of being told which token failed.
 */
@Injectable()
export class AuthFailureLimit {
  private readonly limit: number;

  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    config: ConfigService<AppConfig, true>,
  ) {
    this.limit = config.get('http', { infer: true }).authFailuresPerMinute;
  }

  /** Counts a refused token from `request`'s address; throws 429 once the address is over its limit. */
  async failed(request: Request, reply: { header(name: string, value: string): unknown }): Promise<void> {
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `auth-failures:${request.ip}`,
      MINUTE,
      this.limit,
      MINUTE,
      'auth-failures',
    );
    if (!isBlocked) return;
    reply.header('Retry-After', String(timeToBlockExpire));
    throw new ThrottlerException('Too many refused tokens from this address: wait before trying again');
  }
}
