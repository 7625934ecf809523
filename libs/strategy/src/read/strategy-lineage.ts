import type { ResolvedTemporalQuery } from '@app/shared-kernel';
import type { FactProvenance, SourceLookup } from '@app/sources';
import type { GoalState } from '../domain/goal.decider';
import type { StrategyDocument } from './strategy-document';
import { insertInTemporalOrder, type Timed } from './strategy-facts';
import type { InputRegistration, InputRegistrations, StrategyRecord } from './strategy-record';

export interface LineageNode {
  id: string;
  /** `input-count`: a workshop's inputs known only by their number ("400 innspill"). */
  kind: 'input' | 'input-count' | 'change-area' | 'goal' | 'goal-wording';
  label: string;
  code?: string;
  status?: string;
  count?: number;
}

export interface LineageEdge {
  from: string;
  to: string;
  kind: 'merged-into' | 'derived-from' | 'split-from' | 'reworded-as';
  /** The facts that state the link, each with its source: stated, or an interpretation with its note. */
  sources: FactProvenance[];
}

export interface Lineage {
  root: string;
  direction: 'up' | 'down';
  nodes: LineageNode[];
  edges: LineageEdge[];
}

/**
 * A fact stating a link; `ordinal` orders the links one event states (a merge of several
 * inputs). Its times are its record's, read through: there are as many of these as links.
 */
class LinkFact implements Timed {
  constructor(
    readonly record: StrategyRecord,
    readonly ordinal: number,
  ) {}

  get effective(): number {
    return this.record.effective;
  }

  get known(): number {
    return this.record.known;
  }
}

/** A link as the facts state it, each fact kept in temporal order. */
interface IndexedEdge {
  from: string;
  to: string;
  kind: LineageEdge['kind'];
  facts: LinkFact[];
}

type Goal = Exclude<GoalState, { status: 'none' }>;

const goalNode = (goalId: string) => `goal:${goalId}`;

/**
 * The strategy's family tree, kept as events arrive: each link between inputs, change areas
 * and goals with the facts that state it, indexed by the nodes it joins, and the facts that
 * name and count the nodes. A query walks from its root over the links its date and knowledge
 * time can see, so it costs what the answer holds, not what the log holds.
 *
 * Edges point from the earlier thing to the later one; a node's links are listed in the order
 * their first visible fact took effect, a goal's earlier wordings after them.
 */
export class StrategyLineage {
  /** Per node, the links that start or end at it. */
  private readonly links = new Map<string, IndexedEdge[]>();
  /** Per workshop, its WorkshopHeld and InputsCounted records. */
  private readonly workshops = new Map<string, StrategyRecord[]>();
  /** Per goal, its drafting and rewordings: the wordings it had. */
  private readonly wordings = new Map<string, StrategyRecord[]>();

  /** `inputs`: the registered inputs, looked up by id (they are many, and kept on disk). */
  constructor(private readonly inputs: InputRegistrations) {}

  add(record: StrategyRecord): void {
    const data = record.data as Record<string, never>;
    /** The links this record states, in the order it states them. */
    let links: [from: string, to: string, kind: LineageEdge['kind']][];
    switch (record.type) {
      case 'WorkshopHeld':
      case 'InputsCounted':
        insertTimed(this.workshops, data.workshopId, record);
        return;
      case 'WorkshopInputsMergedIntoChangeArea':
        links = [[`input-count:${data.workshopId}`, `change-area:${data.changeAreaId}`, 'merged-into']];
        break;
      case 'InputsMergedIntoChangeArea':
        links = (data.inputIds as string[]).map((inputId) => [`input:${inputId}`, `change-area:${data.changeAreaId}`, 'merged-into']);
        break;
      case 'ChangeAreaMergedInto':
        links = [[`change-area:${data.changeAreaId}`, `change-area:${data.intoChangeAreaId}`, 'merged-into']];
        break;
      case 'GoalDrafted':
        insertTimed(this.wordings, data.goalId, record);
        links = [
          ...(data.fromChangeAreas as string[]).map((area): [string, string, 'derived-from'] => [
            `change-area:${area}`,
            goalNode(data.goalId),
            'derived-from',
          ]),
          ...(data.derivedFromGoals as string[]).map((parent): [string, string, 'derived-from'] => [
            goalNode(parent),
            goalNode(data.goalId),
            'derived-from',
          ]),
        ];
        break;
      case 'GoalReworded':
        insertTimed(this.wordings, data.goalId, record);
        return;
      case 'GoalMergedInto':
        links = [[goalNode(data.goalId), goalNode(data.intoGoalId), 'merged-into']];
        break;
      case 'GoalSplit':
        links = (data.intoGoalIds as string[]).map((child) => [goalNode(data.goalId), goalNode(child), 'split-from']);
        break;
      default:
        return; // most records (inputs registered, votes, goal commands) state no link
    }
    links.forEach(([from, to, kind], ordinal) => this.link(from, to, kind, new LinkFact(record, ordinal)));
  }

