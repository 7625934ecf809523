import { asDomainEvent, type RecordedEvent } from '@app/event-store';
import { eventsAsOf, type ResolvedTemporalQuery } from '@app/shared-kernel';
import type { FactProvenance, SourceLookup } from '@app/sources';
import type { GoalState } from '../domain/goal.decider';
import type { WorkshopEvent } from '../domain/workshop.decider';
import { strategyAsOf } from './strategy-document';
import { StrategyLineage, type LineageEdge, type LineageNode } from './strategy-lineage';
import { seededRandom as random } from '../../../../test/support/random';
import { storedEvent } from '../../../../test/support/events';
import { strategyTables } from '../../../../test/support/strategy-tables';

type Goal = Exclude<GoalState, { status: 'none' }>;
const DAY = 24 * 60 * 60 * 1000;
const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * DAY).toISOString().slice(0, 10);

/** Provenance as a plain function of the event, enough to tell the facts behind each edge apart. */
const sources: SourceLookup = {
  provenanceOf: (event) =>
    ({ fact: event.type, basis: 'unsourced', at: String((event as unknown as RecordedEvent).globalPosition) }) as unknown as FactProvenance,
  conflictsAbout: () => [],
};

/** Workshops, inputs, change areas and goals linked in every way the lineage knows; one fact in six backdated. */
function history(count: number, seed: number): RecordedEvent[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const events: RecordedEvent[] = [];
  const [workshops, inputs, areas, goals] = [[] as string[], [] as string[], [] as string[], [] as string[]];
  let today = 0;
  const revisions = new Map<string, number>();
  const add = (streamId: string, type: string, data: Record<string, unknown>) => {
    const i = events.length;
    today += next() < 0.4 ? 1 : 0;
    const effective = next() < 0.16 ? Math.max(0, today - 1 - Math.floor(next() * 30)) : today;
    const streamRevision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, streamRevision + 1);
    events.push({
      ...storedEvent(i, streamId, type, data, {
        recordedAt: new Date(Date.UTC(2021, 0, 1) + today * DAY + i).toISOString(),
        effectiveAt: day(effective),
        ...(next() < 0.2 ? { documentedAt: day(Math.max(0, today - Math.floor(next() * 10))) } : {}),
      }),
      streamRevision: BigInt(streamRevision),
    });
  };
  while (events.length < count) {
    const roll = next();
    if (roll < 0.08 || workshops.length === 0) {
      const workshopId = `w${workshops.push('') - 1}`;
      workshops[workshops.length - 1] = workshopId;
      add(`workshop-${workshopId}`, 'WorkshopHeld', { workshopId, title: `Arbeidsmøte ${workshopId}`, date: '2021-11-15' });
    } else if (roll < 0.25) {
      const workshopId = pick(workshops);
      const ids = [`i${inputs.length}`, `i${inputs.length + 1}`];
      inputs.push(...ids);
      add(`workshop-${workshopId}`, 'InputsRegistered', {
        workshopId,
        inputs: ids.map((inputId) => ({ inputId, text: `Innspill ${inputId}` })),
      });
    } else if (roll < 0.3) {
      const workshopId = pick(workshops);
      add(`workshop-${workshopId}`, 'InputsCounted', { workshopId, count: Math.floor(next() * 500) });
    } else if (roll < 0.4 || areas.length === 0) {
      const changeAreaId = `ca${areas.push('') - 1}`;
      areas[areas.length - 1] = changeAreaId;
      add(`change-area-${changeAreaId}`, 'ChangeAreaIdentified', { changeAreaId, name: `Område ${changeAreaId}`, fra: 'a', til: 'b' });
    } else if (roll < 0.5 && inputs.length) {
      const changeAreaId = pick(areas);
      add(`change-area-${changeAreaId}`, 'InputsMergedIntoChangeArea', { changeAreaId, inputIds: [pick(inputs), pick(inputs)] });
    } else if (roll < 0.55) {
      const changeAreaId = pick(areas);
      add(`change-area-${changeAreaId}`, 'WorkshopInputsMergedIntoChangeArea', { changeAreaId, workshopId: pick(workshops) });
    } else if (roll < 0.6) {
      const changeAreaId = pick(areas);
      add(`change-area-${changeAreaId}`, 'ChangeAreaMergedInto', { changeAreaId, intoChangeAreaId: pick(areas) });
    } else if (roll < 0.72 || goals.length < 2) {
      const goalId = next() < 0.1 && goals.length ? pick(goals) : `g${goals.length}`;
      if (!goals.includes(goalId)) goals.push(goalId);
      add(`goal-${goalId}`, 'GoalDrafted', {
        goalId,
        code: `${goals.length}`,
        title: `Mål ${goalId} (${events.length})`,
        themeCode: 't',
        fromChangeAreas: [pick(areas)],
        derivedFromGoals: next() < 0.3 ? [pick(goals)] : [],
      });
    } else if (roll < 0.9) {
      const goalId = pick(goals);
      add(`goal-${goalId}`, 'GoalReworded', { goalId, title: `Mål ${goalId} v${events.length}`, previousTitle: '' });
    } else if (roll < 0.95) {
      const goalId = pick(goals);
      add(`goal-${goalId}`, 'GoalMergedInto', { goalId, intoGoalId: pick(goals) });
    } else {
      const goalId = pick(goals);
      add(`goal-${goalId}`, 'GoalSplit', { goalId, intoGoalIds: [pick(goals), pick(goals)] });
    }
  }
  return events;
}

