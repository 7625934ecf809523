import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RecordedEvent } from '../port/event-envelope';

/** Where a kept projection stopped reading: the log's position, and its last own event to recognise the log by. */
export interface ProjectionCheckpoint {
  position: bigint | undefined;
  /** The last event the projection kept (its stream, revision and id), to check the log still holds it. */
  lastEvent?: { streamId: string; revision: bigint; id: string; position?: bigint };
  /**
   * The log's first event and its position (`id@position`): a projection kept from another log, or
   * from the same log in another store (positions differ between stores), is not taken back.
   */
  logStart?: string;
}

/**
 * Turns a page of a projection's records into JSON and back (bigints are not JSON). By page, so
 * that what repeats across a page's records (a type, a stream, a source) can be written once.
 */
export interface RecordCodec<R> {
  /** A page of records as one JSON value. */
  encode(records: readonly R[]): unknown;
  /** The page's records from its JSON value, parsed. */
  decode(page: unknown): R[];
}

/** What a read model keeps between restarts: its records and its checkpoint. */
export interface KeptRecords<R extends { globalPosition: bigint }> {
  readonly name: string;
  /**
   * What was kept at the last checkpoint (nothing, after a version change or a rebuild): the
   * records in pages, each read by a query of its own as it is iterated, so the reader may let
   * other work use the store between pages.
   */
  restore(): { checkpoint: ProjectionCheckpoint; pages: Iterable<R[]> };
  /** Keeps these new records and moves the checkpoint, in one transaction. */
  keep(records: readonly R[], checkpoint: ProjectionCheckpoint): void;
  /** Forgets everything kept: the next catch-up reads the log from the start. */
  clear(): void;
}

/** The events of a context kept whole (bigint positions and revisions as decimal strings). */
export const recordedEventCodec: RecordCodec<RecordedEvent> = {
  encode: (events) =>
    events.map((event) => ({ ...event, globalPosition: event.globalPosition.toString(), streamRevision: event.streamRevision.toString() })),
  decode: (page) =>
    (page as (Omit<RecordedEvent, 'globalPosition' | 'streamRevision'> & { globalPosition: string; streamRevision: string })[]).map(
      (raw) => ({ ...raw, globalPosition: BigInt(raw.globalPosition), streamRevision: BigInt(raw.streamRevision) }),
    ),
};

/**
 * A read model's state as tables of its own in the projection store, queried per request
 * instead of taken back into memory at start (for a state too large to restore quickly).
 */
export interface ProjectionTables<R> {
  /** Its tables, dropped when it is cleared (a version change, a rebuild, a replaced log) and then made again. */
  readonly tables: readonly string[];
  /** Makes its tables and indexes where they are missing. */
  create(): void;
  /** Writes a page of its records into its tables, in the transaction that moves its checkpoint. */
  write(records: readonly R[]): void;
  /** Told when that transaction rolled back: what it remembers of its own writes (ids it gave out) is undone too. */
  rolledBack(): void;
  /** How many records it holds. */
  count(): number;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  position: string | null;
  records: number;
}

/**
 * The read models' own database, beside the log and separate from it (also when the log is in
 * EventStoreDB): per projection, its records (or its own tables) and checkpoint, written in one SQLite
 * transaction so a crash never leaves a checkpoint ahead of what was kept. A projection whose
 * code changed what it keeps bumps its version; a kept state of another version is dropped and
 * rebuilt from the log.
 */
const LAYOUT = 4;