  /**
   * The lineage of a goal, change area or workshop's inputs (`root` is `goal:ID`,
   * `change-area:ID` or `input-count:WORKSHOP`): upstream to the inputs, or downstream to the
   * goals they became; undefined if the root is not there as the query sees it.
   */
  async graph(
    root: string,
    direction: 'up' | 'down',
    query: ResolvedTemporalQuery,
    doc: StrategyDocument,
    sources: SourceLookup,
  ): Promise<Lineage | undefined> {
    const visible = (t: Timed) => t.effective < query.validBefore && t.known < query.knownBefore;
    const nodes = new Nodes(this, doc, visible);
    if (!nodes.get(root)) return undefined;
    const edgesFrom = (node: string): LineageEdge[] => {
      const near = (edge: IndexedEdge) => (direction === 'up' ? edge.to : edge.from);
      const seen = (this.links.get(node) ?? [])
        .filter((edge) => near(edge) === node)
        .map((edge) => ({ edge, facts: edge.facts.filter(visible) }))
        .filter(({ facts }) => facts.length > 0)
        .sort((a, b) => temporalOrder(a.facts[0], b.facts[0]));
      const linked = seen.map(({ edge, facts }) => ({
        from: edge.from,
        to: edge.to,
        kind: edge.kind,
        sources: facts.map((f) => sources.provenanceOf(f.record)),
      }));
      return [...linked, ...nodes.rewordings(node, direction, sources)];
    };
    const reached = [root];
    const seen = new Set(reached);
    const kept: LineageEdge[] = [];
    for (let i = 0; i < reached.length; i++) {
      for (const edge of edgesFrom(reached[i])) {
        kept.push(edge);
        const far = direction === 'up' ? edge.from : edge.to;
        if (!seen.has(far)) {
          seen.add(far);
          reached.push(far);
        }
      }
    }
    await nodes.lookUpInputs(reached.filter((id) => id.startsWith('input:')).map((id) => id.slice('input:'.length)));
    return {
      root,
      direction,
      nodes: reached.map((id) => nodes.get(id) ?? { id, kind: id.slice(0, id.indexOf(':')) as LineageNode['kind'], label: id }),
      edges: kept,
    };
  }

  /** @internal what `Nodes` reads. */
  factsOf(kind: 'workshops' | 'wordings', id: string): readonly StrategyRecord[] {
    return this[kind].get(id) ?? [];
  }

  /** @internal each input's registrations, in temporal order. */
  async registrationsOf(inputIds: readonly string[]): Promise<Map<string, InputRegistration[]>> {
    const found = await this.inputs.of(inputIds);
    for (const list of found.values()) list.sort((a, b) => a.effective - b.effective || (a.globalPosition < b.globalPosition ? -1 : 1));
    return found;
  }

  private link(from: string, to: string, kind: LineageEdge['kind'], fact: LinkFact): void {
    // Found again among the links of whichever end has fewer (an input has one or two; its change area thousands).
    const [atFrom, atTo] = [this.links.get(from) ?? [], this.links.get(to) ?? []];
    let edge = (atFrom.length <= atTo.length ? atFrom : atTo).find((e) => e.from === from && e.to === to && e.kind === kind);
    if (!edge) {
      edge = { from, to, kind, facts: [] };
      insertInto(this.links, from, edge);
      if (to !== from) insertInto(this.links, to, edge);
    }
    insertInTemporalOrder(edge.facts, fact);
  }
}

/** The nodes of one query: named and counted by the facts it can see. */
class Nodes {
  private inputs = new Map<string, InputRegistration[]>();
  private readonly wordings = new Map<string, { title: string; record: StrategyRecord }[]>();

  constructor(
    private readonly lineage: StrategyLineage,
    private readonly doc: StrategyDocument,
    private readonly visible: (t: Timed) => boolean,
  ) {}