describe('StrategyLineage', () => {
  const events = history(1200, 11);
  // As the read model feeds it: each event's record, and the inputs it registers kept apart, by id.
  const { tables, feed } = strategyTables();
  const lineage = new StrategyLineage(tables);
  for (let i = 0; i < events.length; i += 100) feed(events.slice(i, i + 100));
  const next = random(5);
  const lastDay = Math.ceil((Date.parse(events[events.length - 1].metadata.recordedAt) - Date.UTC(2021, 0, 1)) / DAY);
  const roots = [
    ...new Set(
      events.flatMap((e) => {
        const d = e.data as Record<string, string>;
        if (e.type === 'GoalDrafted') return [`goal:${d.goalId}`];
        if (e.type === 'ChangeAreaIdentified') return [`change-area:${d.changeAreaId}`];
        if (e.type === 'WorkshopHeld') return [`input-count:${d.workshopId}`];
        return [];
      }),
    ),
  ];

  it('kept as events arrive, answers every query exactly as a full scan of the log does (backdated events, knownAt)', async () => {
    let found = 0;
    for (let i = 0; i < 250; i++) {
      const query: ResolvedTemporalQuery = {
        validBefore: Date.UTC(2021, 0, 1) + Math.floor(next() * (lastDay + 2)) * DAY,
        knownBefore: next() < 0.5 ? Number.MAX_SAFE_INTEGER : Date.UTC(2021, 0, 1) + Math.floor(next() * (lastDay + 2)) * DAY,
      };
      const root = roots[Math.floor(next() * roots.length)];
      const direction = next() < 0.5 ? 'up' : 'down';
      const expected = lineageByFullScan(events, root, direction, query, sources);
      expect(await lineage.graph(root, direction, query, strategyAsOf(events, query), sources)).toEqual(expected);
      if (expected) found++;
    }
    // Most queries find their root, and some do not (a date before it): both paths are compared.
    expect(found).toBeGreaterThan(50);
    expect(found).toBeLessThan(250);
  });

  it('finds the inputs registered by id, and nothing for an id no workshop registered', () => {
    expect(tables.inputs(['i0', 'i1', 'nowhere']).map((row) => row.inputId)).toEqual(['i0', 'i1']);
  });
});

/**
 * The reference: the lineage as the read side computed it before it was kept, by scanning every
 * strategy event a query can see (issue #11 replaced it; kept here as the oracle).
 */
