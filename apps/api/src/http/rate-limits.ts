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
type Reply = { header(name: string, value: string): unknown };

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

  // Writes are made by a proven principal (the access guard ran first): they are counted by principal.
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return RequestContext.principal()?.id ?? String(request.ip);
  }
}

/**
 * Refused tokens per address per minute (AUTH_FAILURES_PER_MINUTE): past the limit, the address
 * is told to wait (429 with Retry-After) for a minute, and no token it sends is checked until
 * then, so that guessing on gets nowhere. Counted by the throttler's storage.
 */
@Injectable()
export class AuthFailureLimit {
  private readonly limit: number;
  /** Addresses told to wait, until when (ms since the epoch). */
  private readonly waiting = new Map<string, number>();

  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    config: ConfigService<AppConfig, true>,
  ) {
    this.limit = config.get('http', { infer: true }).authFailuresPerMinute;
  }

  /** Throws 429 if the address is waiting: called before a token it sends is checked. */
  checkNotWaiting(request: Request, reply: Reply): void {
    const until = this.waiting.get(request.ip);
    if (until === undefined) return;
    if (until <= Date.now()) {
      this.waiting.delete(request.ip);
      return;
    }
    this.refuse(reply, Math.ceil((until - Date.now()) / 1000));
  }

  /** Counts a refused token from `request`'s address; throws 429 once the address is over its limit. */
  async failed(request: Request, reply: Reply): Promise<void> {
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `auth-failures:${request.ip}`,
      MINUTE,
      this.limit,
      MINUTE,
      'auth-failures',
    );
    if (!isBlocked) return;
    // Addresses whose wait is over are dropped as others are added: the map stays as small as the attack.
    for (const [ip, until] of this.waiting) if (until <= Date.now()) this.waiting.delete(ip);
    this.waiting.set(request.ip, Date.now() + timeToBlockExpire * 1000);
    this.refuse(reply, timeToBlockExpire);
  }

  private refuse(reply: Reply, seconds: number): never {
    reply.header('Retry-After', String(seconds));
    throw new ThrottlerException('Too many refused tokens from this address: wait before trying again');
  }
}
