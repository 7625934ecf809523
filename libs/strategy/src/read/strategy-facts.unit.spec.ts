import type { RecordedEvent } from '@app/event-store';
import { resolveTemporalQuery, ManualClock } from '@app/shared-kernel';
import { factKey } from './strategy-facts';
import type { StrategyRecord } from './strategy-record';
import { strategyTables } from '../../../../test/support/strategy-tables';

let position = 0n;
const event = (
  streamId: string,
  type: string,
  data: Record<string, unknown>,
  effectiveAt: string,
  recordedAt: string,
  documentedAt?: string,
): RecordedEvent => ({
  id: `e-${++position}`,
  type,
  streamId,
  streamRevision: 0n,
  globalPosition: position,
  data: data as RecordedEvent['data'],
  metadata: { recordedAt, effectiveAt, ...(documentedAt ? { documentedAt } : {}), actor: 'test', schemaVersion: 1, dataHash: '', hash: '' },
});
const query = (validAt?: string, knownAt?: string) => resolveTemporalQuery({ validAt, knownAt }, new ManualClock('2026-11-28T12:00:00Z'));
// Ids are e-<position>: the records the index hands back are named by their position.
const types = (records: StrategyRecord[]) => records.map((r) => `${r.type} e-${r.globalPosition}`);

describe('the facts behind each value of a strategy entity', () => {
  const { tables, feed } = strategyTables();
  const facts = { latest: (entity: string, q: ReturnType<typeof query>) => tables.latestFacts(entity, q) };
  const drafted = event(
    'goal-mal-2-2',
    'GoalDrafted',
    { goalId: 'mal-2-2', fromChangeAreas: [], derivedFromGoals: [] },
    '2022-02-04',
    '2026-11-25T10:00:00Z',
    '2022-02-04',
  );
  const reworded = event('goal-mal-2-2', 'GoalReworded', { goalId: 'mal-2-2' }, '2022-03-01', '2026-11-25T10:01:00Z');
  const backdated = event('goal-mal-2-2', 'GoalReworded', { goalId: 'mal-2-2' }, '2022-02-10', '2026-11-26T09:00:00Z');
  const measure1 = event('goal-mal-5', 'MeasureAdded', { goalId: 'mal-5', measureCode: '5.1' }, '2022-03-22', '2026-11-25T10:00:00Z');
  const measure2 = event('goal-mal-5', 'MeasureAdded', { goalId: 'mal-5', measureCode: '5.2' }, '2022-03-22', '2026-11-25T10:00:01Z');
  feed([drafted, reworded, backdated, measure1, measure2]);

  it('names the entity a stream is about', () => {
    expect([factKey('goal-mal-2-2'), factKey('change-area-pasientinformasjon'), factKey('strategy-vision')]).toEqual([
      'goal:mal-2-2',
      'change-area:pasientinformasjon',
      'vision',
    ]);
  });

  it('given rewordings, the latest effective one by the date asked stands behind the title, a backdated one in its place', () => {
    expect(types(facts.latest('goal:mal-2-2', query('2022-02-05')))).toEqual(['GoalDrafted e-1']);
    expect(types(facts.latest('goal:mal-2-2', query('2022-02-20')))).toEqual(['GoalDrafted e-1', 'GoalReworded e-3']);
    expect(types(facts.latest('goal:mal-2-2', query('2022-06-01')))).toEqual(['GoalDrafted e-1', 'GoalReworded e-2']);
  });

  it('as known at a time: what was documented (or recorded) later is not seen', () => {
    expect(types(facts.latest('goal:mal-2-2', query('2022-02-20', '2026-11-25T12:00:00Z')))).toEqual(['GoalDrafted e-1']);
    expect(facts.latest('goal:mal-2-2', query('2022-06-01', '2022-02-03'))).toEqual([]);
    expect(types(facts.latest('goal:mal-2-2', query('2022-06-01', '2022-02-04')))).toEqual(['GoalDrafted e-1']);
  });

  it('keeps one fact per measure, not only the last measure', () => {
    expect(types(facts.latest('goal:mal-5', query()))).toEqual(['MeasureAdded e-4', 'MeasureAdded e-5']);
  });
});
