import { resolveTemporalQuery, type Clock, type ResolvedTemporalQuery, type TemporalQuery } from '@app/shared-kernel';
import type { RecordedEvent } from './port/event-envelope';
import type { EventStore } from './port/event-store.port';
import type { ReadModel } from './read-model-registry';

const PAGE = 5000;

/**
 * A bounded context's events (the streams with its prefixes, filtered in the store), kept in
 * memory by stream and in global order, fed from the store by global position (never from
 * the in-process event bus, so replays and other processes' writes arrive too). `catchUp()`
 * reads what was appended since the last position, so a query that calls it first sees every
 * write acknowledged before it: read-your-writes by construction, no waiting in tests.
 * Idempotent by position: an event is taken once.
 */
export class StreamCache {
  private position: bigint | undefined;
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly ordered: RecordedEvent[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly prefixes: readonly string[],
    /** Told of each new event of these streams, once, in global order (to maintain indexes). */
    private readonly onEvent: (event: RecordedEvent) => void = () => undefined,
  ) {}

  /** Serialised, so concurrent queries neither skip nor double-apply a page. */
  catchUp(): Promise<void> {
    this.queue = this.queue.then(() => this.readNewEvents());
    return this.queue;
  }

  /**
   * What every read does first: check the query (a bad date is a 400 before any I/O), then
   * catch up, so the answer includes every write acknowledged before the read.
   */
  async readyFor(query: TemporalQuery, clock: Clock, fields?: Parameters<typeof resolveTemporalQuery>[2]): Promise<ResolvedTemporalQuery> {
    const resolved = resolveTemporalQuery(query, clock, fields);
    await this.catchUp();
    return resolved;
  }

  /**
   * This cache as a read model the app catches up before it reports ready; `afterCatchUp`
   * builds what a first query would (e.g. the strategy timeline's checkpoints).
   */
  asReadModel(name: string, afterCatchUp: () => void = () => undefined): ReadModel {
    return {
      name,
      warmUp: async () => {
        await this.catchUp();
        afterCatchUp();
      },
      position: () => this.position,
      hasUnread: async () =>
        (await this.store.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: 1 })).events.length > 0,
    };
  }

  stream(streamId: string): readonly RecordedEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  streamIds(prefix: string): string[] {
    return [...this.streams.keys()].filter((id) => id.startsWith(prefix));
  }

  /** Every cached event, in global (append) order. */
  all(): readonly RecordedEvent[] {
    return this.ordered;
  }

  private async readNewEvents(): Promise<void> {
    for (;;) {
      const { events, scannedTo } = await this.store.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: PAGE });
      for (const event of events) this.apply(event);
      // Past other streams' events too, so the next catch-up starts where this one looked last.
      if (scannedTo !== undefined && (this.position === undefined || scannedTo > this.position)) this.position = scannedTo;
      if (events.length < PAGE) return;
    }
  }

  private apply(event: RecordedEvent): void {
    if (this.position !== undefined && event.globalPosition <= this.position) return;
    this.position = event.globalPosition;
    if (!this.prefixes.some((prefix) => event.streamId.startsWith(prefix))) return;
    const events = this.streams.get(event.streamId) ?? [];
    events.push(event);
    this.streams.set(event.streamId, events);
    this.ordered.push(event);
    this.onEvent(event);
  }
}
