import { asDomainEvent, type RecordedEvent, type StreamCache } from '@app/event-store';
import { eventsAsOf, temporalFold, type ResolvedTemporalQuery } from '@app/shared-kernel';
import type { GoalEvent, GoalState } from '../domain/goal.decider';
import { roundDecider, type RoundEvent } from '../domain/round.decider';
import { goalStream, roundStream } from '../domain/strategy-terms';
import type { WorkshopEvent } from '../domain/workshop.decider';
import { inputCount, type StrategyDocument } from './strategy-document';
import type { StrategyTimeline } from './strategy-timeline';

/** Read models of the strategy: pure functions of the cached events and a temporal query. */

type Goal = Exclude<GoalState, { status: 'none' }>;
const ACTIVE = new Set(['draft', 'prioritised']);
const codeOrder = new Intl.Collator('nb', { numeric: true }).compare;
const byCode = (a: { code: string }, b: { code: string }) => codeOrder(a.code, b.code);
const goalSummary = (g: Goal) => ({ goalId: g.goalId, code: g.code, title: g.title, themeCode: g.themeCode, status: g.status });

export function strategyView(doc: StrategyDocument) {
  const goals = [...doc.goals.values()].filter((g): g is Goal => g.status !== 'none');
  const active = goals.filter((g) => ACTIVE.has(g.status)).sort(byCode);
  const changeAreas = [...doc.changeAreas.values()].flatMap((c) => (c.status === 'active' ? [c] : []));
  return {
    vision: doc.vision.vision ?? null,
    visionDrafts: Object.entries(doc.vision.drafts).map(([draftId, text]) => ({ draftId, text })),
    ambitions: doc.vision.ambitions,
    principles: Object.entries(doc.vision.principles).map(([name, questions]) => ({ name, questions })),
    themes: [...doc.themes.values()]
      .flatMap((t) => (t.status === 'active' ? [t] : []))
      .map((t) => ({ themeCode: t.themeCode, name: t.name, ...(t.subtitle ? { subtitle: t.subtitle } : {}), goals: active.filter((g) => g.themeCode === t.themeCode).map(goalSummary) })),
    prioritisedGoals: active.filter((g) => g.status === 'prioritised').map(goalSummary),
    changeAreas: changeAreas.map(({ changeAreaId, name, fra, til, inputIds }) => ({ changeAreaId, name, fra, til, inputCount: inputIds.length })),
    funnel: {
      workshops: doc.workshops,
      inputs: inputCount(doc),
      changeAreas: changeAreas.length,
      draftGoals: active.filter((g) => g.status === 'draft').length,
      prioritisedGoals: active.filter((g) => g.status === 'prioritised').length,
    },
  };
}

/** What changed in the goals between two documents. */
export function strategyDiff(from: StrategyDocument, to: StrategyDocument) {
  const goal = (doc: StrategyDocument, id: string) => doc.goals.get(id) as Goal | undefined;
  const ids = [...new Set([...from.goals.keys(), ...to.goals.keys()])];
  const isActive = (g?: Goal) => g !== undefined && ACTIVE.has(g.status);
  const diff = {
    added: [] as ReturnType<typeof goalSummary>[],
    removed: [] as (ReturnType<typeof goalSummary> & { mergedInto?: string; splitInto?: string[] })[],
    reworded: [] as { goalId: string; code: string; from: string; to: string }[],
    renumbered: [] as { goalId: string; from: string; to: string }[],
    moved: [] as { goalId: string; code: string; from: string; to: string }[],
    merged: [] as { goalId: string; code: string; into: string }[],
    split: [] as { goalId: string; code: string; into: string[] }[],
    prioritised: [] as ReturnType<typeof goalSummary>[],
    deprioritised: [] as ReturnType<typeof goalSummary>[],
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
    if (before.themeCode !== after.themeCode) diff.moved.push({ goalId: id, code: after.code, from: before.themeCode, to: after.themeCode });
    if (isActive(before) && !isActive(after)) {
      diff.removed.push({ ...goalSummary(after), ...(after.mergedInto ? { mergedInto: after.mergedInto } : {}), ...(after.splitInto ? { splitInto: after.splitInto } : {}) });
      if (after.status === 'merged' && after.mergedInto) diff.merged.push({ goalId: id, code: after.code, into: after.mergedInto });
      if (after.status === 'split' && after.splitInto) diff.split.push({ goalId: id, code: after.code, into: after.splitInto });
    }
    if (before.status !== 'prioritised' && after.status === 'prioritised') diff.prioritised.push(goalSummary(after));
    if (before.status === 'prioritised' && after.status === 'draft') diff.deprioritised.push(goalSummary(after));
  }
  return diff;
}

