import type { StrategyRecord } from './strategy-record';

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

/**
 * The value of its entity a record is a fact about (`GoalReworded:`, `MeasureAdded:5.1`): per
 * entity and value the facts are kept in temporal order, and a view shows the last one its
 * date and knowledge time can see as the provenance of that value.
 */
export const subjectOf = (event: Pick<StrategyRecord, 'type' | 'data'>) =>
  `${event.type}:${String(SUBJECT[event.type]?.(event.data) ?? '')}`;

/** Anything placed in time: effective and knowledge time in epoch milliseconds. */
export interface Timed {
  effective: number;
  known: number;
}
