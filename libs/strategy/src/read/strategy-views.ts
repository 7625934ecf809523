import { asDomainEvent, type EventLog, type EventMetadata, type RecordedEvent } from '@app/event-store';
import { eventsAsOf, temporalFold, type JsonObject, type ResolvedTemporalQuery } from '@app/shared-kernel';
import type { GoalEvent, GoalState, GoalStatus } from '../domain/goal.decider';
import { roundDecider, type RoundEvent } from '../domain/round.decider';
import { goalStream, roundStream } from '../domain/strategy-terms';
import type { Principle } from '../domain/vision.decider';
import { provenanceOfFacts, type ConflictView, type FactProvenance, type SourceLookup } from '@app/sources';
import { inputCount, type StrategyDocument } from './strategy-document';
import type { StrategyLineage } from './strategy-lineage';
import type { StrategyRecord } from './strategy-record';
import type { StrategyTables } from './strategy-tables';
import type { StrategyTimeline } from './strategy-timeline';

/** Read models of the strategy: pure functions of the cached events and a temporal query. */

type Goal = Exclude<GoalState, { status: 'none' }>;
const ACTIVE = new Set(['draft', 'prioritised']);
const codeOrder = new Intl.Collator('nb', { numeric: true }).compare;
const byCode = (a: { code: string }, b: { code: string }) => codeOrder(a.code, b.code);
const goalSummary = ({ goalId, code, title, themeCode, status }: Goal): GoalSummary => ({ goalId, code, title, themeCode, status });

/** A goal in a list: what it is called and where it stands. */
export interface GoalSummary {
  goalId: string;
  code: string;
  title: string;
  themeCode: string;
  status: GoalStatus;
}

type Sourced<T> = T & { sources: FactProvenance[] };

/** A goal as the strategy shows it: with the sources of its drafting, wording, number, theme, priority, and disagreements. */
export interface GoalInStrategy extends GoalSummary {
  sources: FactProvenance[];
  conflicts: ConflictView[];
}

/** The strategy on a date (GET /strategy). */
export interface StrategyView {
  /** The adopted vision; null until one is adopted. */
  vision: string | null;
  visionSources: FactProvenance[];
  visionDrafts: Sourced<{ draftId: string; text: string }>[];
  ambitions: Sourced<{ text: string }>[];
  principles: Sourced<Principle>[];
  themes: {
    themeCode: string;
    name: string;
    subtitle?: string;
    sources: FactProvenance[];
    conflicts: ConflictView[];
    goals: GoalInStrategy[];
  }[];
  prioritisedGoals: GoalInStrategy[];
  changeAreas: Sourced<{
    changeAreaId: string;
    name: string;
    fra: string;
    til: string;
    /** Unknown (null) when some of its inputs are known only as a workshop's total, or none is known. */
    inputCount: number | null;
    fromWorkshops: string[];
  }>[];
  funnel: {
    workshops: number;
    /** Unknown (null) where workshops were held but no input is known. */
    inputs: number | null;
    changeAreas: number;
    draftGoals: number;
    prioritisedGoals: number;
  };
}

/** A goal as on a date (GET /goals/:goalId), with the sources of every fact about it and any disagreement between sources. */
export type GoalView = Goal & { sources: FactProvenance[]; conflicts: ConflictView[] };

/** An event that touched a goal, as the goal's history shows it. */
export type GoalHistoryEntry = Pick<
  EventMetadata,
  'effectiveAt' | 'recordedAt' | 'actor' | 'actorId' | 'source' | 'decidedIn' | 'reason'
> & {
  type: string;
  streamId: string;
  globalPosition: string;
  data: JsonObject;
  provenance: FactProvenance;
};

/** A prioritisation round as on a date (GET /prioritisation-rounds/:roundId). */
export interface RoundView {
  roundId: string;
  title: string;
  date: string;
  status: 'open' | 'closed';
  /** Votes each member has per theme. */
  allocation: Record<string, number>;
  /** Whether any votes are recorded: without them the tally is unknown (null), not zero. */
  votesKnown: boolean;
  voters: number | null;
  tally: { goalId: string; themeCode: string; votes: number | null }[];
  perTheme: { themeCode: string; allocationPerMember: number; votes: number | null }[];
  sources: FactProvenance[];
}

