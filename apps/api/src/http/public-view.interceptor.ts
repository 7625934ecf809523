import { Inject, Injectable, type CallHandler, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { VIEWER, type ViewerSource } from '@app/http-common';
import { rewriteJson, type Principal } from '@app/shared-kernel';

/**
 * What the public is never shown: who recorded a fact (the secretariat's people are not the
 * public's business) and notes marked internal.
 */
export const NOT_FOR_THE_PUBLIC: ReadonlySet<string> = new Set(['actor', 'actorId', 'internalNote']);

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

export const forThePublic = (value: unknown): unknown => rewriteJson(value, { dropKey: (key) => NOT_FOR_THE_PUBLIC.has(key) });
