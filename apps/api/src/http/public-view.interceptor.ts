import { Inject, Injectable, type CallHandler, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { VIEWER, type ViewerSource } from '@app/http-common';
import type { Principal } from '@app/shared-kernel';

/** The keys that name who recorded a fact: the secretariat's people are not the public's business. */
const ACTOR_KEYS = new Set(['actor', 'actorId']);

/** Who reads as the public: no token, or a token whose only role is to manage tokens. */
export const readsAsPublic = (viewer: Principal | undefined) => !viewer || viewer.roles.every((role) => role === 'admin');

/**
 * What the public is shown of any JSON answer: the same, without the names of those who
 * recorded it. One place, so that no read (a goal's history, a sak's corrections, a list yet to
 * come) can show them by forgetting to hide them. Answers already made into text are the
 * views' own business (the referat and reports name no recorder).
 */
@Injectable()
export class PublicViewInterceptor implements NestInterceptor {
  constructor(@Inject(VIEWER) private readonly viewers: ViewerSource) {}

  intercept(_context: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((result) => (readsAsPublic(this.viewers.viewer()) ? withoutActors(result) : result)));
  }
}

export function withoutActors(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutActors);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (!ACTOR_KEYS.has(key)) out[key] = withoutActors(inner);
  return out;
}
