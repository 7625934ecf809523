import { BACKWARDS, END, EventStoreDBClient, FORWARDS, NotLeaderError, START, excludeSystemEvents } from '@eventstore/db-client';
import type { EventToAppend, RecordedEvent } from '../../port/event-envelope';
import { EventStoreUnavailable } from '../../port/event-store-errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamsOptions,
  StreamsPage,
  ReadStreamOptions,
  SubscribeToAllOptions,
  Subscription,
} from '../../port/event-store.port';
import { fromResolvedEvent, mapEsdbError, toEsdbEvent, toEsdbExpectedRevision, toEsdbPosition } from './eventstoredb-mapping';

/**
 * A call the node refused as not the leader is made once more: the client has reconnected to the
 * leader the refusal named. A second refusal (an election under way) reaches the caller as 503.
 */
async function onLeader<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof NotLeaderError) return call();
    throw error;
  }
}

/** How long a call may go without an answer unless configured (the client's own default for appends). */
const DEFAULT_DEADLINE_MS = 10_000;

/** How many raw `$all` entries to fetch per round while skipping system events. */
const READ_ALL_BATCH = 500;

/**
 * The production store: EventStoreDB through the official gRPC client. This is the only
 * file that talks to `@eventstore/db-client` at run time, so moving to its successor
 * `@kurrent/kurrentdb-client` is a change here and in the mapping beside it.
 */
export class EventStoreDbEventStore implements EventStore {
  constructor(
    private readonly client: EventStoreDBClient,
    /** How long a call may go without an answer: the client gives appends a deadline, but reads none. */
    private readonly deadlineMs = DEFAULT_DEADLINE_MS,
  ) {}

  static fromConnectionString(connectionString: string, deadlineMs?: number): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), deadlineMs);
  }

  /**
   * The events of a read as they come, given up with EventStoreUnavailable when the node sends
   * nothing for `deadlineMs` (a stalled node would otherwise hold every HTTP read for ever).
   */
  private async *answered<T>(read: AsyncIterable<T> & { destroy(error?: Error): unknown }, what: string): AsyncGenerator<T> {
    const stalled = () =>
      read.destroy(new EventStoreUnavailable(`EventStoreDB sent nothing for ${this.deadlineMs} ms while reading ${what}`));
    let timer = setTimeout(stalled, this.deadlineMs);
    try {
      for await (const item of read) {
        clearTimeout(timer);
        yield item;
        timer = setTimeout(stalled, this.deadlineMs);
      }
    } finally {
      clearTimeout(timer);
    }
  }

  async append(streamId: string, events: EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    try {
      // Appending the same event ids again is idempotent, so a retry on the leader cannot double them.
      const result = await onLeader(() =>
        this.client.appendToStream(streamId, events.map(toEsdbEvent), {
          expectedRevision: toEsdbExpectedRevision(options.expectedRevision),
          deadline: this.deadlineMs,
        }),
      );
      const position = result.position?.commit ?? (await this.positionOf(streamId, result.nextExpectedRevision));
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error) {
      throw mapEsdbError(error, streamId);
    }
  }

  /**
   * Where an appended event stands in the log, read back: a server may acknowledge an append
   * without its position (the append succeeded; only the answer is short).
   */
  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    const [event] = await this.readStream(streamId, { direction: 'backwards', fromRevision: revision, maxCount: 1 });
    if (event?.streamRevision !== revision)
      throw new EventStoreUnavailable(
        `EventStoreDB acknowledged ${streamId}@${revision} without a position, and it could not be read back`,
      );
    return event.globalPosition;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const readOnce = async () => {
      const events: RecordedEvent[] = [];
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: from === 'start' ? START : from === 'end' ? END : from,
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      for await (const resolved of this.answered(read, streamId)) {
        const event = fromResolvedEvent(resolved);
        if (event) events.push(event);
      }
      return events;
    };
    try {
      return await onLeader(readOnce);
    } catch (error) {
      throw mapEsdbError(error, streamId);
    }
  }

  /**
   * `$all` also holds system events, which a page would count; read in batches until
   * `maxCount` user events are found or the log ends, so a short page always means the end.
   */
  async readAll({ after, maxCount, types }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    if (types?.length === 0) return []; // no type asked for: nothing to find, no need to read the log
    return (await this.scanAll(after, maxCount, types ? (event) => types.includes(event.type) : () => true)).events;
  }

  /** This client's reads of `$all` take no server-side filter (only subscriptions do), so filters run here. */
  async readStreams({ prefixes, after, maxCount }: ReadStreamsOptions): Promise<StreamsPage> {
    if (prefixes.length === 0) return { events: [], scannedTo: after };
    return this.scanAll(after, maxCount, (event) => prefixes.some((prefix) => event.streamId.startsWith(prefix)));
  }

  /** Reads `$all` after a position until `maxCount` kept events or the end; `scannedTo` is how far it looked. */
  private async scanAll(
    after: bigint | undefined,
    maxCount = Number.POSITIVE_INFINITY,
    keep: (event: RecordedEvent) => boolean,
  ): Promise<StreamsPage> {
    const events: RecordedEvent[] = [];
    let cursor = after;
    let scannedTo = after;
    try {
      while (events.length < maxCount) {
        let raw = 0;
        const read = this.client.readAll({ fromPosition: cursor === undefined ? START : toEsdbPosition(cursor), maxCount: READ_ALL_BATCH });
        for await (const resolved of this.answered(read, '$all')) {
          raw++;
          const commit = resolved.event?.position.commit;
          if (commit === undefined || (cursor !== undefined && commit <= cursor)) continue; // fromPosition is inclusive
          cursor = commit;
          if (events.length >= maxCount) continue; // the batch is read to its end; what is past the page stays unscanned
          scannedTo = commit;
          const event = fromResolvedEvent(resolved);
          if (event && keep(event)) events.push(event);
        }
        if (raw < READ_ALL_BATCH) break;
      }
    } catch (error) {
      throw mapEsdbError(error);
    }
    return { events, scannedTo };
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    const subscription = this.client.subscribeToAll({
      fromPosition: options.after === undefined ? START : toEsdbPosition(options.after),
      filter: excludeSystemEvents(),
    });
    let closed = false;
    async function* deliver(): AsyncGenerator<RecordedEvent> {
      try {
        for await (const resolved of subscription) {
          const event = fromResolvedEvent(resolved);
          if (event) yield event;
        }
      } catch (error) {
        if (closed) return; // our own close() tore the stream down
        throw mapEsdbError(error);
      }
    }
    const iterator = deliver();
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        closed = true;
        await subscription.unsubscribe();
        // Cancelling the gRPC call does not end the client's readable; end it so `for await` returns.
        subscription.destroy();
      },
    };
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}
