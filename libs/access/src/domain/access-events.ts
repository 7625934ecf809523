import { EventTypes } from '@app/shared-kernel';
import type { AccessTokenEvent } from './access-token.decider';

export type AccessEvent = AccessTokenEvent;

/** The access context's event types and the schema version of each (see EventTypes). */
export const accessEvents = EventTypes.define<AccessEvent>({
  AccessTokenIssued: 1,
  AccessTokenRevoked: 1,
});
