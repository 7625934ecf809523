import type { EventMetadata, RecordedEvent } from '@app/event-store';
import { knownSince, startOf } from '@app/shared-kernel';
import type { Input } from '../domain/workshop.decider';

/**
 * What the strategy's read side keeps of one event: its own state, not the write side's. Of
 * the envelope only what the reads use: when it takes effect and was known (epoch ms, so no
 * date is parsed twice), its source and deciding sak; of an `InputsRegistered` only how many
 * inputs it registered: the inputs themselves (thousands a year) are kept by id in a table of
 * their own. Rounds are read from the log when asked for and are not kept here. Records are
 * kept in StrategyTables.
 */
export interface StrategyRecord {
  type: string;
  streamId: string;
  streamRevision: number;
  globalPosition: bigint;
  data: Record<string, unknown>;
  effective: number;
  known: number;
  metadata: Pick<EventMetadata, 'source' | 'decidedIn'>;
  /** The inputs a registration names, as it is written (to a table of their own); not read back with the record. */
  inputs?: readonly Input[];
}

/** The record of an event. */
export function strategyRecordOf(event: RecordedEvent): StrategyRecord {
  const { source, decidedIn } = event.metadata;
  const record = {
    type: event.type,
    streamId: event.streamId,
    streamRevision: Number(event.streamRevision),
    globalPosition: event.globalPosition,
    effective: startOf(event.metadata.effectiveAt, 'effectiveAt'),
    known: knownSince(event.metadata),
    metadata: { ...(source ? { source } : {}), ...(decidedIn ? { decidedIn } : {}) },
  };
  if (event.type !== 'InputsRegistered') return { ...record, data: event.data };
  const { workshopId, inputs } = event.data as unknown as { workshopId: string; inputs: Input[] };
  return { ...record, data: { workshopId, count: inputs.length }, inputs };
}
