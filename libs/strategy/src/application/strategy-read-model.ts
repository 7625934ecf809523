import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, CatchUpProjection, EventLog, ReadModelRegistry, type RecordedEvent } from '@app/event-store';
import { jsonBytes, NotFound, type Clock, type JsonBytes, type ResolvedTemporalQuery, type TemporalQuery } from '@app/shared-kernel';
import { STRATEGY_STREAM_PREFIXES } from '../domain/strategy-terms';
import { StrategyLineage } from '../read/strategy-lineage';
import { strategyRecordOf, type StrategyRecord } from '../read/strategy-record';
import { StrategyTables } from '../read/strategy-tables';
import { StrategyTimeline } from '../read/strategy-timeline';
import { StrategyViews, strategyDiff, strategyView, type StrategyDiff, type StrategyView } from '../read/strategy-views';
import { SourceRegister } from '@app/sources';

/** Kept between restarts (its tables and checkpoint); bump VERSION when what it keeps changes. */
const READ_MODEL = 'strategy';
const VERSION = 5;
/** How many dates' answers are kept (see `strategyJson`). */
const VIEWS_KEPT = 64;
/** Rounds' votes do not shape the strategy; a round is read from the log when asked for. */
const PREFIXES = STRATEGY_STREAM_PREFIXES.filter((prefix) => prefix !== 'round-');

/**
 * The strategy's reads, from a kept projection: each event becomes a compact record (see
 * StrategyRecord) kept in tables on disk (StrategyTables) that the timeline, the facts behind
 * each value and the lineage query. Each read catches the projection up first, so it sees every
 * acknowledged write.
 */
@Injectable()
export class StrategyReadModel {
  private readonly projection: CatchUpProjection<StrategyRecord>;
  private readonly views: StrategyViews;
  private readonly tables: StrategyTables;
  private readonly timeline: StrategyTimeline;
  /**
   * Answers as known now, by the date asked for (`today` without one), with the log positions
   * they were made at; today's holds from the time it was made (`from`) until a fact recorded
   * for later takes effect (`until`).
   */
  private readonly rendered = new Map<number | 'today', { made: string; from: number; until: number; json: JsonBytes<StrategyView> }>();

  constructor(
    log: EventLog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sources: SourceRegister,
    readModels: ReadModelRegistry,
  ) {
    const { kept, tables } = readModels.keptInTables<StrategyRecord, StrategyTables>(READ_MODEL, VERSION, (db) => new StrategyTables(db));
    this.tables = tables;
    this.timeline = new StrategyTimeline(tables);
    this.views = new StrategyViews(log, this.timeline, new StrategyLineage(tables), tables, sources);
    // Each page of events becomes records, written to the tables with the checkpoint; the
    // tables are the state, so there is nothing to take into memory.
    const recordsOf = (events: readonly RecordedEvent[]) => events.map(strategyRecordOf);
    this.projection = new CatchUpProjection(log, PREFIXES, { recordsOf, take: () => undefined }, kept);
    // Today's strategy, made before ready: the pages it reads are then at hand for the first request.
    readModels.register(this.projection.asReadModel(READ_MODEL, () => this.strategyJson({})));
  }

