import type Database from 'better-sqlite3';
import type { EventStore, Subscription } from './port/event-store.port';
import { ProjectionStore, type KeptRecords, type ProjectionTables, type RecordCodec } from './projections/projection-store';
import type { RecordedEvent } from './port/event-envelope';

/** A read side kept from the log: it can be caught up, and says how far it has read. */
export interface ReadModel {
  readonly name: string;
  /** Reads what was appended since it last read, and builds what its first query would. */
  warmUp(): Promise<void>;
  /** The global position of the last event of its streams it has read, if any. */
  position(): bigint | undefined;
  /** Whether the log holds events of its streams it has not read yet. */
  hasUnread(): Promise<boolean>;
}

/**
 * The read models of the running app. Each registers itself when it is created, so the app can
 * catch them all up before it reports ready, and readiness can say how far each has read.
 * Those that keep their state between restarts get it from the projection store (`kept`).
 */
export class ReadModelRegistry {
  private readonly models: ReadModel[] = [];
  private warmed = false;
  private live: Subscription | undefined;
  private following = false;
  private resubscribe: NodeJS.Timeout | undefined;
  private inMemory: ProjectionStore | undefined;

  constructor(private readonly projections?: ProjectionStore) {}

  register(model: ReadModel): void {
    this.models.push(model);
  }

  /** Where a read model keeps its records and checkpoint at this version of its code (none without a projection store). */
  kept<R extends { globalPosition: bigint } = RecordedEvent>(
    name: string,
    version: number,
    codec?: RecordCodec<R>,
  ): KeptRecords<R> | undefined {
    return this.projections?.kept(name, version, codec);
  }

  /**
   * Where a read model keeps its state in tables of its own (see ProjectionStore.keptInTables);
   * without a projection store, in a database in memory that lasts as long as the process.
   */
  keptInTables<R extends { globalPosition: bigint }, T extends ProjectionTables<R>>(
    name: string,
    version: number,
    open: (db: Database.Database) => T,
  ): { kept: KeptRecords<R>; tables: T } {
    const store = this.projections ?? (this.inMemory ??= new ProjectionStore(':memory:'));
    return store.keptInTables(name, version, open);
  }

  all(): readonly ReadModel[] {
    return this.models;
  }

  get isWarm(): boolean {
    return this.warmed;
  }

  /** Catches every read model (or only the named ones) up, one after the other; returns how long each took. */
  async warmUp(only?: readonly string[]): Promise<{ name: string; ms: number }[]> {
    const timings: { name: string; ms: number }[] = [];
    for (const model of this.models.filter((m) => !only?.length || only.includes(m.name))) {
      const start = performance.now();
      await model.warmUp();
      timings.push({ name: model.name, ms: Math.round(performance.now() - start) });
    }
    if (!only?.length) this.warmed = true;
    return timings;
  }

  /**
   * Follows the log live (after catching up): a subscription from where the read models stand
   * tells them when the log moves, and each reads its own streams from its checkpoint, so they
   * stay current between requests (a read still catches up first: read-your-writes). A
   * subscription the store drops is made again from where they stand, after a wait that doubles
   * while it keeps failing; what was appended meanwhile is caught up on resubscribing.
   */
  followLive(store: EventStore, onError: (error: unknown) => void, retry = { firstMs: 500, maxMs: 30_000 }): void {
    this.following = true;
    let wait = retry.firstMs;
    const catchUp = () => Promise.all(this.models.map((m) => m.warmUp())).catch(onError);
    const follow = (again: boolean) => {
      if (!this.following) return;
      const positions = this.models.map((m) => m.position()).filter((p): p is bigint => p !== undefined);
      const live = store.subscribeToAll({ after: positions.length ? positions.reduce((a, b) => (a > b ? a : b)) : undefined });
      this.live = live;
      if (again) void catchUp();
      let scheduled = false;
      void (async () => {
        try {
          for await (const _event of live) {
            wait = retry.firstMs;
            if (scheduled) continue;
            scheduled = true;
            // One catch-up per burst of appends, not one per event.
            setImmediate(() => {
              scheduled = false;
              void catchUp();
            });
          }
        } catch (error) {
          onError(error);
        }
        if (!this.following) return;
        this.resubscribe = setTimeout(() => follow(true), wait);
        wait = Math.min(wait * 2, retry.maxMs);
      })();
    };
    follow(false);
  }

  async close(): Promise<void> {
    this.following = false;
    clearTimeout(this.resubscribe);
    await this.live?.close();
    this.live = undefined;
    this.inMemory?.close();
  }
}
