import { asDomainEvent, type RecordedEvent } from '@app/event-store';
import { eventsAsOf, type DomainEvent, type ResolvedTemporalQuery } from '@app/shared-kernel';
import { changeAreaDecider, type ChangeAreaEvent, type ChangeAreaState } from '../domain/change-area.decider';
import { goalDecider, type GoalEvent, type GoalState } from '../domain/goal.decider';
import { themeDecider, type ThemeEvent, type ThemeState } from '../domain/theme.decider';
import { visionDecider, type VisionEvent, type VisionState } from '../domain/vision.decider';
import type { WorkshopEvent } from '../domain/workshop.decider';

/**
 * The whole strategy as on a date: one document folded from every strategy event in temporal
 * order, each entity by its own aggregate's `evolve`, so that read and write agree on what a
 * fact means. For speed the fold updates the document it builds in place (each entity's
 * state is still replaced, never edited), so a document must not be shared while folding.
 */
export interface StrategyDocument {
  vision: VisionState;
  themes: Map<string, ThemeState>;
  changeAreas: Map<string, ChangeAreaState>;
  goals: Map<string, GoalState>;
  /** Workshop meetings held: a series counts its sessions ("10 arbeidsmøter"), a single workshop 1. */
  workshops: number;
  /** Inputs registered one by one. */
  registeredInputs: number;
  /** Per workshop, the inputs known only by number (the latest count). */
  countedInputs: Map<string, number>;
  /**
   * Per entity (`goal:mal-5`, `theme:…`, `change-area:…`, `workshop:…`, `vision`), the latest
   * event of each kind of fact (per subject, e.g. each principle), so that every value a view
   * shows can name its source without walking the entity's history. Each entity's index is
   * replaced, never changed, so checkpoints can share it.
   */
  facts: Map<string, readonly RecordedEvent[]>;
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
 * The entity's facts with `event` in place of the one it supersedes. A small array, copied: the
 * checkpoints keep every version, so it must be cheap to hold and never changed in place.
 */
function withFact(facts: readonly RecordedEvent[] = [], event: RecordedEvent): readonly RecordedEvent[] {
  const subject = SUBJECT[event.type];
  const same = (e: RecordedEvent) => e.type === event.type && (!subject || subject(e.data) === subject(event.data));
  const next = facts.slice();
  const index = next.findIndex(same);
  if (index >= 0) next[index] = event;
  else next.push(event);
  return next;
}

/** The latest event behind each value of an entity. */
export const factsOf = (doc: StrategyDocument, key: string): readonly RecordedEvent[] => doc.facts.get(key) ?? [];

/** Inputs registered one by one plus those known only by count; null (unknown) where workshops were held but no input is known. */
export const inputCount = (doc: StrategyDocument): number | null =>
  doc.workshops > 0 && doc.registeredInputs === 0 && doc.countedInputs.size === 0 ? null : doc.registeredInputs + [...doc.countedInputs.values()].reduce((a, b) => a + b, 0);

export const emptyStrategy = (): StrategyDocument => ({
  vision: visionDecider.initialState(),
  themes: new Map(),
  changeAreas: new Map(),
  goals: new Map(),
  workshops: 0,
  registeredInputs: 0,
  countedInputs: new Map(),
  facts: new Map(),
});

/** Which entity of the document an event is a fact about. */
export function factKey(streamId: string): string {
  if (streamId === 'strategy-vision') return 'vision';
  const [, kind, id] = /^(theme|change-area|goal|workshop|round)-(.*)$/.exec(streamId) ?? [];
  return kind ? `${kind}:${id}` : streamId;
}

type Entity = 'themes' | 'changeAreas' | 'goals';

function evolveEntity<S, E extends DomainEvent>(
  doc: StrategyDocument,
  entity: Entity,
  id: string,
  evolve: (state: S, event: E) => S,
  initial: S,
  event: RecordedEvent,
): StrategyDocument {
  const map = doc[entity] as Map<string, S>;
  map.set(id, evolve(map.get(id) ?? initial, asDomainEvent<E>(event)));
  return doc;
}

export function evolveStrategy(doc: StrategyDocument, event: RecordedEvent): StrategyDocument {
  const key = factKey(event.streamId);
  doc.facts.set(key, withFact(doc.facts.get(key), event));
  const id = event.streamId.slice(event.streamId.indexOf('-') + 1);
  if (event.streamId.startsWith('theme-')) return evolveEntity<ThemeState, ThemeEvent>(doc, 'themes', id, themeDecider.evolve, themeDecider.initialState(), event);
  if (event.streamId.startsWith('change-area-')) {
    return evolveEntity<ChangeAreaState, ChangeAreaEvent>(doc, 'changeAreas', event.streamId.slice('change-area-'.length), changeAreaDecider.evolve, changeAreaDecider.initialState(), event);
  }
  if (event.streamId.startsWith('goal-')) return evolveEntity<GoalState, GoalEvent>(doc, 'goals', id, goalDecider.evolve, goalDecider.initialState(), event);
  if (event.streamId === 'strategy-vision') {
    doc.vision = visionDecider.evolve(doc.vision, asDomainEvent<VisionEvent>(event));
    return doc;
  }
  if (event.streamId.startsWith('workshop-')) {
    const workshop = asDomainEvent<WorkshopEvent>(event);
    switch (workshop.type) {
      case 'WorkshopHeld':
        doc.workshops += workshop.data.sessions ?? 1;
        break;
      case 'InputsRegistered':
        doc.registeredInputs += workshop.data.inputs.length;
        break;
      case 'InputsCounted':
        doc.countedInputs.set(workshop.data.workshopId, workshop.data.count);
        break;
    }
  }
  return doc; // rounds do not change the strategy document
}

export function strategyAsOf(events: readonly RecordedEvent[], query: ResolvedTemporalQuery): StrategyDocument {
  return eventsAsOf(events, query).reduce(evolveStrategy, emptyStrategy());
}
