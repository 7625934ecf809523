import { storedEvent } from '../../../../test/support/events';
import { StringTable, strategyRecordCodec, strategyRecordOf } from './strategy-record';

describe('the strategy read side’s record of an event', () => {
  const strings = new StringTable();
  const codec = strategyRecordCodec(strings);
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

  it('keeps of a registration only how many inputs it names; the inputs become keys pointing at it', () => {
    const { record, keys } = strategyRecordOf(registered, strings);
    expect(record).toMatchObject({ type: 'InputsRegistered', data: { workshopId: 'nov-2021', count: 2 }, globalPosition: 1n });
    expect(record.effective).toBe(Date.UTC(2022, 1, 4));
    expect(keys).toEqual([
      { kind: 'input', key: 'i-1', position: 1n },
      { kind: 'input', key: 'i-2', position: 1n },
    ]);
  });

  it('comes back from the projection store as it was kept, a page of records with and without a source', () => {
    const page = [registered, reworded, registered, reworded].map((event) => strategyRecordOf(event, strings).record);
    const kept = JSON.parse(JSON.stringify(codec.encode(page))) as { strings: string[]; provenances: unknown[] };
    // What repeats is written once: two types, two streams, two provenances (none, and the rewording's).
    expect([kept.strings.length, kept.provenances.length]).toEqual([4, 2]);
    const back = codec.decode(kept);
    expect(back).toEqual(page);
    expect(back[1].metadata).toBe(back[3].metadata);
  });

  it('shares one provenance between records that cite the same source and sak, and never between ones that differ', () => {
    const of = (source: object, decidedIn?: string) =>
      strategyRecordOf({ ...reworded, metadata: { ...reworded.metadata, source, decidedIn } } as typeof reworded, strings).record.metadata;
    const page4 = { document: 'justert-forslag-2022', locator: 'side 4', basis: 'stated' };
    expect(of(page4, 'nehs-2022-2')).toBe(of({ ...page4 }, 'nehs-2022-2'));
    expect(of(page4, 'nehs-2022-2')).not.toBe(of(page4, 'nehs-2022-3'));
    expect(of(page4)).not.toBe(of({ ...page4, note: 'lest slik' }));
    expect(of({ ...page4, note: 'a\nb' })).not.toBe(of({ ...page4, note: 'a', quote: 'b' }));
    expect(of(page4, 'nehs-2022-2')).toEqual({ source: page4, decidedIn: 'nehs-2022-2' });
  });
});
