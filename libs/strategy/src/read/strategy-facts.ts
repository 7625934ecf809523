import type { StrategyRecord } from './strategy-record';
import type { ResolvedTemporalQuery } from '@app/shared-kernel';

/** Which entity of the strategy an event is a fact about: `goal:mal-5`, `theme:…`, `change-area:…`, `workshop:…`, `vision`. */
export function factKey(streamId: string): string {
  if (streamId === 'strategy-vision') return 'vision';
  const [, kind, id] = /^(theme|change-area|goal|workshop|round)-(.*)$/.exec(streamId) ?? [];
  return kind ? `${kind}:${id}` : streamId;
}

/** For facts that come many to an entity, which one an event is about (else its type says it all). */
const SUBJECT: Record<string, (data: Record<string, unknown>) => unknown> = {
  VisionDraftProposed: (d) => d.draftId,
  AmbitionStated: (d) => d.text,
  PrincipleDefined: (d) => d.name,
  MeasureAdded: (d) => d.measureCode,
  ItemLinked: (d) => d.name,
  GoalDependencyAdded: (d) => d.dependsOnGoalId,
  KpiDefined: (d) => d.name,
};
const subjectOf = (event: StrategyRecord) => `${event.type}:${String(SUBJECT[event.type]?.(event.data) ?? '')}`;

/** Anything placed in time: effective and knowledge time in epoch milliseconds. */
export interface Timed {
  effective: number;
  known: number;
}

/**
 * Inserts in temporal order (effective time, then position, as a fold applies them). Events
 * arrive in append order, so an event goes after those of its effective time; a backdated one
 * is inserted where it belongs.
 */
export function insertInTemporalOrder<T extends Timed>(list: T[], timed: T): void {
  let at = list.length;
  while (at > 0 && list[at - 1].effective > timed.effective) at--;
  list.splice(at, 0, timed);
}

/**
 * Which event stands behind each value of each strategy entity, as on a date and as known at a
 * time: the provenance a view shows beside a goal's title, a theme's name, a principle. Kept
 * beside the timeline rather than in the folded document, so that neither folds nor checkpoints
 * carry it: per entity and value the events are kept in temporal order (effective time, then
 * position, as the fold applies them), and a query takes the last one it can see.
 */
export class StrategyFacts {
  private readonly entities = new Map<string, Map<string, StrategyRecord[]>>();

  add(record: StrategyRecord): void {
    const key = factKey(record.streamId);
    // The views show sources beside goals, themes, change areas and the vision; a workshop's
    // inputs only as counts in the funnel. Its records (most of a long history) are not indexed.
    if (key.startsWith('workshop:')) return;
    const values = this.entities.get(key) ?? new Map<string, StrategyRecord[]>();
    this.entities.set(key, values);
    const subject = subjectOf(record);
    const list = values.get(subject) ?? [];
    values.set(subject, list);
    insertInTemporalOrder(list, record);
  }

  /** The latest record behind each value of the entity, as the query sees it. */
  latest(key: string, query: ResolvedTemporalQuery): StrategyRecord[] {
    const latest: StrategyRecord[] = [];
    for (const list of this.entities.get(key)?.values() ?? []) {
      let at = lastBefore(list, query.validBefore);
      while (at >= 0 && list[at].known >= query.knownBefore) at--;
      if (at >= 0) latest.push(list[at]);
    }
    return latest.sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : 1));
  }
}

/** Index of the last record taking effect before `validBefore` (binary search), or -1. */
function lastBefore(list: Timed[], validBefore: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid].effective < validBefore) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