  /** Today's date by the clock, the default date a strategy fact takes effect. */
  today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  /**
   * The strategy on a date, as the JSON bytes the API answers. Asked as known now (no `knownAt`), the
   * answer sees every event in the log, so it changes only when the log does: it is kept by date
   * with the positions it was made at, and made again once the strategy or the source register
   * has read further.
   */
  async strategyJson(query: TemporalQuery): Promise<JsonBytes<StrategyView>> {
    const resolved = await this.resolve(query);
    const sources = this.sources.state;
    const seesAll = query.knownAt === undefined && resolved.knownBefore > Math.max(this.tables.latestKnown(), sources.latestKnown);
    const made = `${this.projection.readTo}|${sources.readTo}`;
    // Today moves with the clock: its answer holds until the log moves or a fact recorded for
    // a later time takes effect (a date's answer, until the log moves).
    const key = query.validAt === undefined ? 'today' : resolved.validBefore;
    const kept = seesAll ? this.rendered.get(key) : undefined;
    if (kept?.made === made && kept.from <= resolved.validBefore && resolved.validBefore <= kept.until) return kept.json;
    // As UTF-8 bytes: half the memory of the string (Norwegian letters make it two bytes a
    // character), and sent as they are.
    const json = jsonBytes(strategyView(this.views.document(resolved), this.provenance(resolved)));
    if (seesAll) {
      const until =
        key === 'today'
          ? Math.min(
              this.tables.firstEffectiveFrom(resolved.validBefore) ?? Number.POSITIVE_INFINITY,
              this.sources.firstConflictEffectiveFrom(resolved.validBefore) ?? Number.POSITIVE_INFINITY,
            )
          : Number.POSITIVE_INFINITY;
      this.rendered.delete(key);
      if (this.rendered.size >= VIEWS_KEPT) this.rendered.delete(this.rendered.keys().next().value as number);
      this.rendered.set(key, { made, from: resolved.validBefore, until, json });
    }
    return json;
  }

  async diff(from: string, to: string, knownAt?: string): Promise<StrategyDiff> {
    const [before, after] = [await this.resolve({ validAt: from, knownAt }, 'from'), await this.resolve({ validAt: to, knownAt }, 'to')];
    return {
      from,
      to,
      ...strategyDiff(this.views.document(before), this.views.document(after), {
        from: this.provenance(before),
        to: this.provenance(after),
      }),
    };
  }

  async goal(goalId: string, query: TemporalQuery) {
    return this.found(await this.views.goal(goalId, await this.resolve(query)), 'GOAL.NOT_FOUND', `No goal ${goalId}`);
  }

  async history(goalId: string, query: TemporalQuery) {
    const history = await this.views.history(goalId, await this.resolve(query));
    return this.found(history.length ? history : undefined, 'GOAL.NOT_FOUND', `No goal ${goalId}`);
  }

  /** Lineage from a goal (`goal`), a change area (`change-area`) or a workshop's counted inputs (`input-count`). */
  async lineage(kind: 'goal' | 'change-area' | 'input-count', id: string, direction: 'up' | 'down', query: TemporalQuery) {
    const lineage = await this.views.lineage(`${kind}:${id}`, direction, await this.resolve(query));
    const what = {
      goal: ['GOAL.NOT_FOUND', 'goal'],
      'change-area': ['CHANGE_AREA.NOT_FOUND', 'change area'],
      'input-count': ['WORKSHOP.NOT_FOUND', 'workshop'],
    }[kind];
    return this.found(lineage, what[0], `No ${what[1]} ${id}`);
  }

  async round(roundId: string, query: TemporalQuery) {
    return this.found(await this.views.round(roundId, await this.resolve(query)), 'ROUND.NOT_FOUND', `No prioritisation round ${roundId}`);
  }

  /** The given input ids that no workshop has registered. */
  async unknownInputs(inputIds: string[]): Promise<string[]> {
    await this.projection.catchUp();
    const registered = new Set(this.tables.inputs(inputIds).map((row) => row.inputId));
    return inputIds.filter((id) => !registered.has(id));
  }

  private provenance(query: ResolvedTemporalQuery) {
    return { facts: this.tables, sources: this.sources, query };
  }

  private async resolve(query: TemporalQuery, validAtField = 'at') {
    const resolved = await this.projection.readyFor(query, this.clock, { validAt: validAtField, knownAt: 'knownAt' });
    await this.timeline.prepare();
    await this.sources.ready();
    return resolved;
  }

  private found<T>(value: T | undefined, code: string, message: string): T {
    if (value === undefined) throw new NotFound(code, message);
    return value;
  }
}
