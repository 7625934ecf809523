import { deferred } from '@app/shared-kernel';

/**
 * The stand-in's storage: an in-memory transaction log with EventStoreDB's append rules.
 * Positions grow like byte offsets (not by one), commit = prepare for each event, and the
 * log carries system events (`$`-prefixed streams and types) between user events, as a real
 * node's `$all` does.
 */
export interface StoredEvent {
  streamId: string;
  revision: bigint;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, as the server reports `created`. */
  created: bigint;
  position: bigint;
}

export type ProposedEvent = Pick<StoredEvent, 'id' | 'type' | 'contentType' | 'data' | 'customMetadata'>;
export type Expected = 'any' | 'no_stream' | 'stream_exists' | bigint;
export type Current = bigint | 'no_stream';

export type AppendOutcome = { ok: true; currentRevision: bigint; position: bigint } | { ok: false; expected: Expected; current: Current };

const TICKS_PER_MS = 10_000n;
/** A `$statsCollected` event is written after this many user appends, as a node does periodically. */
const STATS_EVERY = 3;

export class StandInLog {
  /** Every event, in `$all` order. */
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private nextPosition = 0n;
  private userAppends = 0;
  private appended = deferred();

  constructor() {
    this.write('$epochs', [systemEvent('$epoch-information', { epochNumber: 0 })]);
    this.write('$settings', [systemEvent('$settings', { $userStreamAcl: {} })]);
  }

  stream(streamId: string): readonly StoredEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  /** Resolves at the next append; take it before reading to miss nothing. */
  nextAppend(): Promise<void> {
    return this.appended.promise;
  }

  append(streamId: string, expected: Expected, proposed: ProposedEvent[]): AppendOutcome {
    const events = this.stream(streamId);
    const current: Current = events.length ? BigInt(events.length - 1) : 'no_stream';

    const retried = this.earlierWriteOf(events, proposed, expected);
    if (retried) return retried;
    if (!accepts(expected, current)) return { ok: false, expected, current };

    const written = this.write(streamId, proposed);
    if (++this.userAppends % STATS_EVERY === 0) {
      this.write('$stats-127.0.0.1:2113', [systemEvent('$statsCollected', { 'proc-mem': 123456 })]);
    }
    return { ok: true, currentRevision: written.revision, position: written.position };
  }

  /**
   * EventStoreDB answers a retried write (same event ids, at the place the expected revision
   * points to) with the original result instead of writing twice.
   */
  private earlierWriteOf(events: readonly StoredEvent[], proposed: ProposedEvent[], expected: Expected): AppendOutcome | undefined {
    const first = events.findIndex((event) => event.id === proposed[0]?.id);
    if (first < 0) return undefined;
    const before: Current = first === 0 ? 'no_stream' : BigInt(first - 1);
    const matches = proposed.every((event, i) => events[first + i]?.id === event.id);
    if (!matches || !(expected === 'any' || expected === 'stream_exists' || expected === before)) return undefined;
    const last = events[first + proposed.length - 1];
    return { ok: true, currentRevision: last.revision, position: last.position };
  }

  private write(streamId: string, proposed: ProposedEvent[]): StoredEvent {
    const events = this.streams.get(streamId) ?? [];
    this.streams.set(streamId, events);
    let last!: StoredEvent;
    for (const event of proposed) {
      last = {
        ...event,
        streamId,
        revision: BigInt(events.length),
        created: BigInt(Date.now()) * TICKS_PER_MS,
        position: this.nextPosition,
      };
      this.nextPosition += BigInt(128 + event.data.length + event.customMetadata.length);
      events.push(last);
      this.all.push(last);
    }
    const previous = this.appended;
    this.appended = deferred();
    previous.resolve();
    return last;
  }
}

function accepts(expected: Expected, current: Current): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === 'no_stream';
  if (expected === 'stream_exists') return current !== 'no_stream';
  return current === expected;
}

function systemEvent(type: string, data: object): ProposedEvent {
  return {
    id: crypto.randomUUID(),
    type,
    contentType: 'application/json',
    data: Buffer.from(JSON.stringify(data)),
    customMetadata: new Uint8Array(),
  };
}
