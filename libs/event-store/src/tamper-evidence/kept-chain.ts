import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StreamHeadHash } from '../hash-chain';
import type { KeptEntry, LogBreak } from './log-verifier';

/** One place in log order as verified: the event there, its store position and the log chain after it. */
export interface KeptPlace extends KeptEntry {
  sequence: number;
  position: bigint;
}

/**
 * What the app has verified of the log, kept apart from it (its own SQLite file): the event and
 * the log hash at each place in log order, and each stream's head. A later verification compares
 * the log with it, so an event deleted, moved or rewritten since is named; a verification of
 * what is new starts from its end. Losing the file loses no fact, only this memory (the next
 * verification keeps the log as it then is); the signed checkpoints do not depend on it. The
 * first break found is kept too, so that readiness says it after a restart.
 */
export class KeptChain {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    // Losing the last pages kept at a power cut only means verifying them again.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS log_chain (
        sequence INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        log_hash TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS stream_heads (
        stream_id TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS first_break (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        found TEXT NOT NULL
      );
    `);
    this.statements = {
      last: this.db.prepare('SELECT sequence, event_id, position, log_hash FROM log_chain ORDER BY sequence DESC LIMIT ?').safeIntegers(),
      range: this.db
        .prepare('SELECT sequence, event_id, position, log_hash FROM log_chain WHERE sequence >= ? ORDER BY sequence LIMIT ?')
        .safeIntegers(),
      head: this.db.prepare('SELECT revision, hash FROM stream_heads WHERE stream_id = ?').safeIntegers(),
      insert: this.db.prepare('INSERT INTO log_chain (sequence, event_id, position, log_hash) VALUES (?, ?, ?, ?)'),
      reposition: this.db.prepare('UPDATE log_chain SET position = ? WHERE sequence = ?'),
      setHead: this.db.prepare(
        'INSERT INTO stream_heads (stream_id, revision, hash) VALUES (?, ?, ?) ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, hash = excluded.hash',
      ),
    };
  }

  /** The last `count` places kept, in log order. */
  last(count: number): KeptPlace[] {
    return (this.statements.last.all(count) as Row[]).map(toPlace).reverse();
  }

  /** Up to `count` places from `sequence` on. */
  from(sequence: number, count: number): KeptPlace[] {
    return (this.statements.range.all(sequence, count) as Row[]).map(toPlace);
  }

  streamHead = (streamId: string): StreamHeadHash | undefined => {
    const row = this.statements.head.get(streamId) as { revision: bigint; hash: string } | undefined;
    return row && { revision: row.revision, hash: row.hash };
  };

  /** Keeps newly verified places and the heads of their streams, in one transaction. */
  readonly extend = (places: readonly KeptPlace[], heads: ReadonlyMap<string, StreamHeadHash>): void =>
    this.db.transaction(() => {
      for (const place of places) this.statements.insert.run(place.sequence, place.eventId, place.position, place.logHash);
      for (const [streamId, head] of heads) this.statements.setHead.run(streamId, head.revision, head.hash);
    })();

  /** Keeps verified places at their positions in the store the log now lives in (the same events, copied into another store). */
  readonly reposition = (places: readonly KeptPlace[]): void =>
    this.db.transaction(() => {
      for (const place of places) this.statements.reposition.run(place.position, place.sequence);
    })();

  /** The first break a verification found, kept until an operator deals with it (a restart does not forget it). */
  firstBreak(): LogBreak | undefined {
    const found = this.db.prepare('SELECT found FROM first_break').pluck().get() as string | undefined;
    return found === undefined ? undefined : (JSON.parse(found) as LogBreak);
  }

  keepFirstBreak(found: LogBreak): void {
    this.db.prepare('INSERT OR IGNORE INTO first_break (only, found) VALUES (1, ?)').run(JSON.stringify(found));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

interface Row {
  sequence: bigint;
  event_id: string;
  position: bigint;
  log_hash: string;
}

const toPlace = (row: Row): KeptPlace => ({
  sequence: Number(row.sequence),
  eventId: row.event_id,
  position: row.position,
  logHash: row.log_hash,
});
