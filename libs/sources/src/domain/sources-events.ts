import { EventTypes } from '@app/shared-kernel';
import type { DocumentEvent } from './document.decider';
import type { SourceConflictEvent } from './source-conflict.decider';
import type { DomainEvent } from '@app/shared-kernel';

/**
 * The recorded history's import into a store: started (again, after an interrupted start) and
 * completed, in the stream `history-import`, so that a start knows whether to resume it.
 */
export type HistoryImportEvent =
  | DomainEvent<'HistoryImportStarted', { files: number; steps: number }>
  | DomainEvent<'HistoryImportCompleted', { files: number; steps: number; applied: number }>;

export const HISTORY_IMPORT_STREAM = 'history-import';

export type SourcesEvent = DocumentEvent | SourceConflictEvent | HistoryImportEvent;

/** The sources context's event types and the schema version of each (see EventTypes). */
export const sourcesEvents = EventTypes.define<SourcesEvent>({
  DocumentRegistered: 1,
  SourceConflictRecorded: 1,
  HistoryImportStarted: 1,
  HistoryImportCompleted: 1,
});
