import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RecordedEvent } from '../port/event-envelope';

/** Where a kept projection stopped reading: the log's position, and its last own event to recognise the log by. */
export interface ProjectionCheckpoint {
  position: bigint | undefined;
  /** The last event the projection kept (its stream, revision and id), to check the log still holds it. */
  lastEvent?: { streamId: string; revision: bigint; id: string };
}

/** The events a read model keeps between restarts, with its checkpoint. */
export interface KeptEvents {
  readonly name: string;
  /** What was kept at the last checkpoint (nothing, after a version change or a rebuild). */
  restore(): { checkpoint: ProjectionCheckpoint; events: RecordedEvent[] };
  /** Keeps these new events and moves the checkpoint, in one transaction. */
  keep(events: readonly RecordedEvent[], checkpoint: ProjectionCheckpoint): void;
  /** Forgets everything kept: the next catch-up reads the log from the start. */
  clear(): void;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  position: string | null;
  events: number;
}

/**
 * The read models' own database, beside the log and separate from it (also when the log is in
 * EventStoreDB): per projection, its events and its checkpoint, written in one SQLite
 * transaction so a crash never leaves a checkpoint ahead of what was kept. A projection whose
 * code changed what it keeps bumps its version; a kept state of another version is dropped and
 * rebuilt from the log.
 */
export class ProjectionStore {
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    // A lost checkpoint only means reading more of the log again, never a wrong answer.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS projection_checkpoints (
        name TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        position INTEGER,
        last_event TEXT
      );
      CREATE TABLE IF NOT EXISTS projection_events (
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        event TEXT NOT NULL,
        PRIMARY KEY (name, position)
      ) WITHOUT ROWID;
    `);
  }

  /** The kept events of one projection at this version of its code. */
  kept(name: string, version: number): KeptEvents {
    const db = this.db;
    const checkpointOf = db.prepare('SELECT version, position, last_event FROM projection_checkpoints WHERE name = ?').safeIntegers();
    const eventsOf = db.prepare('SELECT event FROM projection_events WHERE name = ? ORDER BY position').pluck();
    const insertEvent = db.prepare('INSERT OR IGNORE INTO projection_events (name, position, event) VALUES (?, ?, ?)');
    const saveCheckpoint = db.prepare(
      `INSERT INTO projection_checkpoints (name, version, position, last_event) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position, last_event = excluded.last_event`,
    );
    const clear = db.transaction(() => {
      db.prepare('DELETE FROM projection_events WHERE name = ?').run(name);
      db.prepare('DELETE FROM projection_checkpoints WHERE name = ?').run(name);
    });
    return {
      name,
      restore: () => {
        const row = checkpointOf.get(name) as { version: bigint; position: bigint | null; last_event: string | null } | undefined;
        if (!row || Number(row.version) !== version) {
          clear();
          return { checkpoint: { position: undefined }, events: [] };
        }
        const lastEvent = row.last_event ? (JSON.parse(row.last_event) as { streamId: string; revision: string; id: string }) : undefined;
        return {
          checkpoint: {
            position: row.position ?? undefined,
            lastEvent: lastEvent && { ...lastEvent, revision: BigInt(lastEvent.revision) },
          },
          events: (eventsOf.all(name) as string[]).map(decode),
        };
      },
      keep: db.transaction((events: readonly RecordedEvent[], { position, lastEvent }: ProjectionCheckpoint) => {
        for (const event of events) insertEvent.run(name, event.globalPosition, encode(event));
        saveCheckpoint.run(
          name,
          version,
          position ?? null,
          lastEvent ? JSON.stringify({ ...lastEvent, revision: lastEvent.revision.toString() }) : null,
        );
      }),
      clear: () => clear(),
    };
  }

  /** Every kept projection: its version, checkpoint and how many events it keeps. */
  status(): ProjectionStatus[] {
    return this.db
      .prepare(
        `SELECT c.name, c.version, CAST(c.position AS TEXT) AS position, (SELECT COUNT(*) FROM projection_events e WHERE e.name = c.name) AS events
         FROM projection_checkpoints c ORDER BY c.name`,
      )
      .all() as ProjectionStatus[];
  }

  /** Forgets the named projections (all, without names): the app rebuilds them from the log when it next starts. */
  clear(names?: readonly string[]): string[] {
    const cleared = names?.length ? [...names] : this.status().map((s) => s.name);
    const forget = this.db.transaction(() => {
      for (const name of cleared) {
        this.db.prepare('DELETE FROM projection_events WHERE name = ?').run(name);
        this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ?').run(name);
      }
    });
    forget();
    return cleared;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

const encode = (event: RecordedEvent) =>
  JSON.stringify({ ...event, globalPosition: event.globalPosition.toString(), streamRevision: event.streamRevision.toString() });

function decode(json: string): RecordedEvent {
  const raw = JSON.parse(json) as Omit<RecordedEvent, 'globalPosition' | 'streamRevision'> & {
    globalPosition: string;
    streamRevision: string;
  };
  return { ...raw, globalPosition: BigInt(raw.globalPosition), streamRevision: BigInt(raw.streamRevision) };
}
