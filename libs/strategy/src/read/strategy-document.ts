import { asDomainEvent, type RecordedEvent } from '@app/event-store';
import { strategyRecordOf, type StrategyRecord } from './strategy-record';
import { eventsAsOf, type DomainEvent, type ResolvedTemporalQuery } from '@app/shared-kernel';
import type { ChangeAreaEvent, ChangeAreaState } from '../domain/change-area.decider';
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
  changeAreas: Map<string, ChangeAreaEntry>;
  goals: Map<string, GoalState>;
  /** Workshop meetings held: a series counts its sessions ("10 arbeidsmøter"), a single workshop 1. */
  workshops: number;
  /** Inputs registered one by one. */
  registeredInputs: number;
  /** Per workshop, the inputs known only by number (the latest count). */
  countedInputs: Map<string, number>;
}

/**
 * A change area as the reads show it: the decider's state, but with the number of inputs merged
 * into it instead of their ids. A long history merges thousands of inputs into an area; as ids
 * they were copied at every merge and held again by every checkpoint of the timeline, for a view
 * that shows their number (the lineage lists the inputs themselves).
 */
export type ChangeAreaEntry =
  { status: 'none' } | (Omit<Exclude<ChangeAreaState, { status: 'none' }>, 'inputIds'> & { inputCount: number });

/** `changeAreaDecider.evolve` for the read side's entry (a spec holds the two in agreement). */
export function evolveChangeArea(state: ChangeAreaEntry, event: ChangeAreaEvent): ChangeAreaEntry {
  if (event.type === 'ChangeAreaIdentified') return { status: 'active', ...event.data, inputCount: 0, fromWorkshops: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InputsMergedIntoChangeArea':
      return { ...state, inputCount: state.inputCount + event.data.inputIds.length };
    case 'WorkshopInputsMergedIntoChangeArea':
      return { ...state, fromWorkshops: [...state.fromWorkshops, event.data.workshopId] };
    case 'ChangeAreaMergedInto':
      return { ...state, status: 'merged', mergedInto: event.data.intoChangeAreaId };
  }
}

/** Inputs registered one by one plus those known only by count; null (unknown) where workshops were held but no input is known. */
export const inputCount = (doc: StrategyDocument): number | null =>
  doc.workshops > 0 && doc.registeredInputs === 0 && doc.countedInputs.size === 0
    ? null
    : doc.registeredInputs + [...doc.countedInputs.values()].reduce((a, b) => a + b, 0);

export const emptyStrategy = (): StrategyDocument => ({
  vision: visionDecider.initialState(),
  themes: new Map(),
  changeAreas: new Map(),
  goals: new Map(),
  workshops: 0,
  registeredInputs: 0,
  countedInputs: new Map(),
});

/** A document as JSON, to keep as a snapshot of the timeline (its maps as lists of entries). */
export const snapshotOfDocument = (doc: StrategyDocument): string =>
  JSON.stringify({
    ...doc,
    themes: [...doc.themes],
    changeAreas: [...doc.changeAreas],
    goals: [...doc.goals],
    countedInputs: [...doc.countedInputs],
  });

export function documentOfSnapshot(json: string): StrategyDocument {
  const kept = JSON.parse(json) as Omit<StrategyDocument, 'themes' | 'changeAreas' | 'goals' | 'countedInputs'> & {
    themes: [string, ThemeState][];
    changeAreas: [string, ChangeAreaEntry][];
    goals: [string, GoalState][];
    countedInputs: [string, number][];
  };
  return {
    ...kept,
    themes: new Map(kept.themes),
    changeAreas: new Map(kept.changeAreas),
    goals: new Map(kept.goals),
    countedInputs: new Map(kept.countedInputs),
  };
}

type Entity = 'themes' | 'changeAreas' | 'goals';
const NO_CHANGE_AREA: ChangeAreaEntry = Object.freeze({ status: 'none' });

function evolveEntity<S, E extends DomainEvent>(
  doc: StrategyDocument,
  entity: Entity,
  id: string,
  evolve: (state: S, event: E) => S,
  initial: S,
  event: StrategyRecord,
): StrategyDocument {
  const map = doc[entity] as Map<string, S>;
  map.set(id, evolve(map.get(id) ?? initial, asDomainEvent<E>(event)));
  return doc;
}

export function evolveStrategy(doc: StrategyDocument, event: StrategyRecord): StrategyDocument {
  const id = event.streamId.slice(event.streamId.indexOf('-') + 1);
  if (event.streamId.startsWith('theme-'))
    return evolveEntity<ThemeState, ThemeEvent>(doc, 'themes', id, themeDecider.evolve, themeDecider.initialState(), event);
  if (event.streamId.startsWith('change-area-')) {
    return evolveEntity<ChangeAreaEntry, ChangeAreaEvent>(
      doc,
      'changeAreas',
      event.streamId.slice('change-area-'.length),
      evolveChangeArea,
      NO_CHANGE_AREA,
      event,
    );
  }
  if (event.streamId.startsWith('goal-'))
    return evolveEntity<GoalState, GoalEvent>(doc, 'goals', id, goalDecider.evolve, goalDecider.initialState(), event);
  if (event.streamId === 'strategy-vision') {
    doc.vision = visionDecider.evolve(doc.vision, asDomainEvent<VisionEvent>(event));
    return doc;
  }
  if (event.streamId.startsWith('workshop-')) {
    switch (event.type) {
      case 'WorkshopHeld':
        doc.workshops += (event.data as Extract<WorkshopEvent, { type: 'WorkshopHeld' }>['data']).sessions ?? 1;
        break;
      case 'InputsRegistered':
        // The read side's record of a registration keeps how many inputs it registered (see StrategyRecord).
        doc.registeredInputs += event.data.count as number;
        break;
      case 'InputsCounted': {
        const { workshopId, count } = event.data as Extract<WorkshopEvent, { type: 'InputsCounted' }>['data'];
        doc.countedInputs.set(workshopId, count);
        break;
      }
    }
  }
  return doc; // rounds do not change the strategy document
}

/** The full fold of the events a query sees, without timeline or checkpoints: what the timeline is checked against. */
export function strategyAsOf(events: readonly RecordedEvent[], query: ResolvedTemporalQuery): StrategyDocument {
  return eventsAsOf(events, query)
    .map((event) => strategyRecordOf(event))
    .reduce(evolveStrategy, emptyStrategy());
}