/** What changed in the goals between two dates, each change with the sources of the facts behind it. */
export interface GoalChanges {
  added: Sourced<GoalSummary>[];
  removed: Sourced<GoalSummary & { mergedInto?: string; splitInto?: string[] }>[];
  reworded: Sourced<{ goalId: string; code: string; from: string; to: string }>[];
  renumbered: Sourced<{ goalId: string; from: string; to: string }>[];
  moved: Sourced<{ goalId: string; code: string; from: string; to: string }>[];
  merged: Sourced<{ goalId: string; code: string; into: string }>[];
  split: Sourced<{ goalId: string; code: string; into: string[] }>[];
  prioritised: Sourced<GoalSummary>[];
  deprioritised: Sourced<GoalSummary>[];
}

/** The goals' changes between two dates (GET /strategy/diff). */
export interface StrategyDiff extends GoalChanges {
  from: string;
  to: string;
}

/** What a view needs beside the document to show provenance: the facts behind each value, their sources, and the query. */
export interface ProvenanceContext {
  facts: Pick<StrategyTables, 'latestFacts'>;
  sources: SourceLookup;
  query: ResolvedTemporalQuery;
}

/** The provenance of the facts behind an entity's values, optionally only facts of some types or about some value. */
function sourcesOf(
  { facts, sources, query }: ProvenanceContext,
  key: string,
  keep: (event: StrategyRecord) => boolean = () => true,
): FactProvenance[] {
  return provenanceOfFacts(facts.latestFacts(key, query).filter(keep), sources);
}

export function strategyView(doc: StrategyDocument, context: ProvenanceContext): StrategyView {
  const { sources, query } = context;
  const goals = [...doc.goals.values()].filter((g): g is Goal => g.status !== 'none');
  const active = goals.filter((g) => ACTIVE.has(g.status)).sort(byCode);
  const changeAreas = [...doc.changeAreas.values()].flatMap((c) => (c.status === 'active' ? [c] : []));
  const goalWithSources = (g: Goal): GoalInStrategy => ({
    ...goalSummary(g),
    sources: sourcesOf(context, `goal:${g.goalId}`, (e) => GOAL_FACTS_SHOWN.has(e.type)),
    conflicts: sources.conflictsAbout(g.goalId, query),
  });
  const vision = (type: string, match: (data: Record<string, unknown>) => boolean = () => true) =>
    sourcesOf(context, 'vision', (e) => e.type === type && match(e.data as Record<string, unknown>));
  return {
    vision: doc.vision.vision ?? null,
    visionSources: vision('VisionAdopted'),
    visionDrafts: Object.entries(doc.vision.drafts).map(([draftId, text]) => ({
      draftId,
      text,
      sources: vision('VisionDraftProposed', (d) => d.draftId === draftId),
    })),
    ambitions: doc.vision.ambitions.map((text) => ({ text, sources: vision('AmbitionStated', (d) => d.text === text) })),
    principles: Object.entries(doc.vision.principles).map(([name, principle]) => ({
      name,
      ...principle,
      sources: vision('PrincipleDefined', (d) => d.name === name),
    })),
    themes: [...doc.themes.values()]
      .flatMap((t) => (t.status === 'active' ? [t] : []))
      .map((t) => ({
        themeCode: t.themeCode,
        name: t.name,
        ...(t.subtitle ? { subtitle: t.subtitle } : {}),
        sources: sourcesOf(context, `theme:${t.themeCode}`),
        conflicts: sources.conflictsAbout(t.themeCode, query),
        goals: active.filter((g) => g.themeCode === t.themeCode).map(goalWithSources),
      })),
    prioritisedGoals: active.filter((g) => g.status === 'prioritised').map(goalWithSources),
    changeAreas: changeAreas.map(({ changeAreaId, name, fra, til, inputCount, fromWorkshops }) => ({
      changeAreaId,
      name,
      fra,
      til,
      // Inputs known only as a workshop's total cannot be split per area, so the count is then
      // unknown even if some inputs are registered one by one; with no inputs known at all, too.
      inputCount: fromWorkshops.length > 0 || inputCount === 0 ? null : inputCount,
      fromWorkshops,
      sources: sourcesOf(context, `change-area:${changeAreaId}`),
    })),
    funnel: {
      workshops: doc.workshops,
      inputs: inputCount(doc),
      changeAreas: changeAreas.length,
      draftGoals: active.filter((g) => g.status === 'draft').length,
      prioritisedGoals: active.filter((g) => g.status === 'prioritised').length,
    },
  };
}

/** The provenance of the facts behind a goal's values at `to` that were not behind them at `from`: the sources of a change. */
function newFacts(from: ProvenanceContext, to: ProvenanceContext, goalId: string, types: ReadonlySet<string>): FactProvenance[] {
  const before = new Set(from.facts.latestFacts(`goal:${goalId}`, from.query).map((e) => e.globalPosition));
  return provenanceOfFacts(
    to.facts.latestFacts(`goal:${goalId}`, to.query).filter((e) => !before.has(e.globalPosition) && types.has(e.type)),
    to.sources,
  );
}

