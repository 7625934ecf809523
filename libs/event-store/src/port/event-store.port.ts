import type { EventToAppend, RecordedEvent } from './event-envelope';

/**
 * Optimistic concurrency for an append:
 *   - `'no_stream'`: the stream must not exist yet (natural keys: one sak number, one stream);
 *   - `'stream_exists'`: it must exist, at any revision;
 *   - `'any'`: no check;
 *   - a bigint n: the last event in the stream must be at revision n.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | bigint;

export interface AppendResult {
  /** Revision of the last event now in the stream (pass it as the next expected revision). */
  nextExpectedRevision: bigint;
  /** Global position of the last event written. */
  position: bigint;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start: a revision, or `'start'`/`'end'`. Default: start (forwards) or end (backwards). */
  fromRevision?: bigint | 'start' | 'end';
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. Default: from the beginning. */
  after?: bigint;
  /** At most this many events (of the types asked for, if any). */
  maxCount?: number;
  /** Only events of these types (e.g. `DecisionAdopted`), filtered in the store where it can. */
  types?: readonly string[];
}

export interface ReadStreamsOptions {
  /** Streams whose id starts with one of these (a bounded context's categories: `sak-`, `meeting-`). */
  prefixes: readonly string[];
  /** Exclusive: events strictly after this global position. Default: from the beginning. */
  after?: bigint;
  /** At most this many events of those streams. */
  maxCount?: number;
}

export interface StreamsPage {
  events: RecordedEvent[];
  /**
   * How far the store looked, events of other streams included: pass it as the next `after`,
   * so a reader that is up to date does not scan other streams' events again.
   */
  scannedTo: bigint | undefined;
}

export interface SubscribeToAllOptions {
  /** Exclusive: deliver events strictly after this position (a projection's checkpoint). */
  after?: bigint;
}

/** A catch-up subscription: stored events first, then live ones, in global order, until closed. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/**
 * The event store port. The core depends on this interface only; adapters live in
 * `adapters/` (the embedded SQLite file and EventStoreDB) and must all pass the contract
 * suite in `test/contract/event-store.contract.ts`.
 *
 * Only user events are visible through the port: stores that keep system events (such as
 * EventStoreDB's `$`-prefixed streams and types) filter them out.
 */
export interface EventStore {
  /**
   * Appends events atomically at the end of a stream.
   *
   * Idempotent: re-appending events whose ids are already stored in this stream at the
   * place the expected revision points to returns the original result and writes nothing.
   *
   * @throws WrongExpectedRevision when the stream is not at `expectedRevision`.
   */
  append(streamId: string, events: EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;

  /** @throws StreamNotFound when the stream has no events. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** Events of every stream in global (append) order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /**
   * Events of the streams with the given prefixes, in global order, filtered in the store where
   * it can (before decoding anything), with the position the read got to.
   */
  readStreams(options: ReadStreamsOptions): Promise<StreamsPage>;

  /** Catch-up subscription to every stream; close it to stop. Consume with `for await`. */
  subscribeToAll(options?: SubscribeToAllOptions): Subscription;

  /** Releases connections and file handles; pending subscriptions end. */
  close(): Promise<void>;
}
