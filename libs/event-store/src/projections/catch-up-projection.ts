import { resolveTemporalQuery, type Clock, type ResolvedTemporalQuery, type TemporalQuery } from '@app/shared-kernel';
import type { EventLog } from '../event-log';
import type { RecordedEvent } from '../port/event-envelope';
import { StreamNotFound } from '../port/event-store-errors';
import type { ReadModel } from '../read-model-registry';
import type { KeptDocument, KeptRecords, ProjectionCheckpoint } from './projection-store';

const PAGE = 5000;

/** What a projection keeps of an event: at least where it stands in the log. */
export interface ProjectionRecord {
  globalPosition: bigint;
}

/** A projection's own state, fed page by page with the new events of its streams. */
export interface ProjectionState<R extends ProjectionRecord> {
  /**
   * Takes new events of its streams (in global order) into its state; returns what it keeps
   * of them (its records, taken back by `restore` after a restart) and any documents to keep
   * beside them (looked up by key, not held in memory).
   */
  apply(events: readonly RecordedEvent[]): { records: readonly R[]; documents?: readonly KeptDocument[] };
  /** Takes back, in log order, the records kept before a restart. */
  restore(records: readonly R[]): void;
}

/**
 * A projection fed from the log by global position (never from the in-process event bus, so
 * replays and other processes' writes arrive too), with the streams of its prefixes filtered
 * in the store. `catchUp()` reads what was appended since the last position, so a query that
 * calls it first sees every write acknowledged before it: read-your-writes by construction.
 * Idempotent by position: an event is taken once.
 *
 * Given `kept`, each page's records and documents are written to the projection store with the
 * checkpoint in one transaction; after a restart the projection takes them back and reads only
 * the log's tail after the checkpoint.
 */
export class CatchUpProjection<R extends ProjectionRecord> {
  private position: bigint | undefined;
  private lastEvent: ProjectionCheckpoint['lastEvent'];
  private queue: Promise<void> = Promise.resolve();
  /** Whether what was kept has been taken back (on the first catch-up, not before). */
  private restored = false;

  constructor(
    private readonly log: EventLog,
    private readonly prefixes: readonly string[],
    private readonly state: ProjectionState<R>,
    private readonly kept?: KeptRecords<R>,
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
   * This projection as a read model the app catches up before it reports ready; `afterCatchUp`
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
        (await this.log.store.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: 1 })).events.length > 0,
    };
  }

  private async readNewEvents(): Promise<void> {
    if (this.kept && !this.restored) await this.restore(this.kept);
    this.restored = true;
    for (;;) {
      const { events, scannedTo } = await this.log.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: PAGE });
      const before = this.position;
      const fresh = events.filter((event) => this.isNew(event));
      const { records, documents } = fresh.length ? this.state.apply(fresh) : { records: [], documents: [] };
      // Past other streams' events too, so the next catch-up starts where this one looked last.
      if (scannedTo !== undefined && (this.position === undefined || scannedTo > this.position)) this.position = scannedTo;
      if (this.kept && this.position !== before) this.kept.keep(records, { position: this.position, lastEvent: this.lastEvent }, documents);
      if (events.length < PAGE) return;
    }
  }

  /**
   * Takes back what the projection kept, if the log still holds its last kept event (a log
   * replaced under the projection store would otherwise go unnoticed); else starts afresh.
   */
  private async restore(kept: KeptRecords<R>): Promise<void> {
    const { checkpoint, records } = kept.restore();
    if (!checkpoint.lastEvent || !(await this.holds(checkpoint.lastEvent))) {
      kept.clear();
      return;
    }
    this.state.restore(records);
    this.position = checkpoint.position;
    this.lastEvent = checkpoint.lastEvent;
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

  /** Whether an event of the log is new and of these streams (it moves the position either way). */
  private isNew(event: RecordedEvent): boolean {
    if (this.position !== undefined && event.globalPosition <= this.position) return false;
    this.position = event.globalPosition;
    if (!this.prefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
    this.lastEvent = { streamId: event.streamId, revision: event.streamRevision, id: event.id };
    return true;
  }
}
