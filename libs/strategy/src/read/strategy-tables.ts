import type Database from 'better-sqlite3';
import type { ProjectionTables } from '@app/event-store';
import type { ResolvedTemporalQuery, Source } from '@app/shared-kernel';
import { factKey, subjectOf } from './strategy-facts';
import { linksStatedBy } from './strategy-lineage';
import type { StrategyRecord } from './strategy-record';
import { goalsNamedBy } from './strategy-views';

/** Where a record stands in the temporal order a fold applies: effective time, then log position. */
export interface TimeKey {
  effective: number;
  position: number;
}

/** A kept fold of the timeline: the document after every record up to `key`, and the latest knowledge time among them. */
export interface Snapshot extends TimeKey {
  maxKnown: number;
}

/** What a lineage shows of the record stating a link or registering an input: when, and on what source. */
export interface StatingFact {
  type: string;
  globalPosition: bigint;
  effective: number;
  known: number;
  metadata: StrategyRecord['metadata'];
}

/** A link between two nodes of the lineage as one record states it (`ordinal`: its place among the links that record states). */
export interface LinkRow {
  far: string;
  kind: string;
  ordinal: number;
  fact: StatingFact;
}

/** An input as a registration names it: its text, and that registration. */
export interface InputRow {
  inputId: string;
  text: string;
  fact: StatingFact;
}

/** `up`: the links ending at a node (walked towards the inputs); `down`: those starting at it. */
export type Direction = 'up' | 'down';

const NO_METADATA: StrategyRecord['metadata'] = Object.freeze({});
const PAGE = 2000;
/** Before any date a fold meets (an effective time in epoch ms). */
const START: TimeKey = { effective: Number.MIN_SAFE_INTEGER, position: -1 };

interface RecordRow {
  position: number;
  effective: number;
  known: number;
  type: string;
  stream: string;
  revision: number;
  data: string;
  provenance: number;
}

/** The columns a lineage reads of the record behind a link or an input. */
type FactRow = Pick<RecordRow, 'position' | 'effective' | 'known' | 'type' | 'provenance'>;

const RECORD = 'r.position, r.effective, r.known, r.type, r.stream, r.revision, r.data, r.provenance';

/**
 * The strategy's read side as tables in the projection store, written with its checkpoint and
 * queried per request, so a restart takes nothing back into memory and a query reads what its
 * answer needs:
 * - `strategy_records`: each event as the read side keeps it (see StrategyRecord), by position
 *   and in temporal order;
 * - `strategy_snapshots`: the document folded up to a record, every `interval` records, so a
 *   date's strategy folds at most that many (a backdated record drops those after it);
 * - `strategy_facts`: per entity and value, the records behind it in temporal order (the
 *   provenance a view shows), all but input registrations, which are many and shown as counts;
 * - `strategy_links`: each lineage link from both ends, with when and on what source it is stated;
 * - `strategy_inputs`: each input as each registration names it (its text, so a lineage reads no event);
 * - `strategy_mentions`: which goal streams name a goal;
 * - `strategy_provenances`: each source and deciding sak once.
 */
export class StrategyTables implements ProjectionTables<StrategyRecord> {
  readonly tables = [
    'strategy_records',
    'strategy_snapshots',
    'strategy_facts',
    'strategy_links',
    'strategy_inputs',
    'strategy_mentions',
    'strategy_provenances',
    'strategy_known',
  ];
  private statements!: ReturnType<StrategyTables['prepare']>;
  /** Provenances by their JSON (to write) and by id (to read): a few thousand at most. */
  private readonly provenanceIds = new Map<string, number>();
  private readonly provenances = new Map<number, StrategyRecord['metadata']>();
  /** Moves with every page of records written (and when the tables are made afresh or a write rolls back). */
  private written = 0;

  constructor(private readonly db: Database.Database) {}

