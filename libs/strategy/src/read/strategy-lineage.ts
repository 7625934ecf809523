import type { ResolvedTemporalQuery } from '@app/shared-kernel';
import type { FactProvenance, SourceLookup } from '@app/sources';
import type { StrategyDocument } from './strategy-document';
import type { Timed } from './strategy-facts';
import type { StrategyRecord } from './strategy-record';
import type { LinkRow, StatingFact, StrategyTables } from './strategy-tables';

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

const goalNode = (goalId: string) => `goal:${goalId}`;
const isInput = (node: string) => node.startsWith('input:') || node.startsWith('input-count:');

/**
 * The links a record states between inputs, change areas and goals, in the order it states
 * them. Links point from the earlier thing to the later one, so none ends at an input (the
 * lineage relies on it: walking up, it does not look for links into inputs).
 */
export function linksStatedBy(record: Pick<StrategyRecord, 'type' | 'data'>): [from: string, to: string, kind: LineageEdge['kind']][] {
  const data = record.data as Record<string, never>;
  switch (record.type) {
    case 'WorkshopInputsMergedIntoChangeArea':
      return [[`input-count:${data.workshopId}`, `change-area:${data.changeAreaId}`, 'merged-into']];
    case 'InputsMergedIntoChangeArea':
      return (data.inputIds as string[]).map((inputId) => [`input:${inputId}`, `change-area:${data.changeAreaId}`, 'merged-into']);
    case 'ChangeAreaMergedInto':
      return [[`change-area:${data.changeAreaId}`, `change-area:${data.intoChangeAreaId}`, 'merged-into']];
    case 'GoalDrafted':
      return [
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
    case 'GoalMergedInto':
      return [[goalNode(data.goalId), goalNode(data.intoGoalId), 'merged-into']];
    case 'GoalSplit':
      return (data.intoGoalIds as string[]).map((child) => [goalNode(data.goalId), goalNode(child), 'split-from']);
    default:
      return []; // most records (inputs registered, votes, goal commands) state no link
  }
}

/** An input's registration: the text it gave the input, and when and on what source. */
type Registration = StatingFact & { text: string };

/** A fact stating a link, and the link's place among those it states (a merge of several inputs). */
interface LinkFact {
  fact: StatingFact;
  ordinal: number;
}

/**
 * The strategy's family tree, from the links kept in StrategyTables (each link between inputs,
 * change areas and goals with the records that state it, from both ends) and the facts that
 * name and count the nodes. A query walks from its root over the links its date and knowledge
 * time can see, so it costs what the answer holds, not what the log holds.
 *
 * Edges point from the earlier thing to the later one; a node's links are listed in the order
 * their first visible fact took effect, a goal's earlier wordings after them.
 */
export class StrategyLineage {
  constructor(private readonly tables: StrategyTables) {}

  /**
   * The lineage of a goal, change area or workshop's inputs (`root` is `goal:ID`,
   * `change-area:ID` or `input-count:WORKSHOP`): upstream to the inputs, or downstream to the
   * goals they became; undefined if the root is not there as the query sees it.
   */
  graph(
    root: string,
    direction: 'up' | 'down',
    query: ResolvedTemporalQuery,
    doc: StrategyDocument,
    sources: SourceLookup,
  ): Lineage | undefined {
    const visible = (t: Timed) => t.effective < query.validBefore && t.known < query.knownBefore;
    const nodes = new Nodes(this, doc, visible);
    if (!nodes.get(root)) return undefined;
    const edgesFrom = (node: string, at: readonly LinkRow[]): LineageEdge[] => {
      // The links at the node as the query sees them, each with its facts in temporal order.
      const links = new Map<string, { far: string; kind: LineageEdge['kind']; facts: LinkFact[] }>();
      for (const { far, kind, ordinal, fact } of at) {
        if (!visible(fact)) continue;
        const key = `${far}\u0000${kind}`;
        const link = links.get(key) ?? { far, kind: kind as LineageEdge['kind'], facts: [] };
        links.set(key, link);
        link.facts.push({ fact, ordinal });
      }
      const seen = [...links.values()];
      for (const link of seen) link.facts.sort(temporalOrder);
      seen.sort((a, b) => temporalOrder(a.facts[0], b.facts[0]));
      const linked = seen.map(({ far, kind, facts }) => ({
        from: direction === 'up' ? far : node,
        to: direction === 'up' ? node : far,
        kind,
        sources: facts.map((f) => sources.provenanceOf(f.fact)),
      }));
      return [...linked, ...nodes.rewordings(node, direction, sources)];
    };
    const reached = [root];
    const seen = new Set(reached);
    const kept: LineageEdge[] = [];
    // Breadth first, a level's links read in one query (a change area's thousands of inputs are one level).
    for (let level = [root]; level.length > 0;) {
      // Inputs are where links start: up from them there is nothing to look for (a goal's lineage reaches thousands).
      const links = this.tables.linksAt(direction === 'up' ? level.filter((node) => !isInput(node)) : level, direction);
      const next: string[] = [];
      for (const node of level) {
        for (const edge of edgesFrom(node, links.get(node) ?? [])) {
          kept.push(edge);
          const far = direction === 'up' ? edge.from : edge.to;
          if (!seen.has(far)) {
            seen.add(far);
            reached.push(far);
            next.push(far);
          }
        }
      }
      level = next;
    }
    nodes.lookUpInputs(reached.filter((id) => id.startsWith('input:')).map((id) => id.slice('input:'.length)));
    return {
      root,
      direction,
      nodes: reached.map((id) => nodes.get(id) ?? { id, kind: id.slice(0, id.indexOf(':')) as LineageNode['kind'], label: id }),
      edges: kept,
    };
  }

  /** @internal what `Nodes` reads: a workshop's naming and counting, or a goal's drafting and rewordings, in temporal order. */
  factsOf(kind: 'workshops' | 'wordings', id: string): readonly StrategyRecord[] {
    return kind === 'workshops'
      ? this.tables.factsAbout(`workshop:${id}`, ['WorkshopHeld:', 'InputsCounted:'])
      : this.tables.factsAbout(goalNode(id), ['GoalDrafted:', 'GoalReworded:']);
  }

  /** @internal each input's registrations (the text each gave, and when), in temporal order. */
  registrationsOf(inputIds: readonly string[]): Map<string, Registration[]> {
    const found = new Map<string, Registration[]>();
    for (const { inputId, text, fact } of this.tables.inputs(inputIds)) {
      const list = found.get(inputId) ?? [];
      found.set(inputId, list);
      list.push({ ...fact, text });
    }
    for (const list of found.values()) list.sort((a, b) => a.effective - b.effective || (a.globalPosition < b.globalPosition ? -1 : 1));
    return found;
  }
}

/** The nodes of one query: named and counted by the facts it can see. */
class Nodes {
  private inputs = new Map<string, Registration[]>();
  private readonly wordings = new Map<string, { title: string; record: StrategyRecord }[]>();

  constructor(
    private readonly lineage: StrategyLineage,
    private readonly doc: StrategyDocument,
    private readonly visible: (t: Timed) => boolean,
  ) {}

  /** Reads the registrations of the inputs reached, in one go, before their nodes are named. */
  lookUpInputs(inputIds: readonly string[]): void {
    this.inputs = this.lineage.registrationsOf(inputIds);
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
        if (wording !== undefined) {
          const titles = this.titles(goalId);
          const title = titles[Number(wording) - 1];
          return title && Number(wording) < titles.length ? { id, kind: 'goal-wording', label: title.title } : undefined;
        }
        // The goal as the date and knowledge time see it (drafted, then as it stands): its
        // wordings are read only where the walk shows them (a goal may have thousands).
        const goal = this.doc.goals.get(goalId);
        return goal && goal.status !== 'none' ? { id, kind: 'goal', label: goal.title, code: goal.code, status: goal.status } : undefined;
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
    // Down from the goal itself there is no later wording: nothing to read.
    if (direction === 'down' && wording === undefined) return [];
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

/** The order links are listed in: by the fact that first states them, then as that fact lists them. */
function temporalOrder(a: LinkFact, b: LinkFact): number {
  const position = a.fact.globalPosition < b.fact.globalPosition ? -1 : a.fact.globalPosition > b.fact.globalPosition ? 1 : 0;
  return a.fact.effective - b.fact.effective || position || a.ordinal - b.ordinal;
}
