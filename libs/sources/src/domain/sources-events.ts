import { EventTypes } from '@app/shared-kernel';
import type { DocumentEvent } from './document.decider';
import type { SourceConflictEvent } from './source-conflict.decider';

export type SourcesEvent = DocumentEvent | SourceConflictEvent;

/** The sources context's event types and the schema version of each (see EventTypes). */
export const sourcesEvents = EventTypes.define<SourcesEvent>({
  DocumentRegistered: 1,
  SourceConflictRecorded: 1,
});
