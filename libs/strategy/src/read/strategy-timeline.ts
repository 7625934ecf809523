import type { StrategyRecord } from './strategy-record';
import type { ResolvedTemporalQuery } from '@app/shared-kernel';
import { emptyStrategy, evolveStrategy, type StrategyDocument } from './strategy-document';

interface Checkpoint {
  /** The document after folding the first `index` events of the timeline. */
  index: number;
  /** The latest knowledge time among those events: usable for queries known after it. */
  maxRecorded: number;
  doc: StrategyDocument;
}

/** Entities are immutable (each evolve replaces them), so copying the maps is enough. */
const copyOf = (doc: StrategyDocument): StrategyDocument => ({
  ...doc,
  themes: new Map(doc.themes),
  changeAreas: new Map(doc.changeAreas),
  goals: new Map(doc.goals),
  countedInputs: new Map(doc.countedInputs),
});

/**
 * The strategy's events in temporal order (effectiveAt, then global position) with checkpoints
 * of the folded document every `interval` events, so that "the strategy on date D" folds at
 * most `interval` events from the nearest checkpoint instead of the whole history.
 *
 * A backdated event is inserted where it belongs and invalidates the checkpoints after it;
 * they are rebuilt lazily by the next query that needs them. A query "as known at T" uses only
 * checkpoints all of whose events were known before T, then skips events known later.
 */
export class StrategyTimeline {
  private events: StrategyRecord[] = [];
  /** Records that arrived out of temporal order since the last query, merged in by the next one. */
  private pending: StrategyRecord[] = [];
  private checkpoints: Checkpoint[] = [];

  constructor(private readonly interval = 1000) {}

  get size(): number {
    return this.events.length + this.pending.length;
  }

  add(record: StrategyRecord): void {
    const last = this.events[this.events.length - 1];
    if (this.pending.length === 0 && (!last || before(last, record))) this.events.push(record);
    else this.pending.push(record);
  }

  documentAsOf(query: ResolvedTemporalQuery): StrategyDocument {
    this.mergePending();
    const visible = this.upperBound((e) => e.effective < query.validBefore);
    this.extendCheckpoints(visible);
    const start = this.bestCheckpoint(visible, query.knownBefore);
    const doc = start ? copyOf(start.doc) : emptyStrategy();
    for (let i = start?.index ?? 0; i < visible; i++) {
      const record = this.events[i];
      if (record.known < query.knownBefore) evolveStrategy(doc, record);
    }
    return doc;
  }

  /**
   * Sorts the late arrivals and merges them in one pass (a rebuild with many backdated events
   * stays O(n log n)), then drops the checkpoints that folded past the first of them.
   */
  private mergePending(): void {
    if (this.pending.length === 0) return;
    const late = this.pending.sort((a, b) => (before(a, b) ? -1 : 1));
    this.pending = [];
    const firstAt = this.upperBound((e) => before(e, late[0]));
    const merged = this.events.slice(0, firstAt);
    let i = firstAt;
    for (const timed of late) {
      while (i < this.events.length && before(this.events[i], timed)) merged.push(this.events[i++]);
      merged.push(timed);
    }
    while (i < this.events.length) merged.push(this.events[i++]);
    this.events = merged;
    // Checkpoints that folded past the first late event no longer describe the same prefix.
    const firstInvalid = this.checkpoints.findIndex((c) => c.index > firstAt);
    if (firstInvalid >= 0) this.checkpoints = this.checkpoints.slice(0, firstInvalid);
  }

  private extendCheckpoints(upTo: number): void {
    const last = this.checkpoints[this.checkpoints.length - 1];
    if ((last?.index ?? 0) + this.interval > upTo) return;
    const doc = last ? copyOf(last.doc) : emptyStrategy();
    let maxRecorded = last?.maxRecorded ?? Number.NEGATIVE_INFINITY;
    for (let i = last?.index ?? 0; i < upTo; i++) {
      evolveStrategy(doc, this.events[i]);
      maxRecorded = Math.max(maxRecorded, this.events[i].known);
      if ((i + 1) % this.interval === 0) this.checkpoints.push({ index: i + 1, maxRecorded, doc: copyOf(doc) });
    }
  }

  /** The latest checkpoint within the visible prefix whose events were all known by then. */
  private bestCheckpoint(visible: number, knownBefore: number): Checkpoint | undefined {
    let low = 0;
    let high = this.checkpoints.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const c = this.checkpoints[mid];
      if (c.index <= visible && c.maxRecorded < knownBefore) low = mid + 1;
      else high = mid;
    }
    return low ? this.checkpoints[low - 1] : undefined;
  }

  /** The number of leading events for which `isBefore` holds (it must hold for a prefix only). */
  private upperBound(isBefore: (e: StrategyRecord) => boolean): number {
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (isBefore(this.events[mid])) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function before(a: StrategyRecord, b: StrategyRecord): boolean {
  return a.effective < b.effective || (a.effective === b.effective && a.globalPosition < b.globalPosition);
}
