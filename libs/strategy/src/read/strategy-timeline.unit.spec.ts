import type { RecordedEvent } from '@app/event-store';
import type { ResolvedTemporalQuery } from '@app/shared-kernel';
import { strategyAsOf } from './strategy-document';
import { StrategyTimeline } from './strategy-timeline';
import { seededRandom as random } from '../../../../test/support/random';
import { storedEvent } from '../../../../test/support/events';
import { strategyTables } from '../../../../test/support/strategy-tables';

const DAY = 24 * 60 * 60 * 1000;
const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * DAY).toISOString().slice(0, 10);

/** Goals drafted, reworded and prioritised; about one in eight facts recorded late and backdated. */
function history(count: number, seed: number): RecordedEvent[] {
  const next = random(seed);
  const events: RecordedEvent[] = [];
  const goals: string[] = [];
  let today = 0;
  for (let i = 0; i < count; i++) {
    today += next() < 0.5 ? 1 : 0;
    const backdated = next() < 0.125;
    const effective = backdated ? Math.max(0, today - 1 - Math.floor(next() * 60)) : today;
    let type: string;
    let data: Record<string, unknown>;
    if (goals.length === 0 || next() < 0.3) {
      const goalId = `g-${goals.length}`;
      goals.push(goalId);
      type = 'GoalDrafted';
      data = { goalId, code: `${goals.length}`, title: `Mål ${i}`, themeCode: 't', fromChangeAreas: [], derivedFromGoals: [] };
    } else {
      const goalId = goals[Math.floor(next() * goals.length)];
      type = next() < 0.8 ? 'GoalReworded' : 'GoalPrioritised';
      data = { goalId, title: `Mål ${goalId} v${i}`, previousTitle: '' };
    }
    events.push(
      storedEvent(i, `goal-${data.goalId}`, type, data, {
        recordedAt: new Date(Date.UTC(2021, 0, 1) + today * DAY + i).toISOString(),
        effectiveAt: day(effective),
      }),
    );
  }
  return events;
}