type Change = keyof GoalChanges;

/** Which facts each kind of change in the diff rests on: a rewording cites the rewording, not a prioritisation. */
const CHANGE_FACTS: Record<Change, ReadonlySet<string>> = {
  added: new Set(['GoalDrafted']),
  removed: new Set(['GoalMergedInto', 'GoalSplit', 'GoalRetired']),
  reworded: new Set(['GoalReworded']),
  renumbered: new Set(['GoalRenumbered']),
  moved: new Set(['GoalMoved']),
  merged: new Set(['GoalMergedInto']),
  split: new Set(['GoalSplit']),
  prioritised: new Set(['GoalPrioritised', 'GoalDrafted']),
  deprioritised: new Set(['GoalDeprioritised']),
};

/** What changed in the goals between two documents, each change with the sources of the facts behind it. */
export function strategyDiff(
  from: StrategyDocument,
  to: StrategyDocument,
  provenance: { from: ProvenanceContext; to: ProvenanceContext },
): GoalChanges {
  const goal = (doc: StrategyDocument, id: string) => doc.goals.get(id) as Goal | undefined;
  const ids = [...new Set([...from.goals.keys(), ...to.goals.keys()])];
  const isActive = (g?: Goal) => g !== undefined && ACTIVE.has(g.status);
  const diff: { [K in Change]: Omit<GoalChanges[K][number], 'sources'>[] } = {
    added: [],
    removed: [],
    reworded: [],
    renumbered: [],
    moved: [],
    merged: [],
    split: [],
    prioritised: [],
    deprioritised: [],
  };
  for (const id of ids) {
    const before = goal(from, id);
    const after = goal(to, id);
    if (!after) continue;
    if (!before) {
      diff.added.push(goalSummary(after));
      if (after.status === 'prioritised') diff.prioritised.push(goalSummary(after));
      continue;
    }
    if (before.title !== after.title) diff.reworded.push({ goalId: id, code: after.code, from: before.title, to: after.title });
    if (before.code !== after.code) diff.renumbered.push({ goalId: id, from: before.code, to: after.code });
    if (before.themeCode !== after.themeCode)
      diff.moved.push({ goalId: id, code: after.code, from: before.themeCode, to: after.themeCode });
    if (isActive(before) && !isActive(after)) {
      diff.removed.push({
        ...goalSummary(after),
        ...(after.mergedInto ? { mergedInto: after.mergedInto } : {}),
        ...(after.splitInto ? { splitInto: after.splitInto } : {}),
      });
      if (after.status === 'merged' && after.mergedInto) diff.merged.push({ goalId: id, code: after.code, into: after.mergedInto });
      if (after.status === 'split' && after.splitInto) diff.split.push({ goalId: id, code: after.code, into: after.splitInto });
    }
    if (before.status !== 'prioritised' && after.status === 'prioritised') diff.prioritised.push(goalSummary(after));
    if (before.status === 'prioritised' && after.status === 'draft') diff.deprioritised.push(goalSummary(after));
  }
  const withSources = <K extends Change>(change: K) =>
    diff[change].map((entry) => ({ ...entry, sources: newFacts(provenance.from, provenance.to, entry.goalId, CHANGE_FACTS[change]) }));
  return {
    added: withSources('added'),
    removed: withSources('removed'),
    reworded: withSources('reworded'),
    renumbered: withSources('renumbered'),
    moved: withSources('moved'),
    merged: withSources('merged'),
    split: withSources('split'),
    prioritised: withSources('prioritised'),
    deprioritised: withSources('deprioritised'),
  };
}

const envelope = (event: RecordedEvent): Omit<GoalHistoryEntry, 'provenance'> => ({
  type: event.type,
  streamId: event.streamId,
  globalPosition: event.globalPosition.toString(),
  effectiveAt: event.metadata.effectiveAt,
  recordedAt: event.metadata.recordedAt,
  actor: event.metadata.actor,
  ...(event.metadata.actorId ? { actorId: event.metadata.actorId } : {}),
  ...(event.metadata.source ? { source: event.metadata.source } : {}),
  ...(event.metadata.decidedIn ? { decidedIn: event.metadata.decidedIn } : {}),
  ...(event.metadata.reason ? { reason: event.metadata.reason } : {}),
  data: event.data,
});

