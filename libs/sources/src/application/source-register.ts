import { StreamCache, type EventStore, type RecordedEvent, type SourceDocuments } from '@app/event-store';
import type { SourceBasis } from '@app/shared-kernel';
import type { DocumentEvent, SourceDocument } from '../domain/document.decider';
import type { SourceConflict, SourceConflictEvent } from '../domain/source-conflict.decider';
import { SOURCES_STREAM_PREFIXES } from '../domain/sources-terms';

/**
 * Where a fact shown in a read comes from, compactly: the document as the board knows it
 * (title and date, never a file name), the place in it, and whether it states the fact or
 * the recorder interpreted it (then with the note saying how).
 */
export interface ProvenanceView {
  document: string;
  documentId: string;
  /** The document's date, which is also when its facts became known. */
  date: string;
  /** Whether the document states that date (`interpreted` for an undated document: see its `dateNote`). */
  dateBasis: SourceBasis | 'unknown';
  locator?: string;
  basis: SourceBasis;
  note?: string;
  decidedIn?: string;
}

/** What views need of the register: provenance of an event, and the conflicts about a thing. */
export interface SourceLookup {
  provenanceOf(event: RecordedEvent): ProvenanceView | null;
  conflictsAbout(id: string): SourceConflict[];
}

/**
 * The register of source documents and source conflicts, kept from the log. It answers the
 * command path (is this document registered, and of what date?) and the reads (provenance
 * and conflicts to show beside each fact). Every answer catches up first: read-your-writes.
 */
export class SourceRegister implements SourceDocuments, SourceLookup {
  private readonly documents = new Map<string, SourceDocument>();
  private readonly conflicts = new Map<string, SourceConflict>();
  private readonly cache: StreamCache;

  constructor(store: EventStore) {
    this.cache = new StreamCache(store, SOURCES_STREAM_PREFIXES, (event) => this.apply(event));
  }

  /** Catches up with the log; call before the synchronous lookups. */
  ready(): Promise<void> {
    return this.cache.catchUp();
  }

  async dateOf(documentId: string): Promise<string | undefined> {
    await this.ready();
    return this.documents.get(documentId)?.date;
  }

  document(documentId: string): SourceDocument | undefined {
    return this.documents.get(documentId);
  }

  allDocuments(): SourceDocument[] {
    return [...this.documents.values()].sort((a, b) => a.date.localeCompare(b.date) || a.documentId.localeCompare(b.documentId));
  }

  allConflicts(): SourceConflict[] {
    return [...this.conflicts.values()];
  }

  conflictsAbout(id: string): SourceConflict[] {
    return this.allConflicts().filter((c) => c.about === id);
  }

  provenanceOf(event: RecordedEvent): ProvenanceView | null {
    const { source, decidedIn } = event.metadata;
    if (!source) return null;
    const document = this.documents.get(source.document);
    return {
      document: document?.title ?? source.document,
      documentId: source.document,
      date: document?.date ?? '',
      dateBasis: document?.dateBasis ?? 'unknown',
      ...(source.locator ? { locator: source.locator } : {}),
      basis: source.basis,
      ...(source.basis === 'interpreted' && source.note ? { note: source.note } : {}),
      ...(decidedIn ? { decidedIn } : {}),
    };
  }

  private apply(event: RecordedEvent): void {
    if (event.type === 'DocumentRegistered') {
      const { data } = event as unknown as DocumentEvent;
      this.documents.set(data.documentId, data);
    } else if (event.type === 'SourceConflictRecorded') {
      const { data } = event as unknown as SourceConflictEvent;
      this.conflicts.set(data.conflictId, data);
    }
  }
}
