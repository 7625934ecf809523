import type { EventMetadata, KeptKey, KeptRecords, RecordedEvent } from '@app/event-store';
import { knownSince, startOf } from '@app/shared-kernel';
import type { Input } from '../domain/workshop.decider';
import type { StrategyTables } from './strategy-tables';

/**
 * What the strategy's read side keeps of one event: its own state, not the write side's. Of
 * the envelope only what the reads use: when it takes effect and was known (epoch ms, so no
 * date is parsed twice), its source and deciding sak; of an `InputsRegistered` only how many
 * inputs it registered: the inputs themselves (thousands a year) are keys on disk pointing at
 * their registration, whose text is read from the log when a lineage shows it. Rounds are read
 * from the log when asked for and are not kept here. Records are kept in StrategyTables.
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
}

export const INPUT_KEY = 'input';
/** How many registrations' inputs are kept once read (about five inputs each). */
const REGISTRATIONS_KEPT = 50_000;

/** The record of an event, and the keys of the inputs it registers. */
export function strategyRecordOf(event: RecordedEvent): { record: StrategyRecord; keys: KeptKey[] } {
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
  if (event.type !== 'InputsRegistered') return { record: { ...record, data: event.data }, keys: [] };
  const { workshopId, inputs } = event.data as unknown as { workshopId: string; inputs: Input[] };
  return {
    record: { ...record, data: { workshopId, count: inputs.length } },
    keys: inputs.map((input) => ({ kind: INPUT_KEY, key: input.inputId, position: event.globalPosition })),
  };
}

/** An input as the lineage shows it: its text, and when the registration that named it took effect and was known. */
export interface InputRegistration {
  text: string;
  effective: number;
  known: number;
  globalPosition: bigint;
}

/** A registration's events read together with its neighbours in the stream when at most this many lie between. */
const READ_ACROSS = 8;

/**
 * The inputs registered so far, by id: keys on disk in the projection store pointing at their
 * registration. The registrations are records of the read side; an input's text is read from
 * its registration event in the log.
 */
export class InputRegistrations {
  /** The inputs of registrations read lately, by position (events never change, so neither do these). */
  private readonly read = new Map<bigint, Input[]>();

  constructor(
    /** Reads `count` events of a stream from a revision on (from the log). */
    private readonly readEvents: (streamId: string, from: bigint, count: number) => Promise<RecordedEvent[]>,
    private readonly kept: KeptRecords<StrategyRecord>,
    private readonly tables: StrategyTables,
  ) {}

  /** The ids no workshop has registered. */
  unregistered(inputIds: readonly string[]): string[] {
    const found = this.positionsOf(inputIds);
    return inputIds.filter((id) => !found.get(id)?.length);
  }

  /** Each input's registrations (with its text as registered), in the order they were written. */
  async of(inputIds: readonly string[]): Promise<Map<string, InputRegistration[]>> {
    const positions = this.positionsOf(inputIds);
    const records = new Map<bigint, StrategyRecord>();
    for (const position of [...positions.values()].flat()) {
      const record = this.tables.recordAt(position);
      if (record) records.set(position, record);
    }
    const inputs = await this.inputsOf([...records.values()]);
    const found = new Map<string, InputRegistration[]>();
    for (const inputId of inputIds) {
      const registrations: InputRegistration[] = [];
      for (const position of positions.get(inputId) ?? []) {
        const record = records.get(position);
        const input = record && inputs.get(position)?.find((i) => i.inputId === inputId);
        if (record && input)
          registrations.push({ text: input.text, effective: record.effective, known: record.known, globalPosition: position });
      }
      found.set(inputId, registrations);
    }
    return found;
  }

  /**
   * The inputs these registrations name, by position: those read lately from memory, the others
   * from the log, a stream's neighbouring registrations in one read (a lineage meets hundreds
   * registered in bulk), and kept among the latest read.
   */
  private async inputsOf(records: readonly StrategyRecord[]): Promise<Map<bigint, Input[]>> {
    const found = new Map<bigint, Input[]>();
    const toRead = new Map<string, StrategyRecord[]>();
    for (const record of records) {
      const inputs = this.read.get(record.globalPosition);
      if (inputs) {
        found.set(record.globalPosition, inputs);
        this.keep(record.globalPosition, inputs); // now the most recently used
      } else {
        const ofStream = toRead.get(record.streamId);
        if (ofStream) ofStream.push(record);
        else toRead.set(record.streamId, [record]);
      }
    }
    for (const [streamId, wanted] of toRead) {
      wanted.sort((a, b) => a.streamRevision - b.streamRevision);
      for (let first = 0; first < wanted.length;) {
        let last = first;
        while (last + 1 < wanted.length && wanted[last + 1].streamRevision - wanted[last].streamRevision <= READ_ACROSS) last++;
        const from = wanted[first].streamRevision;
        const events = await this.readEvents(streamId, BigInt(from), wanted[last].streamRevision - from + 1);
        const byRevision = new Map(events.map((event) => [Number(event.streamRevision), event]));
        for (const record of wanted.slice(first, last + 1)) {
          const inputs = (byRevision.get(record.streamRevision)?.data.inputs as Input[] | undefined) ?? [];
          found.set(record.globalPosition, inputs);
          this.keep(record.globalPosition, inputs);
        }
        first = last + 1;
      }
    }
    return found;
  }

  private keep(position: bigint, inputs: Input[]): void {
    this.read.delete(position); // re-inserted below: the first key stays the least recently used
    if (this.read.size >= REGISTRATIONS_KEPT) this.read.delete(this.read.keys().next().value as bigint);
    this.read.set(position, inputs);
  }

  private positionsOf(inputIds: readonly string[]): Map<string, bigint[]> {
    return this.kept.positionsOf(INPUT_KEY, inputIds);
  }
}