const envelope = (event: RecordedEvent) => ({
  type: event.type,
  streamId: event.streamId,
  globalPosition: event.globalPosition.toString(),
  effectiveAt: event.metadata.effectiveAt,
  recordedAt: event.metadata.recordedAt,
  actor: event.metadata.actor,
  ...(event.metadata.source ? { source: event.metadata.source } : {}),
  ...(event.metadata.decidedIn ? { decidedIn: event.metadata.decidedIn } : {}),
  ...(event.metadata.reason ? { reason: event.metadata.reason } : {}),
  data: event.data,
});

/** Whether an event of another goal names this one (merged into it, derived or split from it, depends on it). */
function mentions(event: RecordedEvent, goalId: string): boolean {
  const goal = asDomainEvent<GoalEvent>(event);
  switch (goal.type) {
    case 'GoalMergedInto':
      return goal.data.intoGoalId === goalId;
    case 'GoalDrafted':
      return goal.data.derivedFromGoals.includes(goalId);
    case 'GoalSplit':
      return goal.data.intoGoalIds.includes(goalId);
    case 'GoalDependencyAdded':
      return goal.data.dependsOnGoalId === goalId;
    default:
      return false;
  }
}

export interface LineageNode {
  id: string;
  kind: 'input' | 'change-area' | 'goal' | 'goal-wording';
  label: string;
  code?: string;
  status?: string;
}

export interface LineageEdge {
  from: string;
  to: string;
  kind: 'merged-into' | 'derived-from' | 'split-from' | 'reworded-as';
}

export class StrategyViews {
  constructor(
    private readonly cache: StreamCache,
    private readonly timeline: StrategyTimeline,
  ) {}

  document(query: ResolvedTemporalQuery): StrategyDocument {
    return this.timeline.documentAsOf(query);
  }

  goal(goalId: string, query: ResolvedTemporalQuery): Goal | undefined {
    const goal = this.document(query).goals.get(goalId);
    return goal && goal.status !== 'none' ? goal : undefined;
  }

  /** Every event that touched the goal: its own, and other goals' events that name it, in temporal order. */
  history(goalId: string, query: ResolvedTemporalQuery) {
    const own = this.cache.stream(goalStream(goalId));
    const others = this.cache.streamIds('goal-').filter((id) => id !== goalStream(goalId)).flatMap((id) => this.cache.stream(id).filter((e) => mentions(e, goalId)));
    return eventsAsOf([...own, ...others], query).map(envelope);
  }