  create(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS strategy_records (
        position INTEGER PRIMARY KEY, effective INTEGER NOT NULL, known INTEGER NOT NULL, type TEXT NOT NULL,
        stream TEXT NOT NULL, revision INTEGER NOT NULL, data TEXT NOT NULL, provenance INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS strategy_records_in_time ON strategy_records (effective, position);
      CREATE TABLE IF NOT EXISTS strategy_snapshots (
        effective INTEGER NOT NULL, position INTEGER NOT NULL, max_known INTEGER NOT NULL, document TEXT NOT NULL,
        PRIMARY KEY (effective, position)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS strategy_facts (
        entity TEXT NOT NULL, subject TEXT NOT NULL, effective INTEGER NOT NULL, position INTEGER NOT NULL, known INTEGER NOT NULL,
        PRIMARY KEY (entity, subject, effective, position)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS strategy_links (
        node TEXT NOT NULL, direction TEXT NOT NULL, far TEXT NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL, ordinal INTEGER NOT NULL,
        effective INTEGER NOT NULL, known INTEGER NOT NULL, type TEXT NOT NULL, provenance INTEGER NOT NULL,
        PRIMARY KEY (node, direction, far, kind, position, ordinal)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS strategy_inputs (
        input TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, effective INTEGER NOT NULL, known INTEGER NOT NULL,
        provenance INTEGER NOT NULL, PRIMARY KEY (input, position)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS strategy_mentions (goal TEXT NOT NULL, stream TEXT NOT NULL, PRIMARY KEY (goal, stream)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS strategy_provenances (id INTEGER PRIMARY KEY, json TEXT NOT NULL UNIQUE);
      CREATE TABLE IF NOT EXISTS strategy_known (id INTEGER PRIMARY KEY CHECK (id = 0), latest INTEGER NOT NULL);
    `);
    this.statements = this.prepare();
    this.provenanceIds.clear();
    this.provenances.clear();
    this.written++;
  }

  private prepare() {
    const db = this.db;
    return {
      insertRecord: db.prepare(
        'INSERT OR IGNORE INTO strategy_records (position, effective, known, type, stream, revision, data, provenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertFact: db.prepare('INSERT OR IGNORE INTO strategy_facts (entity, subject, effective, position, known) VALUES (?, ?, ?, ?, ?)'),
      insertLink: db.prepare(
        `INSERT OR IGNORE INTO strategy_links (node, direction, far, kind, position, ordinal, effective, known, type, provenance)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertInput: db.prepare(
        'INSERT OR IGNORE INTO strategy_inputs (input, position, text, effective, known, provenance) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      // All the inputs asked for in one query (a lineage meets thousands at once), each registration in log order.
      inputs: db.prepare(
        `SELECT input, position, text, effective, known, provenance FROM strategy_inputs
         WHERE input IN (SELECT value FROM json_each(?)) ORDER BY input, position`,
      ),
      insertMention: db.prepare('INSERT OR IGNORE INTO strategy_mentions (goal, stream) VALUES (?, ?)'),
      insertProvenance: db.prepare('INSERT INTO strategy_provenances (json) VALUES (?)'),
      provenanceIds: db.prepare('SELECT id, json FROM strategy_provenances'),
      provenanceById: db.prepare('SELECT json FROM strategy_provenances WHERE id = ?').pluck(),
      dropSnapshotsAfter: db.prepare('DELETE FROM strategy_snapshots WHERE (effective, position) > (?, ?)'),
      keepKnown: db.prepare(
        'INSERT INTO strategy_known (id, latest) VALUES (0, ?) ON CONFLICT (id) DO UPDATE SET latest = max(latest, excluded.latest)',
      ),
      latestKnown: db.prepare('SELECT latest FROM strategy_known WHERE id = 0').pluck(),
      count: db.prepare('SELECT count(*) FROM strategy_records').pluck(),
      inTime: db.prepare(
        `SELECT ${RECORD} FROM strategy_records r WHERE (r.effective, r.position) > (?, ?) AND r.effective < ?
         ORDER BY r.effective, r.position LIMIT ${PAGE}`,
      ),
      countAfter: db.prepare('SELECT count(*) FROM (SELECT 1 FROM strategy_records WHERE (effective, position) > (?, ?) LIMIT ?)').pluck(),
      nextEffective: db
        .prepare('SELECT effective FROM strategy_records WHERE (effective, position) > (?, ?) ORDER BY effective, position LIMIT 1')
        .pluck(),
      lastSnapshot: db.prepare(
        'SELECT effective, position, max_known AS maxKnown FROM strategy_snapshots ORDER BY effective DESC, position DESC LIMIT 1',
      ),
      snapshotFor: db.prepare(
        `SELECT effective, position, max_known AS maxKnown FROM strategy_snapshots WHERE effective < ? AND max_known < ?
         ORDER BY effective DESC, position DESC LIMIT 1`,
      ),
      snapshotDocument: db.prepare('SELECT document FROM strategy_snapshots WHERE effective = ? AND position = ?').pluck(),
      saveSnapshot: db.prepare('INSERT OR REPLACE INTO strategy_snapshots (effective, position, max_known, document) VALUES (?, ?, ?, ?)'),
      // Per value of the entity (its subjects, found by skipping through the index), the last
      // record the date and knowledge time can see.
      latestFacts: db.prepare(
        `WITH RECURSIVE subjects (subject) AS (
           SELECT min(subject) FROM strategy_facts WHERE entity = :entity
           UNION ALL
           SELECT (SELECT min(subject) FROM strategy_facts WHERE entity = :entity AND subject > s.subject) FROM subjects s
           WHERE s.subject IS NOT NULL
         )
         SELECT ${RECORD} FROM subjects s JOIN strategy_records r ON r.position = (
           SELECT f.position FROM strategy_facts f
           WHERE f.entity = :entity AND f.subject = s.subject AND f.effective < :validBefore AND f.known < :knownBefore
           ORDER BY f.effective DESC, f.position DESC LIMIT 1
         )
         ORDER BY r.position`,
      ),
      factsAbout: db.prepare(
        `SELECT ${RECORD} FROM strategy_facts f JOIN strategy_records r ON r.position = f.position
         WHERE f.entity = ? AND f.subject IN (SELECT value FROM json_each(?)) ORDER BY f.effective, f.position`,
      ),
      linksAt: db.prepare(
        `SELECT node, far, kind, ordinal, position, effective, known, type, provenance FROM strategy_links
         WHERE node IN (SELECT value FROM json_each(?)) AND direction = ?`,
      ),
      mentionsOf: db.prepare('SELECT stream FROM strategy_mentions WHERE goal = ?').pluck(),
    };
  }

  /** Writes a page of records: each in time, behind its entity's values, as the links it states and the goals it names. */
  write(records: readonly StrategyRecord[]): void {
    const s = this.statements;
    let earliest: TimeKey | undefined;
    let latestKnown = Number.NEGATIVE_INFINITY;
    for (const record of records) {
      const position = Number(record.globalPosition);
      const { effective, known, type, streamId } = record;
      const provenance = this.provenanceId(record);
      s.insertRecord.run(position, effective, known, type, streamId, record.streamRevision, JSON.stringify(record.data), provenance);
      if (type !== 'InputsRegistered') s.insertFact.run(factKey(streamId), subjectOf(record), effective, position, known);
      for (const { inputId, text } of record.inputs ?? []) s.insertInput.run(inputId, position, text, effective, known, provenance);
      linksStatedBy(record).forEach(([from, to, kind], ordinal) => {
        s.insertLink.run(to, 'up', from, kind, position, ordinal, effective, known, type, provenance);
        s.insertLink.run(from, 'down', to, kind, position, ordinal, effective, known, type, provenance);
      });
      if (streamId.startsWith('goal-')) for (const goalId of goalsNamedBy(record)) s.insertMention.run(goalId, streamId);
      if (!earliest || effective < earliest.effective || (effective === earliest.effective && position < earliest.position))
        earliest = { effective, position };
      latestKnown = Math.max(latestKnown, known);
    }
    if (!earliest) return; // a page of other streams' events moves the checkpoint only
    this.written++;
    // Snapshots that folded past where a backdated record belongs no longer describe the same prefix.
    s.dropSnapshotsAfter.run(earliest.effective, earliest.position);
    s.keepKnown.run(latestKnown);
  }

  /** The provenances given ids in the rolled-back write are not in the table: found again from it. */
  rolledBack(): void {
    this.provenanceIds.clear();
    this.written++;
  }

  count(): number {
    return this.statements.count.get() as number;
  }

  /** The latest knowledge time among the records (a query known after it sees them all). */
  latestKnown(): number {
    return (this.statements.latestKnown.get() as number | undefined) ?? Number.NEGATIVE_INFINITY;
  }

  /** The records after `after` in temporal order that take effect before `validBefore`, read a page at a time. */
  *inTime(after: TimeKey | undefined, validBefore: number): Generator<StrategyRecord> {
    let from = after ?? START;
    for (;;) {
      const rows = this.statements.inTime.all(from.effective, from.position, validBefore) as RecordRow[];
      for (const row of rows) yield this.recordOf(row);
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      from = { effective: last.effective, position: last.position };
    }
  }

  lastSnapshot(): Snapshot | undefined {
    return this.statements.lastSnapshot.get() as Snapshot | undefined;
  }

  /** The latest snapshot whose records all take effect before `validBefore` and were all known before `knownBefore`. */
  snapshotFor(validBefore: number, knownBefore: number): Snapshot | undefined {
    return this.statements.snapshotFor.get(validBefore, knownBefore) as Snapshot | undefined;
  }

  snapshotDocument(snapshot: TimeKey): string {
    return this.statements.snapshotDocument.get(snapshot.effective, snapshot.position) as string;
  }

  saveSnapshot(snapshot: Snapshot, document: string): void {
    this.statements.saveSnapshot.run(snapshot.effective, snapshot.position, snapshot.maxKnown, document);
  }

  /**
   * A mark that moves whenever records are written: what was folded or parsed from the tables
   * before (a snapshot may have been dropped by a backdated record) is then out of date.
   */
  get writes(): number {
    return this.written;
  }

  /** How many records follow `key` in temporal order (all, without a key), counted up to `limit`. */
  countAfter(key: TimeKey | undefined, limit: number): number {
    const from = key ?? START;
    return this.statements.countAfter.get(from.effective, from.position, limit) as number;
  }

  /** The effective time of the first record after `key` in temporal order (of the first record at all, without a key). */
  nextEffectiveAfter(key: TimeKey | undefined): number | undefined {
    const from = key ?? START;
    return this.statements.nextEffective.get(from.effective, from.position) as number | undefined;
  }

  /** The earliest time at or after `time` when a record takes effect (undefined if none does). */
  firstEffectiveFrom(time: number): number | undefined {
    return this.nextEffectiveAfter({ effective: time - 1, position: Number.MAX_SAFE_INTEGER });
  }

  /** The latest record behind each value of the entity (`goal:mal-5`, `vision`…) as the query sees it, in log order. */
  latestFacts(entity: string, { validBefore, knownBefore }: ResolvedTemporalQuery): StrategyRecord[] {
    const rows = this.statements.latestFacts.all({ entity, validBefore, knownBefore }) as RecordRow[];
    return rows.map((row) => this.recordOf(row));
  }

  /** Every record about the entity whose value is one of `subjects` (e.g. `GoalReworded:`), in temporal order. */
  factsAbout(entity: string, subjects: readonly string[]): StrategyRecord[] {
    const rows = this.statements.factsAbout.all(entity, JSON.stringify(subjects)) as RecordRow[];
    return rows.map((row) => this.recordOf(row));
  }

  /** The links at each of these nodes, each with the fact that states it (one query for them all). */
  linksAt(nodes: readonly string[], direction: Direction): Map<string, LinkRow[]> {
    const rows = this.statements.linksAt.all(JSON.stringify(nodes), direction) as (FactRow & LinkRow & { node: string })[];
    const found = new Map<string, LinkRow[]>();
    for (const row of rows) {
      const at = found.get(row.node);
      const link = { far: row.far, kind: row.kind, ordinal: row.ordinal, fact: this.factOf(row) };
      if (at) at.push(link);
      else found.set(row.node, [link]);
    }
    return found;
  }

  /** Each registration of these inputs (with the text it gave), in log order; inputs never registered are not there. */
  inputs(inputIds: readonly string[]): InputRow[] {
    const rows = this.statements.inputs.all(JSON.stringify(inputIds)) as (FactRow & { input: string; text: string })[];
    return rows.map((row) => ({ inputId: row.input, text: row.text, fact: this.factOf(row, 'InputsRegistered') }));
  }

  private factOf(row: FactRow, type = row.type): StatingFact {
    return {
      type,
      globalPosition: BigInt(row.position),
      effective: row.effective,
      known: row.known,
      metadata: this.provenance(row.provenance),
    };
  }

  /** The streams of other goals with records that name this goal. */
  mentionsOf(goalId: string): string[] {
    return this.statements.mentionsOf.all(goalId) as string[];
  }

  private recordOf(row: RecordRow): StrategyRecord {
    return {
      type: row.type,
      streamId: row.stream,
      streamRevision: row.revision,
      globalPosition: BigInt(row.position),
      data: JSON.parse(row.data) as Record<string, unknown>,
      effective: row.effective,
      known: row.known,
      metadata: this.provenance(row.provenance),
    };
  }

  /** The id of a record's source and deciding sak (0: neither), added the first time they are met. */
  private provenanceId({ metadata: { source, decidedIn } }: StrategyRecord): number {
    if (!source && !decidedIn) return 0;
    if (this.provenanceIds.size === 0)
      for (const { id, json } of this.statements.provenanceIds.all() as { id: number; json: string }[]) this.provenanceIds.set(json, id);
    // The whole source as JSON: two provenances that differ in any member must never share an id.
    const json = JSON.stringify([decidedIn ?? null, source ?? null]);
    let id = this.provenanceIds.get(json);
    if (id === undefined) {
      id = Number(this.statements.insertProvenance.run(json).lastInsertRowid);
      this.provenanceIds.set(json, id);
    }
    return id;
  }

  /** One frozen object per provenance: the records citing it share it. */
  private provenance(id: number): StrategyRecord['metadata'] {
    if (id === 0) return NO_METADATA;
    let kept = this.provenances.get(id);
    if (!kept) {
      const [decidedIn, source] = JSON.parse(this.statements.provenanceById.get(id) as string) as [string | null, Source | null];
      kept = Object.freeze({ ...(source ? { source: Object.freeze(source) } : {}), ...(decidedIn ? { decidedIn } : {}) });
      this.provenances.set(id, kept);
    }
    return kept;
  }
}
