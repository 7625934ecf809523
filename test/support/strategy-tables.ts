import { ProjectionStore, type KeptRecords, type RecordedEvent } from '@app/event-store';
import { strategyRecordOf, type StrategyRecord } from '../../libs/strategy/src/read/strategy-record';
import { StrategyTables } from '../../libs/strategy/src/read/strategy-tables';

/**
 * The strategy read side's tables in a projection store in memory, fed as the read model feeds
 * them: each event's record, kept with the checkpoint.
 */
export function strategyTables(): {
  tables: StrategyTables;
  kept: KeptRecords<StrategyRecord>;
  feed: (events: readonly RecordedEvent[]) => void;
} {
  const { kept, tables } = new ProjectionStore(':memory:').keptInTables<StrategyRecord, StrategyTables>(
    'strategy',
    1,
    (db) => new StrategyTables(db),
  );
  const feed = (events: readonly RecordedEvent[]) => {
    kept.keep(events.map(strategyRecordOf), { position: events.at(-1)?.globalPosition });
  };
  return { tables, kept, feed };
}
