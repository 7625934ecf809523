import { Conflict, ValidationFailed, type Decider, type DomainEvent, type SourceBasis } from '@app/shared-kernel';
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
/** `today`: the recording date; a document dated later cannot be a source yet. */
export type DocumentCommand = { type: 'RegisterDocument'; data: SourceDocument; today: string };
export type DocumentState = { status: 'none' } | ({ status: 'registered' } & SourceDocument);

export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => ({ status: 'registered', ...event.data }),
  decide: (command, state) => {
    if (state.status !== 'none') throw new Conflict('DOCUMENT.EXISTS', `Document ${state.documentId} is already registered`);
    // Its facts are known from its date: a date after today would claim knowledge before the document existed.
    if (command.data.date > command.today)
      throw new ValidationFailed('DOCUMENT.DATED_LATER', `date ${command.data.date} is after today (${command.today})`, 'date');
    return [{ type: 'DocumentRegistered', data: command.data }];
  },
};
