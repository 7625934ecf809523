import {
  StreamCache,
  type EventLog,
  type KeptRecords,
  type ReadModel,
  type RecordedEvent,
  type SourceDocuments,
  type EventMetadata,
} from '@app/event-store';
import { NotFound, eventsAsOf, knownSince, startOf, type ResolvedTemporalQuery, type SourceBasis } from '@app/shared-kernel';
import type { DocumentEvent, SourceDocument } from '../domain/document.decider';
import type { Reading, SourceConflict, SourceConflictEvent } from '../domain/source-conflict.decider';
import { SOURCES_STREAM_PREFIXES } from '../domain/sources-terms';

/**
 * Where a fact shown in a read comes from, compactly: the document as the board knows it
 * (title and date, never a file name), the place in it, whether it states the fact or the
 * recorder interpreted it, and the recorder's note on how it was read.
 */
export interface ProvenanceView {
  document: string;
  documentId: string;
  /** The document's date, which is also when its facts became known; null for an unregistered document. */
  date: string | null;
  /** Whether the document states that date (`interpreted` for an undated document: see its `dateNote`). */
  dateBasis: SourceBasis | 'unknown';
  locator?: string;
  basis: SourceBasis;
  note?: string;
  decidedIn?: string;
}

/**
 * The provenance of each fact a view shows: the fact (the event type) and its source. A fact
 * recorded without a source says so (`basis: 'unsourced'`) rather than passing for a stated one.
 */
export type FactProvenance = { fact: string } & (ProvenanceView | { basis: 'unsourced' });

/** A recorded disagreement as views show it: each reading with its document's title and date. */
export type ConflictView = Omit<SourceConflict, 'readings'> & {
  readings: (Reading & { documentTitle: string | null; documentDate: string | null })[];
};

/** What views need of the register: provenance of an event, and the conflicts about a thing as known then. */
/** What provenance is made of: a fact's type, and the source and deciding sak it was recorded with. */
export interface ProvenanceSubject {
  type: string;
  metadata: Pick<EventMetadata, 'source' | 'decidedIn'>;
}

export interface SourceLookup {
  provenanceOf(event: ProvenanceSubject): FactProvenance;
  conflictsAbout(id: string, query: ResolvedTemporalQuery): ConflictView[];
}

/**
 * The register of source documents and source conflicts, kept from the log. It answers the
 * command path (is this document registered, and of what date?) and the reads (provenance
 * and conflicts to show beside each fact). Every answer catches up first: read-your-writes.
 */
export class SourceRegister implements SourceDocuments, SourceLookup {
  private readonly documents = new Map<string, SourceDocument>();
  /** Conflict events by the id they are about, kept as events so a query sees only those known then. */
  private readonly conflicts = new Map<string, RecordedEvent[]>();
  /**
   * Provenance per metadata and type, made once: a document is registered before it can be
   * cited and is never changed, so a fact's provenance never changes either. Views show many per
   * request, and the strategy's records share one metadata object per source and sak.
   */
  private readonly provenance = new WeakMap<ProvenanceSubject['metadata'], Map<string, FactProvenance>>();
  private readonly cache: StreamCache;
  private latestKnown = Number.NEGATIVE_INFINITY;

  /** Its name and version as a kept projection: bump the version when what it keeps changes. */
  static readonly projection = 'sources';
  static readonly version = 1;

  constructor(log: EventLog, kept?: KeptRecords<RecordedEvent>) {
    this.cache = new StreamCache(log, SOURCES_STREAM_PREFIXES, (event) => this.apply(event), kept);
  }

  /** Catches up with the log; call before the synchronous lookups. */
  ready(): Promise<void> {
    return this.cache.catchUp();
  }

  /** The register as a read model the app catches up before it reports ready. */
  asReadModel(): ReadModel {
    return this.cache.asReadModel(SourceRegister.projection);
  }

  async documentedAt(documentId: string, field: string): Promise<string> {
    await this.ready();
    const document = this.documents.get(documentId);
    if (!document)
      throw new NotFound('SOURCE.DOCUMENT_NOT_FOUND', `${field}: no registered source document "${documentId}"`, { field, documentId });
    return document.date;
  }

  document(documentId: string): SourceDocument | undefined {
    return this.documents.get(documentId);
  }

  allDocuments(): SourceDocument[] {
    return [...this.documents.values()].sort((a, b) => a.date.localeCompare(b.date) || a.documentId.localeCompare(b.documentId));
  }

  allConflicts(query: ResolvedTemporalQuery): ConflictView[] {
    return eventsAsOf([...this.conflicts.values()].flat(), query).map((event) => this.conflictView(event));
  }

  conflictsAbout(id: string, query: ResolvedTemporalQuery): ConflictView[] {
    return eventsAsOf(this.conflicts.get(id) ?? [], query).map((event) => this.conflictView(event));
  }

  private conflictView(event: RecordedEvent): ConflictView {
    const conflict = conflictOf(event);
    return {
      ...conflict,
      readings: conflict.readings.map((r) => ({
        ...r,
        documentTitle: this.documents.get(r.document)?.title ?? null,
        documentDate: this.documents.get(r.document)?.date ?? null,
      })),
    };
  }

  provenanceOf(event: ProvenanceSubject): FactProvenance {
    let byType = this.provenance.get(event.metadata);
    if (!byType) this.provenance.set(event.metadata, (byType = new Map()));
    let provenance = byType.get(event.type);
    if (!provenance)
      byType.set(event.type, (provenance = { fact: event.type, ...(this.sourceOf(event) ?? { basis: 'unsourced' as const }) }));
    return provenance;
  }

  private sourceOf(event: ProvenanceSubject): ProvenanceView | null {
    const { source, decidedIn } = event.metadata;
    if (!source) return null;
    const document = this.documents.get(source.document);
    return {
      document: document?.title ?? source.document,
      documentId: source.document,
      date: document?.date ?? null,
      dateBasis: document?.dateBasis ?? 'unknown',
      ...(source.locator ? { locator: source.locator } : {}),
      basis: source.basis,
      ...(source.note ? { note: source.note } : {}),
      ...(decidedIn ? { decidedIn } : {}),
    };
  }

  /**
   * The earliest time at or after `time` when a recorded conflict takes effect (undefined if
   * none does): an answer as of today stays the same until then, unless the log moves.
   */
  firstConflictEffectiveFrom(time: number): number | undefined {
    let first: number | undefined;
    for (const events of this.conflicts.values())
      for (const event of events) {
        const effective = startOf(event.metadata.effectiveAt, 'effectiveAt');
        if (effective >= time && (first === undefined || effective < first)) first = effective;
      }
    return first;
  }

  /**
   * What an answer built on the register depends on: how far it has read the log, and the
   * latest knowledge time among its events (a query as known after it sees all of them).
   */
  get state(): { readTo: bigint | undefined; latestKnown: number } {
    return { readTo: this.cache.readTo, latestKnown: this.latestKnown };
  }

  private apply(event: RecordedEvent): void {
    this.latestKnown = Math.max(this.latestKnown, knownSince(event.metadata));
    if (event.type === 'DocumentRegistered') {
      const { data } = event as unknown as DocumentEvent;
      this.documents.set(data.documentId, data);
    } else if (event.type === 'SourceConflictRecorded') {
      const { about } = conflictOf(event);
      this.conflicts.set(about, [...(this.conflicts.get(about) ?? []), event]);
    }
  }
}

const conflictOf = (event: RecordedEvent): SourceConflict => (event as unknown as SourceConflictEvent).data;
