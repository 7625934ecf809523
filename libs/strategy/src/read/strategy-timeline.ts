import { setImmediate } from 'node:timers/promises';
import type { ResolvedTemporalQuery } from '@app/shared-kernel';
import { documentOfSnapshot, emptyStrategy, evolveStrategy, snapshotOfDocument, type StrategyDocument } from './strategy-document';
import type { Snapshot, StrategyTables, TimeKey } from './strategy-tables';

/** Entities are immutable (each evolve replaces them), so copying the maps is enough. */
const copyOf = (doc: StrategyDocument): StrategyDocument => ({
  ...doc,
  themes: new Map(doc.themes),
  changeAreas: new Map(doc.changeAreas),
  goals: new Map(doc.goals),
  countedInputs: new Map(doc.countedInputs),
});

/** How many parsed snapshots are kept in memory (the dates asked for cluster around a few). */
const PARSED_KEPT = 8;

/**
 * The strategy on a date, folded from the read side's records in temporal order (effectiveAt,
 * then global position) from the nearest snapshot: the folded document kept every `interval`
 * records, so "the strategy on date D" folds at most `interval` records.
 *
 * Snapshots are made by the queries that fold past the last one, and kept on disk. A backdated
 * record drops the snapshots after it (StrategyTables.write); the next query that needs them
 * makes them again. A query "as known at T" starts from a snapshot all of whose records were
 * known before T, then skips records known later.
 */
export class StrategyTimeline {
  private readonly parsed = new Map<string, StrategyDocument>();
  private parsedAtWrites = -1;
  /**
   * The latest fold up to the newest records, kept until the tables take a record: most queries
   * ask for today as known now, and would fold the same records after the last snapshot again.
   */
  /** The tables' `writes` when the due snapshots were last made, and the making under way. */
  private prepared = -1;
  private preparing: Promise<void> | undefined;
  private tip: { writes: number; lastEffective: number; nextEffective: number; maxKnown: number; doc: StrategyDocument } | undefined;

  constructor(
    private readonly tables: StrategyTables,
    private readonly interval = 5000,
  ) {}

  documentAsOf(query: ResolvedTemporalQuery): StrategyDocument {
    const tip = this.tip;
    // The tip folds exactly the records this query would: all up to its last, none after it.
    if (
      tip?.writes === this.tables.writes &&
      tip.lastEffective < query.validBefore &&
      query.validBefore <= tip.nextEffective &&
      tip.maxKnown < query.knownBefore
    )
      return copyOf(tip.doc);
    const last = this.tables.lastSnapshot();
    if (!last || last.effective < query.validBefore) {
      const { doc, maxKnown, lastKey } = this.extend(last, query.validBefore);
      // Every record folded was known before the query's time: the fold is the answer.
      if (maxKnown < query.knownBefore) {
        const lastEffective = lastKey?.effective ?? Number.NEGATIVE_INFINITY;
        const nextEffective = this.tables.nextEffectiveAfter(lastKey) ?? Number.POSITIVE_INFINITY;
        this.tip = { writes: this.tables.writes, lastEffective, nextEffective, maxKnown, doc: copyOf(doc) };
        return doc;
      }
    }
    const start = this.tables.snapshotFor(query.validBefore, query.knownBefore);
    const doc = start ? this.documentAt(start) : emptyStrategy();
    for (const record of this.tables.inTime(start, query.validBefore)) if (record.known < query.knownBefore) evolveStrategy(doc, record);
    return doc;
  }

  /**
   * Makes the snapshots that are due (every `interval` records up to the last), a few thousand
   * records at a time, letting other work run in between: after a rebuild, a large import or a
   * backdated record (which drops the snapshots after it) a query would otherwise fold that
   * stretch itself and hold the process for seconds. Each read awaits it before folding.
   */
  prepare(): Promise<void> {
    this.preparing ??= this.makeDueSnapshots().finally(() => (this.preparing = undefined));
    return this.preparing;
  }

  private async makeDueSnapshots(): Promise<void> {
    if (this.prepared === this.tables.writes) return;
    const writes = this.tables.writes;
    while (this.tables.countAfter(this.tables.lastSnapshot(), this.interval) === this.interval) {
      this.extend(this.tables.lastSnapshot(), Number.MAX_SAFE_INTEGER, this.interval * 2);
      await setImmediate();
    }
    this.prepared = writes;
  }

  /**
   * Folds the records after the last snapshot that take effect before `validBefore` (at most
   * `limit` of them), keeping a snapshot every `interval`.
   */
  private extend(
    last: Snapshot | undefined,
    validBefore: number,
    limit = Number.POSITIVE_INFINITY,
  ): { doc: StrategyDocument; maxKnown: number; folded: number; lastKey: TimeKey | undefined } {
    const doc = last ? this.documentAt(last) : emptyStrategy();
    let maxKnown = last?.maxKnown ?? Number.NEGATIVE_INFINITY;
    let folded = 0;
    let lastKey: TimeKey | undefined = last;
    const made: { snapshot: Snapshot; document: string }[] = [];
    for (const record of this.tables.inTime(last, validBefore)) {
      if (folded === limit) break;
      evolveStrategy(doc, record);
      maxKnown = Math.max(maxKnown, record.known);
      lastKey = { effective: record.effective, position: Number(record.globalPosition) };
      if (++folded % this.interval === 0)
        made.push({
          snapshot: { effective: record.effective, position: Number(record.globalPosition), maxKnown },
          document: snapshotOfDocument(doc),
        });
    }
    for (const { snapshot, document } of made) this.tables.saveSnapshot(snapshot, document);
    return { doc, maxKnown, folded, lastKey };
  }

  /** A copy of the document a snapshot holds (parsed once, then copied from memory). */
  private documentAt(snapshot: Snapshot): StrategyDocument {
    if (this.parsedAtWrites !== this.tables.writes) {
      this.parsed.clear();
      this.parsedAtWrites = this.tables.writes;
    }
    const key = `${snapshot.effective}:${snapshot.position}`;
    let doc = this.parsed.get(key);
    if (!doc) {
      doc = documentOfSnapshot(this.tables.snapshotDocument(snapshot));
      if (this.parsed.size >= PARSED_KEPT) this.parsed.delete(this.parsed.keys().next().value as string);
      this.parsed.set(key, doc);
    }
    return copyOf(doc);
  }
}
