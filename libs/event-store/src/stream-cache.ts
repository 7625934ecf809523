import { resolveTemporalQuery, type Clock, type ResolvedTemporalQuery, type TemporalQuery } from '@app/shared-kernel';
import type { RecordedEvent } from './port/event-envelope';
import { StreamNotFound } from './port/event-store-errors';
import type { EventLog } from './event-log';
import type { KeptEvents, ProjectionCheckpoint } from './projections/projection-store';
import type { ReadModel } from './read-model-registry';

const PAGE = 5000;

/**
 * A bounded context's events (the streams with its prefixes, filtered in the store), kept in
 * memory by stream and in global order, fed from the store by global position (never from
 * the in-process event bus, so replays and other processes' writes arrive too). `catchUp()`
 * reads what was appended since the last position, so a query that calls it first sees every
 * write acknowledged before it: read-your-writes by construction, no waiting in tests.
 * Idempotent by position: an event is taken once.
 *
 * Given `kept`, the cache is a kept projection: each page of new events is written to the
 * projection store with the checkpoint, so after a restart it reads back what it kept and only
 * the log's tail after the checkpoint.
 */
export class StreamCache {
  private position: bigint | undefined;
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly ordered: RecordedEvent[] = [];
  private lastEvent: ProjectionCheckpoint['lastEvent'];
  private queue: Promise<void> = Promise.resolve();
  /** Whether what was kept has been taken back (on the first catch-up, not before). */
  private restored = false;

  constructor(
    private readonly log: EventLog,
    private readonly prefixes: readonly string[],
    /** Told of each new event of these streams, once, in global order (to maintain indexes). */
    private readonly onEvent: (event: RecordedEvent) => void = () => undefined,
    private readonly kept?: KeptEvents,
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
      hasUnread: async () => (await this.log.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: 1 })).events.length > 0,
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
    if (this.kept && !this.restored) await this.restore(this.kept);
    this.restored = true;
    for (;;) {
      const { events, scannedTo } = await this.log.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: PAGE });
      const before = this.position;
      const fresh = events.filter((event) => this.apply(event));
      // Past other streams' events too, so the next catch-up starts where this one looked last.
      if (scannedTo !== undefined && (this.position === undefined || scannedTo > this.position)) this.position = scannedTo;
      if (this.kept && this.position !== before) this.kept.keep(fresh, { position: this.position, lastEvent: this.lastEvent });
      if (events.length < PAGE) return;
    }
  }

  /**
   * Takes back what the projection kept, if the log still holds its last kept event (a log
   * replaced under the projection store would otherwise go unnoticed); else starts afresh.
   */
  private async restore(kept: KeptEvents): Promise<void> {
    const { checkpoint, events } = kept.restore();
    if (!checkpoint.lastEvent || !(await this.holds(checkpoint.lastEvent))) {
      kept.clear();
      return;
    }
    for (const event of events) this.apply(event);
    this.position = checkpoint.position;
  }

  private async holds({ streamId, revision, id }: NonNullable<ProjectionCheckpoint['lastEvent']>): Promise<boolean> {
    try {
      const [event] = await this.log.store.readStream(streamId, { fromRevision: revision, maxCount: 1 });
      return event?.id === id;
    } catch (error) {
      if (error instanceof StreamNotFound) return false;
      throw error;
    }
  }

  /** Takes one event of the log; says whether it was new and of these streams. */
  private apply(event: RecordedEvent): boolean {
    if (this.position !== undefined && event.globalPosition <= this.position) return false;
    this.position = event.globalPosition;
    if (!this.prefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
    const events = this.streams.get(event.streamId) ?? [];
    events.push(event);
    this.streams.set(event.streamId, events);
    this.ordered.push(event);
    this.lastEvent = { streamId: event.streamId, revision: event.streamRevision, id: event.id };
    this.onEvent(event);
    return true;
  }
}