  /**
   * The goal's family tree: upstream to the inputs it comes from, or downstream to the goals it
   * became. Edges point from the earlier thing to the later one.
   */
  lineage(goalId: string, direction: 'up' | 'down', query: ResolvedTemporalQuery) {
    const nodes = new Map<string, LineageNode>();
    const edges: LineageEdge[] = [];
    const goalNode = (id: string) => `goal:${id}`;
    const wordings = new Map<string, string[]>();
    for (const event of eventsAsOf(this.cache.all(), query)) {
      const data = event.data as Record<string, never>;
      switch (event.type) {
        case 'InputsRegistered':
          for (const input of asDomainEvent<Extract<WorkshopEvent, { type: 'InputsRegistered' }>>(event).data.inputs) {
            nodes.set(`input:${input.inputId}`, { id: `input:${input.inputId}`, kind: 'input', label: input.text });
          }
          break;
        case 'ChangeAreaIdentified':
          nodes.set(`change-area:${data.changeAreaId}`, { id: `change-area:${data.changeAreaId}`, kind: 'change-area', label: data.name });
          break;
        case 'InputsMergedIntoChangeArea':
          for (const inputId of data.inputIds as string[]) edges.push({ from: `input:${inputId}`, to: `change-area:${data.changeAreaId}`, kind: 'merged-into' });
          break;
        case 'ChangeAreaMergedInto':
          edges.push({ from: `change-area:${data.changeAreaId}`, to: `change-area:${data.intoChangeAreaId}`, kind: 'merged-into' });
          break;
        case 'GoalDrafted':
          wordings.set(data.goalId, [data.title]);
          for (const area of data.fromChangeAreas as string[]) edges.push({ from: `change-area:${area}`, to: goalNode(data.goalId), kind: 'derived-from' });
          for (const source of data.derivedFromGoals as string[]) edges.push({ from: goalNode(source), to: goalNode(data.goalId), kind: 'derived-from' });
          break;
        case 'GoalReworded':
          wordings.get(data.goalId)?.push(data.title);
          break;
        case 'GoalMergedInto':
          edges.push({ from: goalNode(data.goalId), to: goalNode(data.intoGoalId), kind: 'merged-into' });
          break;
        case 'GoalSplit':
          for (const child of data.intoGoalIds as string[]) edges.push({ from: goalNode(data.goalId), to: goalNode(child), kind: 'split-from' });
          break;
      }
    }
    const doc = this.document(query);
    for (const [id, titles] of wordings) {
      const goal = doc.goals.get(id) as Goal;
      nodes.set(goalNode(id), { id: goalNode(id), kind: 'goal', label: goal.title, code: goal.code, status: goal.status });
      // Earlier wordings are nodes of their own, each reworded as the next, the last as the goal.
      const chain = titles.slice(0, -1).map((title, i) => ({ id: `${goalNode(id)}@${i + 1}`, title }));
      chain.forEach(({ id: nodeId, title }, i) => {
        nodes.set(nodeId, { id: nodeId, kind: 'goal-wording', label: title });
        edges.push({ from: nodeId, to: chain[i + 1]?.id ?? goalNode(id), kind: 'reworded-as' });
      });
    }
    return reachable(goalNode(goalId), direction, nodes, edges);
  }

  round(roundId: string, query: ResolvedTemporalQuery) {
    const state = temporalFold(this.cache.stream(roundStream(roundId)), query, (s, e) => roundDecider.evolve(s, asDomainEvent<RoundEvent>(e)), roundDecider.initialState());
    if (state.status === 'none') return undefined;
    const opened = this.cache.stream(roundStream(roundId))[0].data as Extract<RoundEvent, { type: 'RoundOpened' }>['data'];
    const tally = Object.entries(state.themeOf)
      .map(([goalId, themeCode]) => ({ goalId, themeCode, votes: state.votes[goalId] ?? 0 }))
      .sort((a, b) => b.votes - a.votes || a.goalId.localeCompare(b.goalId));
    const perTheme = Object.keys(state.allocation).map((themeCode) => ({
      themeCode,
      allocationPerMember: state.allocation[themeCode],
      votes: tally.filter((t) => t.themeCode === themeCode).reduce((sum, t) => sum + t.votes, 0),
    }));
    return { roundId, title: opened.title, date: opened.date, status: state.status, allocation: state.allocation, voters: Object.keys(state.used).length, tally, perTheme };
  }
}

function reachable(start: string, direction: 'up' | 'down', nodes: Map<string, LineageNode>, edges: LineageEdge[]) {
  const seen = new Set([start]);
  const kept: LineageEdge[] = [];
  const queue = [start];
  while (queue.length) {
    const current = queue.shift()!;
    for (const edge of edges) {
      const [near, far] = direction === 'up' ? [edge.to, edge.from] : [edge.from, edge.to];
      if (near !== current) continue;
      kept.push(edge);
      if (!seen.has(far)) {
        seen.add(far);
        queue.push(far);
      }
    }
  }
  return { root: start, direction, nodes: [...seen].map((id) => nodes.get(id) ?? { id, kind: id.slice(0, id.indexOf(':')) as LineageNode['kind'], label: id }), edges: kept };
}
