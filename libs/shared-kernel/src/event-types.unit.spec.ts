import type { DomainEvent } from './decider';
import { EventTypes } from './event-types';

type SakEvent =
  | DomainEvent<'SakRegistered', { sakId: string; number: string; title: string }>
  | DomainEvent<'DecisionAdopted', { sakId: string; text: string }>;

describe('EventTypes', () => {
  // v1 had `tittel` and `nummer`; v2 named them in English; v3 split "1/22" into number and year.
  const sakEvents = EventTypes.define<SakEvent>({
    SakRegistered: {
      schemaVersion: 3,
      upcasters: {
        1: ({ tittel, nummer, ...rest }) => ({ ...rest, title: tittel, number: nummer }),
        2: ({ number, ...rest }) => ({ ...rest, number: String(number).split('/')[0], year: String(number).split('/')[1] }),
      },
    },
    DecisionAdopted: 1,
  });

  it('given a v1 event, when read, it is upcast step by step to the version the code reads', () => {
    expect(sakEvents.upcast('SakRegistered', 1, { sakId: 'nehs-2022-1', tittel: 'Godkjenning av innkalling', nummer: '1/22' })).toEqual({
      sakId: 'nehs-2022-1',
      title: 'Godkjenning av innkalling',
      number: '1',
      year: '22',
    });
  });

  it('given an event at the current version or of a type it does not define, when read, it is left as it is', () => {
    const data = { sakId: 'nehs-2022-1', text: 'Vedtatt' };
    expect(sakEvents.upcast('DecisionAdopted', 1, data)).toBe(data);
    expect(sakEvents.upcast('GoalDrafted', 1, data)).toBe(data);
  });

  it('refuses an event stored by newer code, a type it does not define, and a version without its upcaster', () => {
    expect(() => sakEvents.upcast('DecisionAdopted', 2, {})).toThrow(/stored at schema version 2, newer than this code's 1/);
    expect(() => sakEvents.schemaVersionOf('SakRenamed', 'events[0].type')).toThrow(
      expect.objectContaining({ code: 'EVENT.TYPE_UNKNOWN', field: 'events[0].type' }),
    );
    expect(() => EventTypes.define<SakEvent>({ SakRegistered: { schemaVersion: 2 }, DecisionAdopted: 1 })).toThrow(
      /SakRegistered is at schema version 2 but has no upcaster from 1/,
    );
  });

  it('combines the contexts into the app’s registry, and refuses a type two contexts define', () => {
    const other = EventTypes.define<DomainEvent<'GoalDrafted', object>>({ GoalDrafted: 1 });
    expect(EventTypes.combine(sakEvents, other).types).toEqual(['SakRegistered', 'DecisionAdopted', 'GoalDrafted']);
    expect(() => EventTypes.combine(sakEvents, sakEvents)).toThrow(/SakRegistered is defined by two contexts/);
  });
});
