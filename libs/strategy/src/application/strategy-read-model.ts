import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, EventLog, ReadModelRegistry, StreamCache } from '@app/event-store';
import { NotFound, resolveTemporalQuery, type Clock, type ResolvedTemporalQuery, type TemporalQuery } from '@app/shared-kernel';
import { STRATEGY_STREAM_PREFIXES } from '../domain/strategy-terms';
import { StrategyFacts } from '../read/strategy-facts';
import { StrategyLineage } from '../read/strategy-lineage';
import { StrategyTimeline } from '../read/strategy-timeline';
import { StrategyViews, strategyDiff, strategyView } from '../read/strategy-views';
import { SourceRegister } from '@app/sources';

/** The strategy's reads; each catches the cache up first, so a read sees every acknowledged write. */
@Injectable()
export class StrategyReadModel {
  private readonly cache: StreamCache;
  private readonly views: StrategyViews;
  private readonly facts = new StrategyFacts();
  private readonly family = new StrategyLineage();

  constructor(
    log: EventLog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sources: SourceRegister,
    readModels: ReadModelRegistry,
  ) {
    const timeline = new StrategyTimeline();
    this.cache = new StreamCache(log, STRATEGY_STREAM_PREFIXES, (event) => {
      timeline.add(event);
      this.facts.add(event);
      this.family.add(event);
    });
    this.views = new StrategyViews(this.cache, timeline, this.family, sources);
    // Folding the strategy as of now builds the timeline's checkpoints before the first request.
    readModels.register(this.cache.asReadModel('strategy', () => this.views.document(resolveTemporalQuery({}, clock))));
  }

  /** Today's date by the clock, the default date a strategy fact takes effect. */
  today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  async strategy(query: TemporalQuery) {
    const resolved = await this.resolve(query);
    return strategyView(this.views.document(resolved), this.provenance(resolved));
  }

  async diff(from: string, to: string, knownAt?: string) {
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
    return this.found(this.views.goal(goalId, await this.resolve(query)), 'GOAL.NOT_FOUND', `No goal ${goalId}`);
  }

  async history(goalId: string, query: TemporalQuery) {
    const history = this.views.history(goalId, await this.resolve(query));
    return this.found(history.length ? history : undefined, 'GOAL.NOT_FOUND', `No goal ${goalId}`);
  }

  /** Lineage from a goal (`goal`), a change area (`change-area`) or a workshop's counted inputs (`input-count`). */
  async lineage(kind: 'goal' | 'change-area' | 'input-count', id: string, direction: 'up' | 'down', query: TemporalQuery) {
    const lineage = this.views.lineage(`${kind}:${id}`, direction, await this.resolve(query));
    const what = {
      goal: ['GOAL.NOT_FOUND', 'goal'],
      'change-area': ['CHANGE_AREA.NOT_FOUND', 'change area'],
      'input-count': ['WORKSHOP.NOT_FOUND', 'workshop'],
    }[kind];
    return this.found(lineage, what[0], `No ${what[1]} ${id}`);
  }

  async round(roundId: string, query: TemporalQuery) {
    return this.found(this.views.round(roundId, await this.resolve(query)), 'ROUND.NOT_FOUND', `No prioritisation round ${roundId}`);
  }

  /** The given input ids that no workshop has registered. */
  async unknownInputs(inputIds: string[]): Promise<string[]> {
    await this.cache.catchUp();
    return this.family.unregistered(inputIds);
  }

  private provenance(query: ResolvedTemporalQuery) {
    return { facts: this.facts, sources: this.sources, query };
  }

  private async resolve(query: TemporalQuery, validAtField = 'at') {
    const resolved = await this.cache.readyFor(query, this.clock, { validAt: validAtField, knownAt: 'knownAt' });
    await this.sources.ready();
    return resolved;
  }

  private found<T>(value: T | undefined, code: string, message: string): T {
    if (value === undefined) throw new NotFound(code, message);
    return value;
  }
}
