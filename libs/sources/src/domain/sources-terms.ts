/**
 * The sources context: the documents the record is taken from, and the places where they
 * disagree. Terms: *innkalling* (notice of meeting), *saksdokument* (the case papers of a
 * meeting), *presentasjon* (slides shown in the meeting), *vedlegg* (attachment), *referat*
 * (minutes), *rapport* (a report, e.g. Riksrevisjonen's).
 */
export const DOCUMENT_KINDS = ['innkalling', 'saksdokument', 'presentasjon', 'vedlegg', 'referat', 'rapport'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentStream = (documentId: string) => `document-${documentId}`;
export const sourceConflictStream = (conflictId: string) => `source-conflict-${conflictId}`;
export const SOURCES_STREAM_PREFIXES = ['document-', 'source-conflict-'] as const;