export class ProjectionStore {
  private readonly db: Database.Database;
  /** The projections that keep their state in tables of their own, by name. */
  private readonly owned = new Map<string, ProjectionTables<never>>();

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    // A lost checkpoint only means reading more of the log again, never a wrong answer.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Read models are queried per request, many rows by key (a lineage reads thousands of inputs):
    // a larger page cache than SQLite's 2 MiB keeps what they read, up to 128 MiB.
    this.db.pragma('cache_size = -131072');
    // The layout of this file: a file of another layout is dropped and rebuilt (it only holds what the log can give again).
    if (this.db.pragma('user_version', { simple: true }) !== LAYOUT) {
      this.db.exec(
        'DROP TABLE IF EXISTS projection_checkpoints; DROP TABLE IF EXISTS projection_records; DROP TABLE IF EXISTS projection_keys;',
      );
      this.db.exec('DROP TABLE IF EXISTS projection_events; DROP TABLE IF EXISTS projection_documents;');
      this.db.pragma(`user_version = ${LAYOUT}`);
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS projection_checkpoints (
        name TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        position INTEGER,
        marks TEXT
      );
      CREATE TABLE IF NOT EXISTS projection_records (
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        records TEXT NOT NULL,
        PRIMARY KEY (name, position)
      ) WITHOUT ROWID;
    `);
  }

  /** What one projection keeps, at this version of its code (its events whole, unless another codec says otherwise). */
  kept<R extends { globalPosition: bigint } = RecordedEvent>(
    name: string,
    version: number,
    codec: RecordCodec<R> = recordedEventCodec as unknown as RecordCodec<R>,
  ): KeptRecords<R> {
    const insertPage = this.db.prepare('INSERT OR IGNORE INTO projection_records (name, position, records) VALUES (?, ?, ?)');
    const pageAfter = this.db
      .prepare('SELECT position, records FROM projection_records WHERE name = ? AND position > ? ORDER BY position LIMIT 1')
      .safeIntegers();
    return this.keptBy<R>(name, version, {
      // One row per page: a rebuild writes a few hundred rows, not a row per event.
      write: (records) => {
        if (records.length) insertPage.run(name, records[0].globalPosition, JSON.stringify(codec.encode(records)));
      },
      *pages() {
        for (let after = -1n; ;) {
          const row = pageAfter.get(name, after) as { position: bigint; records: string } | undefined;
          if (!row) return;
          after = row.position;
          yield codec.decode(JSON.parse(row.records));
        }
      },
      rolledBack: () => undefined,
    });
  }

  /**
   * What one projection keeps in tables of its own (made by `open` on this store's database),
   * with its checkpoint kept as for any other: nothing is taken back at start.
   */
  keptInTables<R extends { globalPosition: bigint }, T extends ProjectionTables<R>>(
    name: string,
    version: number,
    open: (db: Database.Database) => T,
  ): { kept: KeptRecords<R>; tables: T } {
    const tables = open(this.db);
    this.owned.set(name, tables);
    // Tables kept by another version of the code may have another shape: made afresh before use.
    const kept = this.db.prepare('SELECT version FROM projection_checkpoints WHERE name = ?').pluck().get(name) as bigint | undefined;
    if (kept === undefined || Number(kept) !== version) this.clear([name]);
    else tables.create();
    const state = { write: (records: readonly R[]) => tables.write(records), pages: () => [], rolledBack: () => tables.rolledBack() };
    return { kept: this.keptBy<R>(name, version, state), tables };
  }

  /** The checkpoint's part of a kept projection; `state` writes and reads back its records. */
  private keptBy<R extends { globalPosition: bigint }>(
    name: string,
    version: number,
    state: { write(records: readonly R[]): void; pages(): Iterable<R[]>; rolledBack(): void },
  ): KeptRecords<R> {
    const db = this.db;
    const checkpointOf = db.prepare('SELECT version, position, marks FROM projection_checkpoints WHERE name = ?').safeIntegers();
    const saveCheckpoint = db.prepare(
      `INSERT INTO projection_checkpoints (name, version, position, marks) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position, marks = excluded.marks`,
    );
    const clear = () => this.clear([name]);
    const keep = db.transaction((records: readonly R[], { position, lastEvent, logStart }: ProjectionCheckpoint) => {
      state.write(records);
      saveCheckpoint.run(
        name,
        version,
        position ?? null,
        JSON.stringify({
          lastEvent: lastEvent && {
            ...lastEvent,
            revision: lastEvent.revision.toString(),
            ...(lastEvent.position === undefined ? {} : { position: lastEvent.position.toString() }),
          },
          logStart,
        }),
      );
    });
    return {
      name,
      restore: () => {
        const row = checkpointOf.get(name) as { version: bigint; position: bigint | null; marks: string } | undefined;
        if (!row || Number(row.version) !== version) {
          clear();
          return { checkpoint: { position: undefined }, pages: [] };
        }
        const { lastEvent, logStart } = JSON.parse(row.marks) as {
          lastEvent?: { streamId: string; revision: string; id: string; position?: string };
          logStart?: string;
        };
        return {
          checkpoint: {
            position: row.position ?? undefined,
            lastEvent: lastEvent && {
              streamId: lastEvent.streamId,
              id: lastEvent.id,
              revision: BigInt(lastEvent.revision),
              ...(lastEvent.position === undefined ? {} : { position: BigInt(lastEvent.position) }),
            },
            logStart,
          },
          pages: state.pages(),
        };
      },
      keep: (records, checkpoint) => {
        try {
          keep(records, checkpoint);
        } catch (error) {
          state.rolledBack();
          throw error;
        }
      },
      clear,
    };
  }

  /** Every kept projection: its version, checkpoint and how many events it keeps. */
  status(): ProjectionStatus[] {
    const all = this.db
      .prepare(
        `SELECT c.name, c.version, CAST(c.position AS TEXT) AS position, (SELECT COALESCE(SUM(json_array_length(r.records)), 0) FROM projection_records r WHERE r.name = c.name) AS records
         FROM projection_checkpoints c ORDER BY c.name`,
      )
      .all() as ProjectionStatus[];
    return all.map((status) => ({ ...status, records: this.owned.get(status.name)?.count() ?? status.records }));
  }

  /** Forgets the named projections (all, without names): the app rebuilds them from the log when it next starts. */
  clear(names?: readonly string[]): string[] {
    const cleared = names?.length ? [...names] : this.status().map((s) => s.name);
    const forget = this.db.transaction(() => {
      for (const name of cleared) {
        for (const table of ['projection_records', 'projection_checkpoints'])
          this.db.prepare(`DELETE FROM ${table} WHERE name = ?`).run(name);
        const tables = this.owned.get(name);
        for (const table of tables?.tables ?? []) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
        tables?.create();
      }
    });
    forget();
    return cleared;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
