import { Conflict, type Decider, type DomainEvent, type SourceBasis } from '@app/shared-kernel';
import type { DocumentKind } from './sources-terms';

/** A source document as the board knows it; the SHA-256 of its file proves which file is meant. */
export interface SourceDocument {
  documentId: string;
  /** The title as the board knows it, e.g. "Saksdokument møte 1/22". */
  title: string;
  kind: DocumentKind;
  /** The document's date: facts taken from it are known from this date on. */
  date: string;
  /** Whether the document states its date, or the recorder inferred it (then `dateNote` says how). */
  dateBasis: SourceBasis;
  dateNote?: string;
  issuer: string;
  sha256: string;
}

export type DocumentEvent = DomainEvent<'DocumentRegistered', SourceDocument>;
export type DocumentCommand = { type: 'RegisterDocument'; data: SourceDocument };
export type DocumentState = { status: 'none' } | ({ status: 'registered' } & SourceDocument);

export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => ({ status: 'registered', ...event.data }),
  decide: (command, state) => {
    if (state.status !== 'none') throw new Conflict('DOCUMENT.EXISTS', `Document ${state.documentId} is already registered`);
    return [{ type: 'DocumentRegistered', data: command.data }];
  },
};
