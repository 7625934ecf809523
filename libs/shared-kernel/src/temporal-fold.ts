import type { Clock } from './clock';
import { endOf, startOf } from './business-time';

/**
 * Bitemporal reading of the log.
 *
 * Every event carries two times:
 *   - `effectiveAt` (valid time): when the fact holds in the world, e.g. the meeting date
 *     of a vedtak. It may lie before `recordedAt`: the secretariat often records after the
 *     meeting, and corrections are backdated to the fact they correct.
 *   - knowledge time: when the fact was known. For a fact taken from a registered source
 *     document that is the document's date (`documentedAt`): the board's record knew it
 *     then, whenever this installation imported it. Otherwise it is `recordedAt`
 *     (transaction time, set by the clock), which every event keeps as well.
 *
 * A query `{ validAt: D, knownAt: T }` answers "what was true on D, as far as the log knew
 * at T": it keeps the events known by T and `effectiveAt <= D` (a date D covers
 * the whole day), orders them by (`effectiveAt`, `globalPosition`) and folds them. Ordering
 * by effective time first is what lets a backdated correction land where it belongs rather
 * than after later facts; the global position breaks ties in the order things were written.
 * Defaults: `knownAt` = now (everything recorded so far) and `validAt` = now.
 *
 * The fold is pure: time comes from the events and from the clock passed in, never from
 * `new Date()` inside.
 */
export interface TemporalEvent {
  globalPosition: bigint;
  metadata: { recordedAt: string; effectiveAt: string; documentedAt?: string };
}

/** The first millisecond an event was known: its source document's date, else when it was recorded. */
export const knownSince = (metadata: TemporalEvent['metadata']): number =>
  metadata.documentedAt === undefined ? startOf(metadata.recordedAt, 'recordedAt') : startOf(metadata.documentedAt, 'documentedAt');

export interface TemporalQuery {
  /** Valid time: a date `YYYY-MM-DD` (whole day included) or an instant. */
  validAt?: string;
  /** Transaction time: an instant (or a date, whole day included). */
  knownAt?: string;
}

/** A query with its bounds resolved to epoch milliseconds (both exclusive upper bounds). */
export interface ResolvedTemporalQuery {
  validBefore: number;
  knownBefore: number;
}

/** `fields` names the parameters in errors, for APIs that call them otherwise (`from`, `to`). */
export function resolveTemporalQuery(
  query: TemporalQuery,
  clock: Clock,
  fields: { validAt: string; knownAt: string } = { validAt: 'at', knownAt: 'knownAt' },
): ResolvedTemporalQuery {
  const now = clock.now().getTime() + 1;
  return {
    validBefore: query.validAt === undefined ? now : endOf(query.validAt, fields.validAt),
    knownBefore: query.knownAt === undefined ? now : endOf(query.knownAt, fields.knownAt),
  };
}

/** The events a query can see, in the order they are to be folded. */
export function eventsAsOf<E extends TemporalEvent>(events: Iterable<E>, query: ResolvedTemporalQuery): E[] {
  const visible: { event: E; effective: number }[] = [];
  for (const event of events) {
    const effective = startOf(event.metadata.effectiveAt, 'effectiveAt');
    if (effective < query.validBefore && knownSince(event.metadata) < query.knownBefore) visible.push({ event, effective });
  }
  visible.sort(
    (a, b) =>
      a.effective - b.effective ||
      (a.event.globalPosition < b.event.globalPosition ? -1 : a.event.globalPosition > b.event.globalPosition ? 1 : 0),
  );
  return visible.map((v) => v.event);
}

export function temporalFold<S, E extends TemporalEvent>(
  events: Iterable<E>,
  query: ResolvedTemporalQuery,
  evolve: (state: S, event: E) => S,
  initialState: S,
): S {
  return eventsAsOf(events, query).reduce(evolve, initialState);
}