describe('StrategyTimeline', () => {
  const events = history(1500, 42);
  const { tables, feed } = strategyTables();
  const timeline = new StrategyTimeline(tables, 50);
  // Fed in pages, as the projection writes them.
  for (let i = 0; i < events.length; i += 100) feed(events.slice(i, i + 100));
  const next = random(7);
  const lastDay = Math.ceil((Date.parse(events[events.length - 1].metadata.recordedAt) - Date.UTC(2021, 0, 1)) / DAY);

  it('answers every query exactly as a full fold of the events does, including backdated events and knownAt', () => {
    for (let i = 0; i < 120; i++) {
      const validDay = Math.floor(next() * (lastDay + 5));
      const knownMs = Date.UTC(2021, 0, 1) + Math.floor(next() * (lastDay + 5)) * DAY;
      const query: ResolvedTemporalQuery = {
        validBefore: Date.UTC(2021, 0, 1) + (validDay + 1) * DAY,
        knownBefore: i % 3 === 0 ? Number.MAX_SAFE_INTEGER : knownMs,
      };
      expect(timeline.documentAsOf(query)).toEqual(strategyAsOf(events, query));
    }
  });

  it('keeps the snapshots it made on disk, a snapshot every 50 records', () => {
    expect(tables.lastSnapshot()).toBeDefined();
    const again = new StrategyTimeline(tables, 50);
    const query = { validBefore: Number.MAX_SAFE_INTEGER, knownBefore: Number.MAX_SAFE_INTEGER };
    expect(again.documentAsOf(query)).toEqual(strategyAsOf(events, query));
  });

  it('prepares the snapshots that are due a chunk at a time, letting other work run between chunks (after a rebuild, after a backdated record)', async () => {
    const fresh = strategyTables();
    fresh.feed(events);
    const prepared = new StrategyTimeline(fresh.tables, 50);
    /** How many turns of the event loop other work had while the snapshots were made. */
    const turnsDuring = async (work: Promise<void>) => {
      let [turns, done] = [0, false];
      const tick = () => {
        if (done) return;
        turns++;
        setImmediate(tick);
      };
      setImmediate(tick);
      await work;
      done = true;
      return turns;
    };
    const all = () => [...fresh.tables.inTime(undefined, Number.MAX_SAFE_INTEGER)];
    // 1,500 records in chunks of 100.
    expect(await turnsDuring(prepared.prepare())).toBeGreaterThanOrEqual(14);
    expect(fresh.tables.lastSnapshot()?.position).toBe(Number(all()[1499].globalPosition));
    const query = { validBefore: Number.MAX_SAFE_INTEGER, knownBefore: Number.MAX_SAFE_INTEGER };
    expect(prepared.documentAsOf(query)).toEqual(strategyAsOf(events, query));

    // A record backdated to the third day drops nearly every snapshot; they are made again the same way.
    const backdated = { ...events[1], id: 'early', globalPosition: 300_000n, metadata: { ...events[1].metadata, effectiveAt: day(2) } };
    fresh.feed([backdated]);
    expect(fresh.tables.countAfter(fresh.tables.lastSnapshot(), 2000)).toBeGreaterThan(1400);
    expect(await turnsDuring(prepared.prepare())).toBeGreaterThanOrEqual(14);
    expect(fresh.tables.countAfter(fresh.tables.lastSnapshot(), 1000)).toBeLessThan(50);
    expect(prepared.documentAsOf(query)).toEqual(strategyAsOf([...events, backdated], query));
  });

  it('answers today from the fold it keeps of the newest records, and not for a date it did not fold or once a record arrives', () => {
    const fresh = strategyTables();
    const future: RecordedEvent = {
      ...events[1],
      id: 'future',
      globalPosition: 200_000n,
      streamId: 'goal-g-0',
      type: 'GoalReworded',
      data: { goalId: 'g-0', title: 'A later wording', previousTitle: '' } as never,
      metadata: { ...events[1].metadata, effectiveAt: '2099-01-01' },
    };
    const all = [...events, future];
    fresh.feed(all);
    const timeline = new StrategyTimeline(fresh.tables, 50);
    const at = (iso: string) => ({ validBefore: Date.parse(iso), knownBefore: Number.MAX_SAFE_INTEGER });
    for (const query of [at('2030-01-01'), at('2030-06-01'), at('2099-01-02'), at('2030-01-01')])
      expect(timeline.documentAsOf(query)).toEqual(strategyAsOf(all, query));
    const late = { ...future, id: 'late', globalPosition: 200_001n, metadata: { ...future.metadata, effectiveAt: '2029-01-01' } };
    fresh.feed([late]);
    expect(timeline.documentAsOf(at('2030-01-01'))).toEqual(strategyAsOf([...all, late], at('2030-01-01')));
    expect(timeline.documentAsOf(at('2030-01-01')).goals.get('g-0')).toMatchObject({ title: 'A later wording' });
  });

  it('stays exact when a backdated event arrives after snapshots were made, and drops the snapshots after it', () => {
    const late = history(1, 99)[0];
    const backdated: RecordedEvent = {
      ...late,
      id: 'late',
      globalPosition: 100_000n,
      data: { goalId: 'g-0', title: 'Backdated wording', previousTitle: '' } as never,
      type: 'GoalReworded',
      streamId: 'goal-g-0',
      metadata: { ...late.metadata, effectiveAt: day(3), recordedAt: '2030-01-01T00:00:00.000Z' },
    };
    const all = [...events, backdated];
    feed([backdated]);
    expect(tables.lastSnapshot()?.effective ?? 0).toBeLessThanOrEqual(Date.UTC(2021, 0, 1) + 3 * DAY);
    for (const validDay of [2, 3, 10, 200, lastDay]) {
      const query = { validBefore: Date.UTC(2021, 0, 1) + (validDay + 1) * DAY, knownBefore: Number.MAX_SAFE_INTEGER };
      expect(timeline.documentAsOf(query)).toEqual(strategyAsOf(all, query));
    }
  });
});
