import { EventTypes } from '@app/shared-kernel';
import type { AccessTokenEvent } from './access-token.decider';
import type { PersonErasureEvent } from './person-erasure.decider';

export type AccessEvent = AccessTokenEvent | PersonErasureEvent;

/** The access context's event types and the schema version of each (see EventTypes). */
export const accessEvents = EventTypes.define<AccessEvent>({
  // The holder's name is personal data, kept encrypted with the key of the principal the token proves.
  AccessTokenIssued: { schemaVersion: 1, personal: [{ path: ['holder'], person: (data) => `token:${String(data.tokenId)}` }] },
  AccessTokenRevoked: 1,
  PersonalDataErased: 1,
});
