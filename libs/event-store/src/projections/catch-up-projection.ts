import { setImmediate } from 'node:timers/promises';
import { resolveTemporalQuery, type Clock, type ResolvedTemporalQuery, type TemporalQuery } from '@app/shared-kernel';
import type { EventLog } from '../event-log';
import type { RecordedEvent } from '../port/event-envelope';
import { StreamNotFound } from '../port/event-store-errors';
import type { ReadModel } from '../read-model-registry';
import type { KeptRecords, ProjectionCheckpoint } from './projection-store';

const PAGE = 5000;

/**
 * Lets the event loop serve what is waiting (a `/health/live` probe, other requests) between
 * pages of a long catch-up or restore, which would otherwise hold the process for seconds.
 */
const nextTurn = () => setImmediate();

/** What a projection keeps of an event: at least where it stands in the log. */
export interface ProjectionRecord {
  globalPosition: bigint;
}

/** A projection's own state, fed page by page with the new events of its streams. */
export interface ProjectionState<R extends ProjectionRecord> {
  /**
   * What it keeps of new events of its streams (in global order): its records, written to the
   * projection store (or its own tables there). Changes nothing: the records are taken only
   * once they are kept, so a write that fails leaves state and position as they were.
   */
  recordsOf(events: readonly RecordedEvent[]): readonly R[];
  /** Takes records into its state, in log order: new ones once kept, and after a restart the kept ones, a page at a time. */
  take(records: readonly R[]): void;
}

/**
 * A projection fed from the log by global position (never from the in-process event bus, so
 * replays and other processes' writes arrive too), with the streams of its prefixes filtered
 * in the store. `catchUp()` reads what was appended since the last position, so a query that
 * calls it first sees every write acknowledged before it: read-your-writes by construction.
 * Idempotent by position: an event is taken once.
 *
 * Given `kept`, each page's records are written to the projection store with the
 * checkpoint in one transaction; after a restart the projection takes them back and reads only
 * the log's tail after the checkpoint.
 */
export class CatchUpProjection<R extends ProjectionRecord> {
  private position: bigint | undefined;
  private lastEvent: ProjectionCheckpoint['lastEvent'];
  /** The log's first event and where the store put it, marked in each checkpoint (see ProjectionCheckpoint.logStart). */
  private logStart: string | undefined;
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
    // After a catch-up that failed (its caller was told), the next one tries again from where the state stands.
    this.queue = this.queue.catch(() => undefined).then(() => this.readNewEvents());
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
   * This projection as a read model the app catches up before it reports ready; `firstQuery`
   * makes, once, what a first query would (e.g. the strategy's answer for today), so the first
   * request after ready finds it made. Later catch-ups (following the log live) only read.
   */
  asReadModel(name: string, firstQuery: () => unknown = () => undefined): ReadModel {
    let warm = false;
    return {
      name,
      warmUp: async () => {
        await this.catchUp();
        if (warm) return;
        await firstQuery();
        warm = true;
      },
      position: () => this.position,
      hasUnread: async () =>
        (await this.log.store.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: 1 })).events.length > 0,
    };
  }

  /** How far it has read the log (its streams' and others' events alike). */
  get readTo(): bigint | undefined {
    return this.position;
  }

  private async readNewEvents(): Promise<void> {
    if (this.kept && !this.restored) await this.restore(this.kept);
    this.restored = true;
    for (;;) {
      const { events, scannedTo } = await this.log.readStreams({ prefixes: this.prefixes, after: this.position, maxCount: PAGE });
      const before = { position: this.position, lastEvent: this.lastEvent };
      const fresh = events.filter((event) => this.isNew(event));
      const records = fresh.length ? this.state.recordsOf(fresh) : [];
      // Past other streams' events too, so the next catch-up starts where this one looked last.
      if (scannedTo !== undefined && (this.position === undefined || scannedTo > this.position)) this.position = scannedTo;
      try {
        if (this.kept && this.position !== before.position) {
          this.logStart ??= await this.logStartOf();
          this.kept.keep(records, { position: this.position, lastEvent: this.lastEvent, logStart: this.logStart });
        }
      } catch (error) {
        // Not kept: not taken either, and read again by the next catch-up.
        ({ position: this.position, lastEvent: this.lastEvent } = before);
        throw error;
      }
      if (records.length) this.state.take(records);
      if (events.length < PAGE) return;
      await nextTurn();
    }
  }

  /**
   * Takes back what the projection kept, if it was kept from this log in this store (the same
   * first event at the same position: a migrated log has other positions) and the log still holds
   * its last kept event (a replaced or truncated log would otherwise go unnoticed); else starts afresh.
   */
  private async restore(kept: KeptRecords<R>): Promise<void> {
    const { checkpoint, pages } = kept.restore();
    this.logStart = await this.logStartOf();
    const sameLog = checkpoint.position !== undefined && checkpoint.logStart === this.logStart;
    if (!sameLog || (checkpoint.lastEvent && !(await this.holds(checkpoint.lastEvent)))) {
      kept.clear();
      return;
    }
    // Pages kept by live catch-ups hold an event or two: taken back PAGE records at a time.
    let batch: R[] = [];
    for (const page of pages) {
      if (batch.length === 0) batch = page;
      else for (const record of page) batch.push(record);
      if (batch.length < PAGE) continue;
      this.state.take(batch);
      batch = [];
      await nextTurn();
    }
    this.state.take(batch);
    this.position = checkpoint.position;
    this.lastEvent = checkpoint.lastEvent;
  }

  private async logStartOf(): Promise<string | undefined> {
    const [first] = await this.log.store.readAll({ maxCount: 1 });
    return first && `${first.id}@${first.globalPosition}`;
  }

  /** Whether the log holds the last kept event, at the position it was kept at where known (a log copied into another store has others). */
  private async holds({ streamId, revision, id, position }: NonNullable<ProjectionCheckpoint['lastEvent']>): Promise<boolean> {
    try {
      const [event] = await this.log.store.readStream(streamId, { fromRevision: revision, maxCount: 1 });
      return event?.id === id && (position === undefined || event.globalPosition === position);
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
    this.lastEvent = { streamId: event.streamId, revision: event.streamRevision, id: event.id, position: event.globalPosition };
    return true;
  }
}
