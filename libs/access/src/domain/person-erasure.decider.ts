import { ValidationFailed, nothingToRecord, type Decider, type DomainEvent } from '@app/shared-kernel';

/**
 * Erasing a person's data (GDPR art. 17): the person's key is deleted, so the personal values
 * sealed with it can no longer be read; the log itself is not touched and still verifies. The
 * erasure is a fact like any other: who erased whose data, when and why.
 *
 * Person ids: `member:<bodyId>:<memberId>` (a member of a body), `person:<id>` (someone known
 * by name only: a presenter, a saksbehandler; see GET /persons?name=), `token:<tokenId>` and
 * `oidc:<subject>` (whoever recorded facts, and a token's holder), `cli:<user>` (who ran `npm run token`).
 */
export const PERSON_ID = /^(member:[a-z0-9-]+:[a-z0-9-]+|person:[0-9a-f]{24}|token:[0-9a-f-]{36}|oidc:\S{1,200}|cli:\S{1,100})$/;

export const personStream = (personId: string) => `person-${personId}`;

export type PersonErasureEvent = DomainEvent<'PersonalDataErased', { personId: string; reason: string }>;
export type PersonErasureCommand = { type: 'ErasePersonalData'; data: { personId: string; reason: string } };
export type PersonErasureState = { erased: boolean };

export const personErasureDecider: Decider<PersonErasureCommand, PersonErasureEvent, PersonErasureState> = {
  initialState: () => ({ erased: false }),
  evolve: () => ({ erased: true }),
  decide: ({ data }, state) => {
    if (!PERSON_ID.test(data.personId))
      throw new ValidationFailed('ERASURE.PERSON_ID_INVALID', 'personId must be member:…, person:…, token:…, oidc:… or cli:…', 'personId');
    if (!data.reason.trim()) throw new ValidationFailed('ERASURE.REASON_REQUIRED', 'Say why the data is erased', 'reason');
    return state.erased ? nothingToRecord() : [{ type: 'PersonalDataErased', data }];
  },
};