function lineageByFullScan(
  all: RecordedEvent[],
  root: string,
  direction: 'up' | 'down',
  query: ResolvedTemporalQuery,
  sources: SourceLookup,
) {
  const nodes = new Map<string, LineageNode>();
  const edges = new Map<string, LineageEdge>();
  const goalNode = (id: string) => `goal:${id}`;
  const wordings = new Map<string, { title: string; event: RecordedEvent }[]>();
  const workshops = new Map<string, { title?: string; count?: number }>();
  for (const event of eventsAsOf(all, query)) {
    const data = event.data as Record<string, never>;
    const source = sources.provenanceOf(event);
    const edge = (from: string, to: string, kind: LineageEdge['kind'], edgeSource = source) => {
      const key = `${from}|${to}|${kind}`;
      const known = edges.get(key);
      if (known) known.sources.push(edgeSource);
      else edges.set(key, { from, to, kind, sources: [edgeSource] });
    };
    switch (event.type) {
      case 'WorkshopHeld':
        workshops.set(data.workshopId, { ...workshops.get(data.workshopId), title: data.title });
        break;
      case 'InputsCounted':
        workshops.set(data.workshopId, { ...workshops.get(data.workshopId), count: data.count });
        break;
      case 'WorkshopInputsMergedIntoChangeArea':
        edge(`input-count:${data.workshopId}`, `change-area:${data.changeAreaId}`, 'merged-into');
        break;
      case 'InputsRegistered':
        for (const input of asDomainEvent<Extract<WorkshopEvent, { type: 'InputsRegistered' }>>(event).data.inputs) {
          nodes.set(`input:${input.inputId}`, { id: `input:${input.inputId}`, kind: 'input', label: input.text });
        }
        break;
      case 'InputsMergedIntoChangeArea':
        for (const inputId of data.inputIds as string[]) edge(`input:${inputId}`, `change-area:${data.changeAreaId}`, 'merged-into');
        break;
      case 'ChangeAreaMergedInto':
        edge(`change-area:${data.changeAreaId}`, `change-area:${data.intoChangeAreaId}`, 'merged-into');
        break;
      case 'GoalDrafted':
        wordings.set(data.goalId, [{ title: data.title, event }]);
        for (const area of data.fromChangeAreas as string[]) edge(`change-area:${area}`, goalNode(data.goalId), 'derived-from');
        for (const parent of data.derivedFromGoals as string[]) edge(goalNode(parent), goalNode(data.goalId), 'derived-from');
        break;
      case 'GoalReworded':
        wordings.get(data.goalId)?.push({ title: data.title, event });
        break;
      case 'GoalMergedInto':
        edge(goalNode(data.goalId), goalNode(data.intoGoalId), 'merged-into');
        break;
      case 'GoalSplit':
        for (const child of data.intoGoalIds as string[]) edge(goalNode(data.goalId), goalNode(child), 'split-from');
        break;
    }
  }
  // Inputs known only by number: one node per workshop, whichever of its facts came first.
  for (const [workshopId, { title, count }] of workshops) {
    const id = `input-count:${workshopId}`;
    const label = `${count === undefined ? 'Innspill (antall ukjent)' : `${count} innspill`} fra ${title ?? workshopId}`;
    nodes.set(id, { id, kind: 'input-count', label, ...(count === undefined ? {} : { count }) });
  }
  const doc = strategyAsOf(all, query);
  for (const [id, titles] of wordings) {
    const goal = doc.goals.get(id) as Goal;
    nodes.set(goalNode(id), { id: goalNode(id), kind: 'goal', label: goal.title, code: goal.code, status: goal.status });
    // Earlier wordings are nodes of their own, each reworded as the next (by the rewording's source), the last as the goal.
    const chain = titles.slice(0, -1).map(({ title }, i) => ({ id: `${goalNode(id)}@${i + 1}`, title }));
    chain.forEach(({ id: nodeId, title }, i) => {
      nodes.set(nodeId, { id: nodeId, kind: 'goal-wording', label: title });
      const to = chain[i + 1]?.id ?? goalNode(id);
      edges.set(`${nodeId}|${to}|reworded-as`, {
        from: nodeId,
        to,
        kind: 'reworded-as',
        sources: [sources.provenanceOf(titles[i + 1].event)],
      });
    });
  }
  for (const [id, area] of doc.changeAreas) {
    if (area.status !== 'none')
      nodes.set(`change-area:${id}`, { id: `change-area:${id}`, kind: 'change-area', label: area.name, status: area.status });
  }
  if (!nodes.has(root)) return undefined;
  return reachable(root, direction, nodes, [...edges.values()]);
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
  return {
    root: start,
    direction,
    nodes: [...seen].map((id) => nodes.get(id) ?? { id, kind: id.slice(0, id.indexOf(':')) as LineageNode['kind'], label: id }),
    edges: kept,
  };
}
