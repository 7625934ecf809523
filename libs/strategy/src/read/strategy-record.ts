import type { EventMetadata, KeptDocument, KeptRecords, RecordCodec, RecordedEvent } from '@app/event-store';
import { knownSince, startOf } from '@app/shared-kernel';
import type { Input } from '../domain/workshop.decider';

/**
 * What the strategy's read side keeps of one event: its own state, not the write side's. Of
 * the envelope only what the reads use (when it takes effect and was known, its source and
 * deciding sak); of an `InputsRegistered` only how many inputs it registered: the inputs
 * themselves (thousands a year) are kept as documents on disk and looked up by id
 * (InputRegistrations). Rounds are read from the log when asked for and are not kept here.
 */
export interface StrategyRecord {
  type: string;
  streamId: string;
  globalPosition: bigint;
  data: Record<string, unknown>;
  metadata: Pick<EventMetadata, 'effectiveAt' | 'recordedAt' | 'documentedAt' | 'source' | 'decidedIn'>;
}

/** An input as registered, for the lineage's input nodes and the check that merged inputs exist. */
export interface InputRegistration {
  text: string;
  /** Effective and knowledge time (epoch ms) and global position of the registering event. */
  effective: number;
  known: number;
  position: string;
}

export const INPUT_DOCUMENT = 'input';

/** Strings that repeat across many events (types, stream ids, dates), kept once. */
export class StringTable {
  private readonly strings = new Map<string, string>();

  intern<T extends string | undefined>(value: T): T {
    if (value === undefined) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }
}

/** The record of an event, and the documents of the inputs it registers. */
export function strategyRecordOf(event: RecordedEvent, strings: StringTable): { record: StrategyRecord; documents: KeptDocument[] } {
  const { effectiveAt, recordedAt, documentedAt, source, decidedIn } = event.metadata;
  const metadata: StrategyRecord['metadata'] = {
    effectiveAt: strings.intern(effectiveAt),
    recordedAt,
    ...(documentedAt ? { documentedAt: strings.intern(documentedAt) } : {}),
    ...(source ? { source } : {}),
    ...(decidedIn ? { decidedIn: strings.intern(decidedIn) } : {}),
  };
  const record = { type: strings.intern(event.type), streamId: strings.intern(event.streamId), globalPosition: event.globalPosition };
  if (event.type !== 'InputsRegistered') return { record: { ...record, data: event.data, metadata }, documents: [] };
  const { workshopId, inputs } = event.data as unknown as { workshopId: string; inputs: Input[] };
  const at = {
    effective: startOf(effectiveAt, 'effectiveAt'),
    known: knownSince(event.metadata),
    position: event.globalPosition.toString(),
  };
  return {
    record: { ...record, data: { workshopId: strings.intern(workshopId), count: inputs.length }, metadata },
    documents: inputs.map((input) => ({
      kind: INPUT_DOCUMENT,
      key: input.inputId,
      position: event.globalPosition,
      value: { text: input.text, ...at } satisfies InputRegistration,
    })),
  };
}

/** Records as kept in the projection store; read back with their repeating strings kept once. */
export const strategyRecordCodec = (strings: StringTable): RecordCodec<StrategyRecord> => ({
  encode: (record) => JSON.stringify({ ...record, globalPosition: record.globalPosition.toString() }),
  decode: (json) => {
    const { type, streamId, globalPosition, data, metadata } = JSON.parse(json) as Omit<StrategyRecord, 'globalPosition'> & {
      globalPosition: string;
    };
    return {
      type: strings.intern(type),
      streamId: strings.intern(streamId),
      globalPosition: BigInt(globalPosition),
      data: typeof data.workshopId === 'string' ? { ...data, workshopId: strings.intern(data.workshopId) } : data,
      metadata: {
        ...metadata,
        effectiveAt: strings.intern(metadata.effectiveAt),
        documentedAt: strings.intern(metadata.documentedAt),
        decidedIn: strings.intern(metadata.decidedIn),
      },
    };
  },
});

/**
 * The inputs registered so far, by id: on disk in the projection store when the strategy's read
 * side is kept there (the inputs are written with its records), else in memory (tests, tools).
 */
export class InputRegistrations {
  private readonly inMemory = new Map<string, InputRegistration[]>();

  constructor(private readonly kept?: KeptRecords<StrategyRecord>) {}

  /** Takes the input documents of newly read events (written to disk by the projection itself). */
  add(documents: readonly KeptDocument[]): void {
    if (this.kept) return;
    for (const { key, value } of documents) {
      const list = this.inMemory.get(key);
      if (list) list.push(value as InputRegistration);
      else this.inMemory.set(key, [value as InputRegistration]);
    }
  }

  /** Each input's registrations, in the order they were written. */
  of(inputIds: readonly string[]): Map<string, InputRegistration[]> {
    if (this.kept) return this.kept.documents(INPUT_DOCUMENT, inputIds) as Map<string, InputRegistration[]>;
    return new Map(inputIds.map((id) => [id, this.inMemory.get(id) ?? []]));
  }

  /** The ids no workshop has registered. */
  unregistered(inputIds: readonly string[]): string[] {
    const found = this.of(inputIds);
    return inputIds.filter((id) => !found.get(id)?.length);
  }
}
