import { storedEvent } from '../../../../test/support/events';
import { strategyRecordOf } from './strategy-record';
import { strategyTables } from '../../../../test/support/strategy-tables';

describe('the strategy read side’s record of an event', () => {
  const times = { recordedAt: '2026-11-25T10:00:00.000Z', effectiveAt: '2022-02-04', documentedAt: '2022-02-04' };
  const registered = storedEvent(
    0,
    'workshop-nov-2021',
    'InputsRegistered',
    {
      workshopId: 'nov-2021',
      inputs: [
        { inputId: 'i-1', text: 'Pasientens opplysninger må følge pasienten' },
        { inputId: 'i-2', text: 'Helsepersonell må slippe dobbeltregistrering' },
      ],
    },
    times,
  );
  const reworded = {
    ...storedEvent(1, 'goal-mal-2-2', 'GoalReworded', { goalId: 'mal-2-2', title: 'Ny ordlyd', previousTitle: 'Gammel' }, times),
    metadata: {
      ...registered.metadata,
      source: { document: 'justert-forslag-2022', locator: 'side 4', basis: 'interpreted' as const, note: 'lest slik' },
      decidedIn: 'nehs-2022-2',
    },
  };

  it('keeps of a registration how many inputs it names; the inputs are kept by id, each with its text and registration', () => {
    const record = strategyRecordOf(registered);
    expect(record).toMatchObject({ type: 'InputsRegistered', data: { workshopId: 'nov-2021', count: 2 }, globalPosition: 1n });
    expect(record.effective).toBe(Date.UTC(2022, 1, 4));
    const { tables, feed } = strategyTables();
    feed([registered]);
    expect([...tables.inTime(undefined, Number.MAX_SAFE_INTEGER)].map((r) => r.data)).toEqual([{ workshopId: 'nov-2021', count: 2 }]);
    expect(tables.inputs(['i-2', 'i-9']).map(({ inputId, text, fact }) => [inputId, text, fact.globalPosition])).toEqual([
      ['i-2', 'Helsepersonell må slippe dobbeltregistrering', 1n],
    ]);
  });

  it('comes back from the strategy’s tables as it was written, with and without a source', () => {
    const { tables, feed } = strategyTables();
    const events = [registered, reworded, registered, reworded].map((event, i) => ({ ...event, globalPosition: BigInt(i + 1) }));
    feed(events);
    const back = [...tables.inTime(undefined, Number.MAX_SAFE_INTEGER)];
    // Read back without the inputs a registration names (they are kept apart, by id).
    expect(back).toEqual(events.map((event) => ({ ...strategyRecordOf(event), inputs: undefined })));
    // One provenance object per source and sak, shared by the records citing it.
    expect(back[1].metadata).toBe(back[3].metadata);
  });

  it('keeps one provenance per source and sak, and never one for two that differ', () => {
    const { tables, feed } = strategyTables();
    const page4 = { document: 'justert-forslag-2022', locator: 'side 4', basis: 'stated' as const };
    const cases: [object, string | undefined][] = [
      [page4, 'nehs-2022-2'],
      [{ ...page4 }, 'nehs-2022-2'],
      [page4, 'nehs-2022-3'],
      [page4, undefined],
      [{ ...page4, note: 'lest slik' }, undefined],
      [{ ...page4, note: 'a\nb' }, undefined],
      [{ ...page4, note: 'a', quote: 'b' }, undefined],
    ];
    feed(
      cases.map(
        ([source, decidedIn], i) =>
          ({ ...reworded, globalPosition: BigInt(i + 1), metadata: { ...reworded.metadata, source, decidedIn } }) as typeof reworded,
      ),
    );
    const back = [...tables.inTime(undefined, Number.MAX_SAFE_INTEGER)];
    const of = (i: number) => back[i].metadata;
    expect(of(0)).toBe(of(1));
    expect(new Set(cases.map((_, i) => of(i))).size).toBe(cases.length - 1);
    expect(of(0)).toEqual({ source: page4, decidedIn: 'nehs-2022-2' });
  });

  it('after a page whose write failed, a source first met in that page is still read back right', () => {
    const { tables, feed } = strategyTables();
    const source = { document: 'referat-2022-03', locator: 'side 2', basis: 'stated' as const };
    const cited = { ...reworded, globalPosition: 1n, metadata: { ...reworded.metadata, source, decidedIn: undefined } };
    // A drafting without its change areas cannot be linked: the page's transaction rolls back.
    const broken = { ...storedEvent(2, 'goal-x', 'GoalDrafted', { goalId: 'x' }, times), globalPosition: 2n };
    expect(() => feed([cited, broken])).toThrow();
    feed([cited]);
    expect([...tables.inTime(undefined, Number.MAX_SAFE_INTEGER)].map((r) => r.metadata)).toEqual([{ source }]);
  });
});