  /** Reads the registrations of the inputs reached, in one go, before their nodes are named. */
  async lookUpInputs(inputIds: readonly string[]): Promise<void> {
    this.inputs = await this.lineage.registrationsOf(inputIds);
  }

  get(id: string): LineageNode | undefined {
    const at = id.indexOf(':');
    const [kind, key] = [id.slice(0, at), id.slice(at + 1)];
    switch (kind) {
      case 'input': {
        const registration = (this.inputs.get(key) ?? []).filter(this.visible).at(-1);
        return registration && { id, kind: 'input', label: registration.text };
      }
      case 'input-count':
        return this.workshop(id, key);
      case 'change-area': {
        const area = this.doc.changeAreas.get(key);
        return area && area.status !== 'none' ? { id, kind: 'change-area', label: area.name, status: area.status } : undefined;
      }
      case 'goal': {
        const [goalId, wording] = key.split('@');
        const titles = this.titles(goalId);
        if (!titles.length) return undefined;
        if (wording !== undefined) {
          const title = titles[Number(wording) - 1];
          return title && Number(wording) < titles.length ? { id, kind: 'goal-wording', label: title.title } : undefined;
        }
        const goal = this.doc.goals.get(goalId) as Goal;
        return { id, kind: 'goal', label: goal.title, code: goal.code, status: goal.status };
      }
      default:
        return undefined;
    }
  }

  /** A goal's earlier wordings as nodes of their own, each reworded as the next (by the rewording's source), the last as the goal. */
  rewordings(node: string, direction: 'up' | 'down', sources: SourceLookup): LineageEdge[] {
    const match = /^goal:([^@]*)(?:@(\d+))?$/.exec(node);
    if (!match) return [];
    const [, goalId, wording] = match;
    const titles = this.titles(goalId);
    const last = titles.length - 1;
    // Wording i (1-based) is followed by wording i+1, and the last earlier wording by the goal itself.
    const nodeAt = (i: number) => (i > last ? `goal:${goalId}` : `goal:${goalId}@${i}`);
    const edge = (i: number): LineageEdge => ({
      from: nodeAt(i),
      to: nodeAt(i + 1),
      kind: 'reworded-as',
      sources: [sources.provenanceOf(titles[i].record)],
    });
    const at = wording === undefined ? last + 1 : Number(wording);
    if (direction === 'up') return at > 1 && at - 1 <= last ? [edge(at - 1)] : [];
    return wording !== undefined && at <= last ? [edge(at)] : [];
  }

  /** The wordings a goal had, as the query sees them: its drafting starts them afresh. */
  private titles(goalId: string): { title: string; record: StrategyRecord }[] {
    // Once per goal and query: a walk meets every earlier wording of a goal as a node of its own.
    const known = this.wordings.get(goalId);
    if (known) return known;
    let titles: { title: string; record: StrategyRecord }[] = [];
    for (const record of this.lineage.factsOf('wordings', goalId)) {
      if (!this.visible(record)) continue;
      const entry = { title: record.data.title as string, record };
      if (record.type === 'GoalDrafted') titles = [entry];
      else if (titles.length) titles.push(entry);
    }
    this.wordings.set(goalId, titles);
    return titles;
  }

  /** A workshop's inputs known only by number: named by the latest WorkshopHeld, counted by the latest InputsCounted. */
  private workshop(id: string, workshopId: string): LineageNode | undefined {
    const facts = this.lineage.factsOf('workshops', workshopId).filter(this.visible);
    if (!facts.length) return undefined;
    const latest = (type: string) => facts.filter((f) => f.type === type).at(-1)?.data;
    const title = latest('WorkshopHeld')?.title as string | undefined;
    const count = latest('InputsCounted')?.count as number | undefined;
    const label = `${count === undefined ? 'Innspill (antall ukjent)' : `${count} innspill`} fra ${title ?? workshopId}`;
    return { id, kind: 'input-count', label, ...(count === undefined ? {} : { count }) };
  }
}

function insertInto<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function insertTimed(map: Map<string, StrategyRecord[]>, key: string, record: StrategyRecord): void {
  const list = map.get(key);
  if (list) insertInTemporalOrder(list, record);
  else map.set(key, [record]);
}

/** The order links are listed in: by the fact that first states them, then as that fact lists them. */
function temporalOrder(a: LinkFact, b: LinkFact): number {
  const position = a.record.globalPosition < b.record.globalPosition ? -1 : a.record.globalPosition > b.record.globalPosition ? 1 : 0;
  return a.effective - b.effective || position || a.ordinal - b.ordinal;
}
