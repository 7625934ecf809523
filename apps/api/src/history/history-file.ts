import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceBasis } from '@app/shared-kernel';

/**
 * The recorded history (`data/history/*.json`): the board's record as the source documents
 * give it. Two kinds of file, told apart by their keys:
 *   - the document register (`documents`): every source document with its title, kind,
 *     date and the SHA-256 of its file; registered first, cited by id everywhere else;
 *   - a record (`steps`): API requests, each with where in which document it comes from.
 * The format is documented in the README ("Preparing a history file").
 */
export interface HistoryStep {
  /** `POST /path` */
  request: string;
  body: Record<string, unknown>;
  /** Page, slide or heading in the document. */
  locator: string;
  basis: SourceBasis;
  /**
   * The words of the document that state the fact, copied as they stand (whitespace and
   * markdown emphasis may differ). Required where the basis is `stated`; checked by
   * `npm run check:sources`.
   */
  quote?: string | string[];
  /** Why it is read so; required where the basis is `interpreted`. */
  note?: string;
  /** Another document than the file's (a document id), where a step comes from one. */
  document?: string;
}

export interface RecordFile {
  /** The document id most steps cite. */
  document: string;
  title: string;
  steps: HistoryStep[];
}

export interface DocumentEntry {
  documentId: string;
  title: string;
  kind: string;
  date: string;
  dateBasis: SourceBasis;
  dateNote?: string;
  issuer: string;
  sha256: string;
}

export interface DocumentRegister {
  title: string;
  documents: DocumentEntry[];
}

export type HistoryFile = RecordFile | DocumentRegister;

export const isDocumentRegister = (file: HistoryFile): file is DocumentRegister => Array.isArray((file as DocumentRegister).documents);

export const DEFAULT_HISTORY_DIR = 'data/history';

/** Every history file in name order (the order they are imported in). */
export function readHistory(dir: string): { name: string; file: HistoryFile }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, file: JSON.parse(readFileSync(join(dir, name), 'utf8')) as HistoryFile }));
}

export const quotesOf = (step: HistoryStep): string[] =>
  step.quote === undefined ? [] : Array.isArray(step.quote) ? step.quote : [step.quote];
