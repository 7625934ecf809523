import { isBusinessDateOrInstant } from './business-time';
import { ManualClock } from './clock';
import { eventsAsOf, knownSince, resolveTemporalQuery, temporalFold, type TemporalEvent } from './temporal-fold';

interface TitleEvent extends TemporalEvent {
  type: 'GoalTitled' | 'GoalTitleCorrected';
  title: string;
}

let position = 0n;
const recorded = (type: TitleEvent['type'], title: string, effectiveAt: string, recordedAt: string): TitleEvent => ({
  type,
  title,
  globalPosition: ++position,
  metadata: { effectiveAt, recordedAt },
});

const evolve = (_: string | undefined, event: TitleEvent) => event.title;
const clock = new ManualClock('2026-11-25T12:00:00Z');
const titleAt = (events: TitleEvent[], validAt?: string, knownAt?: string) =>
  temporalFold(events, resolveTemporalQuery({ validAt, knownAt }, clock), evolve, undefined as string | undefined);

describe('temporal fold', () => {
  // Goal 2.2 as the slides word it: first "teknologi", reworded on 04.02.2022; the
  // secretariat records both after the fact and later corrects a typo, backdated.
  const drafted = recorded('GoalTitled', 'Videreutvikle teknologi for ...', '2022-01-20', '2022-02-10T09:00:00Z');
  const reworded = recorded('GoalTitled', 'Videreutvikle arbeidsprosesser for ...', '2022-02-04', '2022-02-10T09:05:00Z');
  const corrected = recorded('GoalTitleCorrected', 'Videreutvikle arbeidsprosesser for …', '2022-02-04', '2022-03-01T08:00:00Z');
  const events = [drafted, reworded, corrected];

  it('given backdated events, when asked for a valid date, then folds only what had taken effect by the end of that day', () => {
    expect(titleAt(events, '2022-01-19')).toBeUndefined();
    expect(titleAt(events, '2022-02-03')).toBe(drafted.title);
    expect(titleAt(events, '2022-02-04')).toBe(corrected.title);
  });

  it('given a later correction, when asked as known before it was recorded, then shows the original', () => {
    expect(titleAt(events, '2022-02-04', '2022-02-28T23:59:59Z')).toBe(reworded.title);
    expect(titleAt(events, '2022-02-04', '2022-03-01T08:00:00Z')).toBe(corrected.title);
  });

  it('given nothing recorded yet at knownAt, then folds nothing even for valid dates in the past', () => {
    expect(titleAt(events, '2022-02-04', '2022-02-09')).toBeUndefined();
  });

  it('orders by effective time first, so a backdated event lands before later facts, and by position on ties', () => {
    const late = recorded('GoalTitled', 'late', '2022-05-01', '2022-05-01T10:00:00Z');
    const backdated = recorded('GoalTitled', 'backdated', '2022-04-01', '2022-06-01T10:00:00Z');
    const sameDayFirst = recorded('GoalTitled', 'same day, written first', '2022-06-01', '2022-06-02T10:00:00Z');
    const sameDaySecond = recorded('GoalTitled', 'same day, written second', '2022-06-01', '2022-06-02T10:00:00Z');
    const order = eventsAsOf([sameDaySecond, late, sameDayFirst, backdated].reverse(), resolveTemporalQuery({}, clock));
    expect(order.map((e) => e.title)).toEqual(['backdated', 'late', 'same day, written first', 'same day, written second']);
  });

  it('defaults validAt and knownAt to the clock, so future-dated facts are not yet in force', () => {
    const future = recorded('GoalTitled', 'from 2027', '2027-01-01', '2026-11-25T11:00:00Z');
    expect(titleAt([...events, future])).toBe(corrected.title);
    expect(titleAt([...events, future], '2027-01-01')).toBe('from 2027');
  });

  it('accepts instants with offsets and rejects malformed dates naming the parameter', () => {
    expect(titleAt(events, '2022-02-04T00:30:00+01:00')).toBe(drafted.title); // 23:30Z on the 3rd
    expect(() => titleAt(events, '2022-02-30')).toThrow(expect.objectContaining({ code: 'TIME.INVALID', field: 'at' }));
    // Asked again (a date's midnight is kept once worked out, an invalid one never is).
    expect(() => titleAt(events, '2022-02-30')).toThrow(expect.objectContaining({ code: 'TIME.INVALID', field: 'at' }));
    expect(() => titleAt(events, '2022-13-01T00:00:00.000Z')).toThrow(expect.objectContaining({ code: 'TIME.INVALID', field: 'at' }));
    expect(() => titleAt(events, undefined, 'yesterday')).toThrow(expect.objectContaining({ field: 'knownAt' }));
  });

  it('refuses instants that do not exist on the calendar or the clock, instead of rolling them into the next day or month', () => {
    for (const instant of [
      '2022-02-04T24:00:00Z',
      '2022-02-30T10:00:00Z',
      '2022-02-04T10:60:00Z',
      '2022-02-04T10:00:60Z',
      '2022-02-04T10:00:00+25:00',
    ])
      expect(() => titleAt(events, instant)).toThrow(expect.objectContaining({ code: 'TIME.INVALID', field: 'at' }));
    expect(isBusinessDateOrInstant('2022-02-04T24:00:00Z')).toBe(false);
    expect(isBusinessDateOrInstant('2022-02-04T23:59:59.999+14:00')).toBe(true);
  });

  it('given a fact documented before it was recorded, when asked as known at a time, then the document date counts, not the import', () => {
    const imported = {
      ...recorded('GoalTitled', 'Videreutvikle teknologi for ...', '2022-02-04', '2026-11-25T10:00:00Z'),
      metadata: { effectiveAt: '2022-02-04', recordedAt: '2026-11-25T10:00:00Z', documentedAt: '2022-02-04' },
    };
    expect(titleAt([imported], '2022-02-10', '2022-02-10T12:00:00Z')).toBe('Videreutvikle teknologi for ...');
    expect(titleAt([imported], '2022-02-10', '2022-02-03')).toBeUndefined();
    expect(knownSince(imported.metadata)).toBe(Date.parse('2022-02-04T00:00:00Z'));
    expect(knownSince(drafted.metadata)).toBe(Date.parse('2022-02-10T09:00:00Z'));
  });
});
