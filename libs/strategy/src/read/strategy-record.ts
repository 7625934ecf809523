import type { EventMetadata, KeptKey, KeptRecords, RecordCodec, RecordedEvent } from '@app/event-store';
import { knownSince, startOf, type Source } from '@app/shared-kernel';
import type { Input } from '../domain/workshop.decider';

/**
 * What the strategy's read side keeps of one event: its own state, not the write side's. Of
 * the envelope only what the reads use: when it takes effect and was known (epoch ms, so no
 * date is parsed twice), its source and deciding sak; of an `InputsRegistered` only how many
 * inputs it registered: the inputs themselves (thousands a year) are keys on disk pointing at
 * their registration, whose text is read from the log when a lineage shows it. Rounds are read
 * from the log when asked for and are not kept here.
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

const NO_METADATA: StrategyRecord['metadata'] = Object.freeze({});

/** Strings and provenance that repeat across many events (types, stream ids; a page of a document and a deciding sak), kept once. */
export class StringTable {
  private readonly strings = new Map<string, string>();
  private readonly metadata = new Map<string, StrategyRecord['metadata']>();

  intern<T extends string | undefined>(value: T): T {
    if (value === undefined) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  /** The same source and deciding sak as one frozen object: the records citing them share it. */
  provenance(source: Source | undefined, decidedIn: string | undefined): StrategyRecord['metadata'] {
    if (!source && !decidedIn) return NO_METADATA;
    // The whole source as JSON: two provenances that differ in any member must never share a key.
    const key = JSON.stringify([decidedIn ?? null, source ?? null]);
    let kept = this.metadata.get(key);
    if (!kept) {
      kept = Object.freeze({ ...(source ? { source: Object.freeze({ ...source }) } : {}), ...(decidedIn ? { decidedIn } : {}) });
      this.metadata.set(key, kept);
    }
    return kept;
  }
}

/** The record of an event, and the keys of the inputs it registers. */
export function strategyRecordOf(event: RecordedEvent, strings: StringTable): { record: StrategyRecord; keys: KeptKey[] } {
  const { source, decidedIn } = event.metadata;
  const record = {
    type: strings.intern(event.type),
    streamId: strings.intern(event.streamId),
    streamRevision: Number(event.streamRevision),
    globalPosition: event.globalPosition,
    effective: startOf(event.metadata.effectiveAt, 'effectiveAt'),
    known: knownSince(event.metadata),
    metadata: strings.provenance(source, decidedIn),
  };
  if (event.type !== 'InputsRegistered') return { record: { ...record, data: event.data }, keys: [] };
  const { workshopId, inputs } = event.data as unknown as { workshopId: string; inputs: Input[] };
  return {
    record: { ...record, data: { workshopId: strings.intern(workshopId), count: inputs.length } },
    keys: inputs.map((input) => ({ kind: INPUT_KEY, key: input.inputId, position: event.globalPosition })),
  };
}

/**
 * A page of records as kept: what repeats across its records (types, streams, provenances) in
 * tables, and each record a JSON array pointing into them (no key names repeated a million
 * times, no source written once per event).
 */
interface KeptPage {
  strings: string[];
  provenances: StrategyRecord['metadata'][];
  /** [type, stream, revision, position, data, effective, known, provenance]: type, stream and provenance as indexes. */
  records: [number, number, number, number, Record<string, unknown>, number, number, number][];
}

/** Records as kept in the projection store, a page at a time; read back with their repeating strings and provenances kept once. */
export const strategyRecordCodec = (strings: StringTable): RecordCodec<StrategyRecord> => ({
  encode: (records) => {
    const page: KeptPage = { strings: [], provenances: [], records: [] };
    const indexOf = <T>(table: T[], at: Map<T, number>, value: T) => {
      let index = at.get(value);
      if (index === undefined) at.set(value, (index = table.push(value) - 1));
      return index;
    };
    // Provenances are shared objects (StringTable.provenance), so equal ones are found by identity.
    const [stringAt, provenanceAt] = [new Map<string, number>(), new Map<StrategyRecord['metadata'], number>()];
    for (const { type, streamId, streamRevision, globalPosition, data, effective, known, metadata } of records) {
      page.records.push([
        indexOf(page.strings, stringAt, type),
        indexOf(page.strings, stringAt, streamId),
        streamRevision,
        Number(globalPosition),
        data,
        effective,
        known,
        indexOf(page.provenances, provenanceAt, metadata),
      ]);
    }
    return page;
  },
  decode: (value) => {
    const page = value as KeptPage;
    const kept = page.strings.map((string) => strings.intern(string));
    const provenances = page.provenances.map((metadata) => strings.provenance(metadata.source, metadata.decidedIn));
    return page.records.map(([type, streamId, streamRevision, globalPosition, data, effective, known, provenance]) => {
      if (typeof data.workshopId === 'string') data.workshopId = strings.intern(data.workshopId);
      return {
        type: kept[type],
        streamId: kept[streamId],
        streamRevision,
        globalPosition: BigInt(globalPosition),
        data,
        effective,
        known,
        metadata: provenances[provenance],
      };
    });
  },
});

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
 * registration (in memory where there is no projection store: tests, tools). The registrations
 * are records of the read side; an input's text is read from its registration event in the log.
 */
export class InputRegistrations {
  private readonly inMemory = new Map<string, bigint[]>();
  /** The InputsRegistered records, in global order (they arrive so, and are restored so). */
  private readonly registrations: StrategyRecord[] = [];
  /** The inputs of registrations read lately, by position (events never change, so neither do these). */
  private readonly read = new Map<bigint, Input[]>();

  constructor(
    /** Reads `count` events of a stream from a revision on (from the log). */
    private readonly readEvents: (streamId: string, from: bigint, count: number) => Promise<RecordedEvent[]>,
    private readonly kept?: KeptRecords<StrategyRecord>,
  ) {}

  /** Takes a new record (the registrations among them) and the input keys of new events. */
  add(record: StrategyRecord, keys: readonly KeptKey[] = []): void {
    if (record.type === 'InputsRegistered') this.registrations.push(record);
    if (this.kept) return; // the projection writes the keys with its records
    for (const { key, position } of keys) {
      const positions = this.inMemory.get(key);
      if (positions) positions.push(position);
      else this.inMemory.set(key, [position]);
    }
  }

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
      const record = this.recordAt(position);
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
    if (this.kept) return this.kept.positionsOf(INPUT_KEY, inputIds);
    return new Map(inputIds.map((id) => [id, this.inMemory.get(id) ?? []]));
  }

  /** The registration record at a position (binary search: they are in global order). */
  private recordAt(position: bigint): StrategyRecord | undefined {
    let [low, high] = [0, this.registrations.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.registrations[mid].globalPosition < position) low = mid + 1;
      else high = mid;
    }
    return this.registrations[low]?.globalPosition === position ? this.registrations[low] : undefined;
  }
}
