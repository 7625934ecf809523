import type { RecordedEvent } from '@app/event-store';
import type { ProvenanceView, SourceLookup } from '../application/source-register';

/**
 * The provenance of each fact a view shows: one entry per event that built it, naming the
 * fact (the event type) and its source. A fact recorded without a source says so
 * (`basis: 'unsourced'`) rather than passing for a stated one.
 */
export type FactProvenance = { fact: string } & (ProvenanceView | { basis: 'unsourced' });

export function provenanceOfFact(event: RecordedEvent, sources: SourceLookup): FactProvenance {
  return { fact: event.type, ...(sources.provenanceOf(event) ?? { basis: 'unsourced' as const }) };
}

export function provenanceOfFacts(events: readonly RecordedEvent[], sources: SourceLookup): FactProvenance[] {
  return events.map((event) => provenanceOfFact(event, sources));
}

/** A short mark for text formats: † for an interpretation, ? for a fact with no source. */
export const interpretationMark = (provenance: FactProvenance | undefined): string =>
  provenance?.basis === 'interpreted' ? '†' : provenance?.basis === 'unsourced' ? '?' : '';
