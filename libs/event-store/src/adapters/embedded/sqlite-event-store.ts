import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Conflict, deferred } from '@app/shared-kernel';
import type { EventMetadata, EventToAppend, RecordedEvent } from '../../port/event-envelope';
import { StreamNotFound, WrongExpectedRevision } from '../../port/event-store-errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  ReadStreamsOptions,
  StreamsPage,
  SubscribeToAllOptions,
  Subscription,
} from '../../port/event-store.port';

/** Bump with a migration in `migrate()` whenever the table layout changes. */
const SCHEMA_VERSION = 2;
const SUBSCRIPTION_PAGE = 500;
const NO_REVISION = -1n;
const OTHERS_CHECKED_EVERY_MS = 50;

interface EventRow {
  global_position: bigint;
  event_id: string;
  stream_id: string;
  stream_revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

/**
 * The embedded default store: one SQLite file (WAL, synchronous=FULL, so an acknowledged
 * append survives `kill -9` and power loss), one transaction per append, and the
 * database's own unique indexes guarding (stream, revision) and event ids. Pass
 * `':memory:'` for a fast throwaway store in tests.
 *
 * One process owns the file: live subscriptions are woken in-process by appends made
 * through this instance, and a read at the head sees another process's commits within 50 ms.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<SqliteEventStore['prepare']>;
  private readonly filteredReads = new Map<string, Database.Statement>();
  private appended = deferred();
  private readonly closed = deferred();
  private isClosed = false;
  /** The log's last position as this connection last saw it (its own appends, or a read of the head). */
  private head: bigint | undefined;
  private dataVersion: number | undefined;
  private othersCheckedAt = Number.NEGATIVE_INFINITY;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.statements = this.prepare();
  }

  async append(streamId: string, events: EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const result = this.db.transaction(() => this.appendInTransaction(streamId, events, options.expectedRevision)).immediate();
    if (result.written) {
      this.head = result.result.position;
      this.notifyAppended();
    }
    return result.result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const revision = from === 'start' ? 0n : from === 'end' ? BigInt(Number.MAX_SAFE_INTEGER) : from;
    const limit = options.maxCount ?? -1;
    const rows = (backwards ? this.statements.readStreamBackwards : this.statements.readStreamForwards).all(
      streamId,
      revision,
      limit,
    ) as EventRow[];
    if (rows.length === 0 && this.headRevision(streamId) === NO_REVISION) throw new StreamNotFound(streamId);
    return rows.map(toRecordedEvent);
  }

  async readAll({ after = 0n, maxCount = -1, types }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    if (!types) return this.readAllSync(after, maxCount);
    const rows = types.length ? this.readAllOfTypes(types.length).all(...types, after, maxCount) : [];
    return (rows as RawEventRow[]).map(fromRawRow);
  }

  async readStreams({ prefixes, after, maxCount = -1 }: ReadStreamsOptions): Promise<StreamsPage> {
    // A reader already at the head learns that without a query, unless another connection has
    // committed since (SQLite's data_version says so): the common case of a read catching up.
    if (after !== undefined && this.head !== undefined && after >= this.head && !this.committedElsewhere())
      return { events: [], scannedTo: after };
    // Taken before the reads below, so a commit elsewhere after them shows at the next call.
    this.dataVersion = this.statements.dataVersion.get() as number;
    // One synchronous block, so no append can fall between the page and the head read below.
    // Rows of other streams are skipped by SQLite without being decoded.
    const rows = prefixes.length ? this.readAllOfStreams(prefixes.length).all(after ?? 0n, ...prefixes.map(globPrefix), maxCount) : [];
    const events = (rows as RawEventRow[]).map(fromRawRow);
    if (maxCount >= 0 && events.length >= maxCount) return { events, scannedTo: events[events.length - 1].globalPosition };
    const head = (this.statements.lastPosition.get() as { position: bigint | null }).position;
    this.head = head ?? undefined;
    return { events, scannedTo: head ?? after };
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): Subscription {
    const stopped = deferred();
    let active = true;
    async function* deliver(store: SqliteEventStore): AsyncGenerator<RecordedEvent> {
      let position = options.after ?? 0n;
      while (active && !store.isClosed) {
        // Take the wake-up promise before reading: an append between the read and the
        // wait then still wakes us, so no event falls into a gap between catch-up and live.
        const nextAppend = store.appended.promise;
        const page = store.readAllSync(position, SUBSCRIPTION_PAGE);
        for (const event of page) {
          if (!active) return;
          position = event.globalPosition;
          yield event;
        }
        if (page.length === 0) await Promise.race([nextAppend, stopped.promise, store.closed.promise]);
      }
    }
    const iterator = deliver(this);
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        active = false;
        stopped.resolve();
      },
    };
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    this.closed.resolve();
    this.db.close();
  }

  /** For the durability test: SQLite's own consistency check. */
  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  /** The settings durability rests on; `synchronous` 2 is FULL. */
  durabilitySettings(): { journalMode: string; synchronous: number } {
    return {
      journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
      synchronous: this.db.pragma('synchronous', { simple: true }) as number,
    };
  }

  /**
   * Whether another connection (another process) has committed since this one last read the
   * head. Asking SQLite costs tens of microseconds, so it is asked at most every
   * OTHERS_CHECKED_EVERY_MS: this process's own appends are seen at once, another process's
   * within that time (the file has one owning process; see the class comment).
   */
  private committedElsewhere(): boolean {
    const now = performance.now();
    if (now - this.othersCheckedAt < OTHERS_CHECKED_EVERY_MS) return false;
    this.othersCheckedAt = now;
    return this.statements.dataVersion.get() !== this.dataVersion;
  }

  private appendInTransaction(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
  ): { result: AppendResult; written: boolean } {
    const current = this.headRevision(streamId);
    const earlier = this.earlierAppendOf(streamId, events);
    if (earlier && accepts(expected, earlier.revisionBefore)) return { result: earlier.result, written: false };
    if (!accepts(expected, current)) {
      throw new WrongExpectedRevision(streamId, expected, current === NO_REVISION ? 'no_stream' : current);
    }
    let revision = current;
    let position = 0n;
    for (const event of events) {
      revision += 1n;
      try {
        const info = this.statements.insert.run(
          event.id,
          streamId,
          revision,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
        );
        position = BigInt(info.lastInsertRowid);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new Conflict('EVENT_STORE.DUPLICATE_EVENT_ID', `Event id ${event.id} is already stored elsewhere`, {
            eventId: event.id,
            streamId,
          });
        }
        throw error;
      }
    }
    return { result: { nextExpectedRevision: revision, position }, written: true };
  }

  /**
   * If exactly these events (by id, in order) already stand in this stream, the append is a
   * retry of one that succeeded: answer with what it answered then.
   */
  private earlierAppendOf(streamId: string, events: EventToAppend[]): { revisionBefore: bigint; result: AppendResult } | undefined {
    const first = this.statements.locateEvent.get(events[0].id) as Pick<EventRow, 'stream_id' | 'stream_revision'> | undefined;
    if (!first || first.stream_id !== streamId) return undefined;
    const stored = this.statements.readStreamForwards.all(streamId, first.stream_revision, events.length) as EventRow[];
    if (stored.length !== events.length || stored.some((row, i) => row.event_id !== events[i].id)) return undefined;
    const last = stored[stored.length - 1];
    return {
      revisionBefore: first.stream_revision - 1n,
      result: { nextExpectedRevision: last.stream_revision, position: last.global_position },
    };
  }

  private headRevision(streamId: string): bigint {
    const row = this.statements.head.get(streamId) as { revision: bigint | null };
    return row.revision ?? NO_REVISION;
  }

  /** Events of streams matching any of `prefixes` globs: one prepared statement per number of prefixes. */
  private readAllOfStreams(prefixes: number) {
    const matches = Array.from({ length: prefixes }, () => 'stream_id GLOB ?').join(' OR ');
    return this.statementFor(`streams:${prefixes}`, `WHERE global_position > ? AND (${matches})`);
  }

  /** Events of any of `types` types, found by the index on (type, global_position). */
  private readAllOfTypes(types: number) {
    const placeholders = Array.from({ length: types }, () => '?').join(', ');
    return this.statementFor(`types:${types}`, `WHERE type IN (${placeholders}) AND global_position > ?`);
  }

  /** A read of all events in global order with this filter, prepared once (raw rows, exact integers). */
  private statementFor(key: string, where: string): Database.Statement {
    let statement = this.filteredReads.get(key);
    if (!statement) {
      statement = this.db.prepare(`SELECT ${COLUMNS} FROM events ${where} ORDER BY global_position ASC LIMIT ?`).raw().safeIntegers(true);
      this.filteredReads.set(key, statement);
    }
    return statement;
  }

  private readAllSync(after: bigint, maxCount: number): RecordedEvent[] {
    // Raw rows (arrays, not objects): the hot path of every projection rebuild.
    return (this.statements.readAllRaw.all(after, maxCount) as RawEventRow[]).map(fromRawRow);
  }

  private notifyAppended(): void {
    const previous = this.appended;
    this.appended = deferred();
    previous.resolve();
  }

  /**
   * Brings the file to this build's schema in one immediate transaction: the version is read
   * and every step written under the write lock, so neither a crash between steps nor a second
   * process opening the same file can leave or see it half upgraded.
   */
  private migrate(): void {
    this.db
      .transaction(() => {
        const version = this.db.pragma('user_version', { simple: true }) as number;
        if (version > SCHEMA_VERSION) {
          throw new Error(`${this.path} has schema version ${version}; this build reads up to ${SCHEMA_VERSION}`);
        }
        if (version < 1) {
          this.db.exec(`
            CREATE TABLE IF NOT EXISTS events (
              global_position INTEGER PRIMARY KEY AUTOINCREMENT,
              event_id        TEXT    NOT NULL UNIQUE,
              stream_id       TEXT    NOT NULL,
              stream_revision INTEGER NOT NULL,
              type            TEXT    NOT NULL,
              data            TEXT    NOT NULL,
              metadata        TEXT    NOT NULL,
              UNIQUE (stream_id, stream_revision)
            )
          `);
        }
        // Version 2: `/events?type=` and other reads by type find their rows by index, not by scanning the log.
        if (version < 2) this.db.exec('CREATE INDEX IF NOT EXISTS events_by_type ON events (type, global_position)');
        if (version < SCHEMA_VERSION) this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
      })
      .immediate();
  }

  private prepare() {
    const columns = COLUMNS;
    const statements = {
      insert: this.db.prepare('INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)'),
      head: this.db.prepare('SELECT MAX(stream_revision) AS revision FROM events WHERE stream_id = ?'),
      locateEvent: this.db.prepare('SELECT stream_id, stream_revision FROM events WHERE event_id = ?'),
      readStreamForwards: this.db.prepare(
        `SELECT ${columns} FROM events WHERE stream_id = ? AND stream_revision >= ? ORDER BY stream_revision ASC LIMIT ?`,
      ),
      readStreamBackwards: this.db.prepare(
        `SELECT ${columns} FROM events WHERE stream_id = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?`,
      ),
      readAllRaw: this.db.prepare(`SELECT ${columns} FROM events WHERE global_position > ? ORDER BY global_position ASC LIMIT ?`).raw(),
      lastPosition: this.db.prepare('SELECT MAX(global_position) AS position FROM events'),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
    };
    for (const statement of Object.values(statements)) if (statement.reader) statement.safeIntegers(true);
    return statements;
  }
}

function accepts(expected: ExpectedRevision, actual: bigint): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === NO_REVISION;
    case 'stream_exists':
      return actual !== NO_REVISION;
    default:
      return actual === expected;
  }
}

type RawEventRow = [bigint, string, string, bigint, string, string, string];

const COLUMNS = 'global_position, event_id, stream_id, stream_revision, type, data, metadata';

/** A GLOB pattern matching ids that start with `prefix` (its own `*`, `?` and `[` taken literally). */
const globPrefix = (prefix: string) => `${prefix.replace(/[*?[]/g, '[$&]')}*`;

function fromRawRow([globalPosition, id, streamId, streamRevision, type, data, metadata]: RawEventRow): RecordedEvent {
  return { id, type, streamId, streamRevision, globalPosition, data: JSON.parse(data), metadata: JSON.parse(metadata) as EventMetadata };
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    streamId: row.stream_id,
    streamRevision: row.stream_revision,
    globalPosition: row.global_position,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}