/** The goals an event of a goal names (merged into, derived or split from, depending on). */
export function goalsNamedBy(event: Pick<StrategyRecord, 'type' | 'data'>): string[] {
  const goal = asDomainEvent<GoalEvent>(event);
  switch (goal.type) {
    case 'GoalMergedInto':
      return [goal.data.intoGoalId];
    case 'GoalDrafted':
      return goal.data.derivedFromGoals;
    case 'GoalSplit':
      return goal.data.intoGoalIds;
    case 'GoalDependencyAdded':
      return [goal.data.dependsOnGoalId];
    default:
      return [];
  }
}

/** Goal facts shown beside a goal in the strategy (its drafting, wording, number, theme, priority, merge). */
const GOAL_FACTS_SHOWN = new Set([
  'GoalDrafted',
  'GoalReworded',
  'GoalRenumbered',
  'GoalMoved',
  'GoalPrioritised',
  'GoalDeprioritised',
  'GoalMergedInto',
  'GoalSplit',
  'GoalRetired',
]);

/**
 * The strategy's reads. The document, facts and lineage are kept in tables (StrategyTables);
 * a goal's or round's own events are read from the log when asked for, so a request costs what
 * that stream holds, not what the log holds.
 */
export class StrategyViews {
  constructor(
    private readonly log: EventLog,
    private readonly timeline: StrategyTimeline,
    private readonly family: StrategyLineage,
    private readonly tables: StrategyTables,
    private readonly sources: SourceLookup,
  ) {}

  document(query: ResolvedTemporalQuery): StrategyDocument {
    return this.timeline.documentAsOf(query);
  }

  /** A goal as on the date, with the sources of every fact about it and any disagreement between sources. */
  async goal(goalId: string, query: ResolvedTemporalQuery): Promise<GoalView | undefined> {
    const goal = this.document(query).goals.get(goalId);
    if (!goal || goal.status === 'none') return undefined;
    const facts = eventsAsOf(await this.log.load(goalStream(goalId)).then((s) => s.events), query);
    return { ...goal, sources: provenanceOfFacts(facts, this.sources), conflicts: this.sources.conflictsAbout(goalId, query) };
  }

  /** Every event that touched the goal: its own, and other goals' events that name it, in temporal order. */
  async history(goalId: string, query: ResolvedTemporalQuery): Promise<GoalHistoryEntry[]> {
    const own = (await this.log.load(goalStream(goalId))).events;
    const others: RecordedEvent[] = [];
    for (const streamId of this.tables.mentionsOf(goalId)) {
      if (streamId === goalStream(goalId)) continue;
      others.push(...(await this.log.load(streamId)).events.filter((e) => goalsNamedBy(e).includes(goalId)));
    }
    return eventsAsOf([...own, ...others], query).map((event) => ({
      ...envelope(event),
      provenance: this.sources.provenanceOf(event),
    }));
  }

  /** The family tree of a goal, change area or workshop's inputs, kept as events arrive (see StrategyLineage). */
  lineage(root: string, direction: 'up' | 'down', query: ResolvedTemporalQuery) {
    return this.family.graph(root, direction, query, this.document(query), this.sources);
  }

  async round(roundId: string, query: ResolvedTemporalQuery): Promise<RoundView | undefined> {
    const stream = (await this.log.load(roundStream(roundId))).events;
    const state = temporalFold(stream, query, (s, e) => roundDecider.evolve(s, asDomainEvent<RoundEvent>(e)), roundDecider.initialState());
    if (state.status === 'none') return undefined;
    const opened = asDomainEvent<Extract<RoundEvent, { type: 'RoundOpened' }>>(stream[0]).data;
    // With no votes recorded the tally is unknown (the sources may not hold the votes), not zero.
    const votesKnown = state.used.size > 0;
    const tally = Object.entries(state.themeOf)
      .map(([goalId, themeCode]) => ({ goalId, themeCode, votes: votesKnown ? (state.votes[goalId] ?? 0) : null }))
      .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.goalId.localeCompare(b.goalId));
    const perTheme = Object.keys(state.allocation).map((themeCode) => ({
      themeCode,
      allocationPerMember: state.allocation[themeCode],
      votes: votesKnown ? tally.filter((t) => t.themeCode === themeCode).reduce((sum, t) => sum + (t.votes ?? 0), 0) : null,
    }));
    const events = eventsAsOf(stream, query);
    return {
      roundId,
      title: opened.title,
      date: opened.date,
      status: state.status,
      allocation: state.allocation,
      votesKnown,
      voters: votesKnown ? state.used.size : null,
      tally,
      perTheme,
      sources: provenanceOfFacts(events, this.sources),
    };
  }
}
