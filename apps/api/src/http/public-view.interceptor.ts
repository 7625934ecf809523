import { Inject, Injectable, type CallHandler, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { VIEWER, type ViewerSource } from '@app/http-common';
import type { Principal } from '@app/shared-kernel';

/**
 * What the public is never shown: who recorded a fact (the secretariat's people are not the
 * public's business) and notes marked internal.
 */
const NOT_FOR_THE_PUBLIC = new Set(['actor', 'actorId', 'internalNote']);

/**
 * Who sees who recorded what, and internal notes: those who keep or audit the record. The
 * public does not, nor do members (they read their body's drafts, not the secretariat's
 * working notes), nor the admin (who manages tokens, nothing else).
 */
export const seesTheRecordersNotes = (viewer: Principal | undefined) =>
  !!viewer?.roles.some((role) => role === 'secretariat' || role === 'auditor');

/**
 * What the public (and any reader but the secretariat and auditors) is shown of any JSON
 * answer: the same, without the names of those who recorded it and without internal notes.
 * One place, so that no read (a goal's history, a sak's corrections, a list yet to come) can
 * show them by forgetting to hide them. Answers already made into text are the views' own
 * business (the referat and reports print neither).
 */
@Injectable()
export class PublicViewInterceptor implements NestInterceptor {
  constructor(@Inject(VIEWER) private readonly viewers: ViewerSource) {}

  intercept(_context: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((result) => (seesTheRecordersNotes(this.viewers.viewer()) ? result : forThePublic(result))));
  }
}

export function forThePublic(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Date) return value;
  // Copied only where something is dropped: most answers hold none of these keys.
  let changed = false;
  const keep = (inner: unknown) => {
    const kept = forThePublic(inner);
    changed ||= kept !== inner;
    return kept;
  };
  if (Array.isArray(value)) {
    const out = value.map(keep);
    return changed ? out : value;
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (NOT_FOR_THE_PUBLIC.has(key)) changed = true;
    else out[key] = keep(inner);
  }
  return changed ? out : value;
}
