import type { Lineage } from './api';

/** The links around a goal, up and down joined (no longer one direction's answer). */
export type Links = Omit<Lineage, 'direction'>;

/** Sizes in the graph's own units (CSS pixels at 100 % zoom). */
export const NODE_WIDTH = 180;
const COLUMN_GAP = 56;
const ROW_GAP = 12;
export const LINE_HEIGHT = 16;
export const PADDING = 8;
/** How wide a line may be, in widths of a lower-case letter (a capital counts as 1.4 of them). */
const LINE_WIDTH = 23;

type LineageNode = Lineage['nodes'][number];
type LineageEdge = Lineage['edges'][number];

export interface PlacedNode extends LineageNode {
  x: number;
  y: number;
  height: number;
  /** The node's kind and code: "Mål 2.1", "Endringsområde". */
  heading: string;
  /** The label, wrapped: all of it, since a goal's node is a link named by its words. */
  lines: string[];
}

export interface PlacedEdge {
  from: string;
  to: string;
  interpreted: boolean;
  path: string;
}

/** A link is an interpretation if any fact behind it is one: the reader is told whenever the recorder read rather than quoted. */
export const isInterpretation = (edge: Pick<LineageEdge, 'sources'>) => edge.sources.some((s) => s.basis === 'interpreted');

const HEADINGS: Record<string, string> = {
  'change-area': 'Endringsområde',
  'goal-wording': 'Tidligere ordlyd',
  input: 'Innspill',
  'input-count': 'Innspill',
};

/** What a node is: "Mål 2.1", "Endringsområde", "Tidligere ordlyd". */
export const headingOf = (node: LineageNode) => (node.kind === 'goal' ? `Mål ${node.code}` : (HEADINGS[node.kind] ?? node.kind));

/** One lineage of two (up and down from the same goal): each node and link once. */
export function joined(up: Lineage, down: Lineage): Links {
  const nodes = new Map([...up.nodes, ...down.nodes].map((n) => [n.id, n]));
  const edges = new Map([...up.edges, ...down.edges].map((e) => [`${e.from}>${e.to}>${e.kind}`, e]));
  return { root: up.root, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A text's width estimated without a browser (the layout is worked out before anything is drawn). */
const widthOf = (text: string) => [...text].reduce((width, c) => width + (c !== c.toLowerCase() ? 1.4 : 1), 0);

function wrapped(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && widthOf(`${lines[last]} ${word}`) <= LINE_WIDTH) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Columns from origin to result: a node stands one column right of the furthest node it comes
 * from (inputs, then change areas, draft goals, goals); a node that comes from none stands just
 * left of the nearest it leads to (an earlier wording beside the drafts, not among the inputs).
 * Within a column, nodes follow the mean row of what they come from, which keeps most links
 * from crossing.
 */
function columns(lineage: Links): LineageNode[][] {
  const ids = new Set(lineage.nodes.map((n) => n.id));
  const links = lineage.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const sourcesOf = (id: string) => links.filter((e) => e.to === id).map((e) => e.from);
  const depth = new Map<string, number>();
  const depthOf = (id: string, path: Set<string>): number => {
    if (depth.has(id)) return depth.get(id)!;
    // A cycle (which the log should not hold) is cut where it closes, not followed forever.
    if (path.has(id)) return 0;
    const from = sourcesOf(id);
    const d = from.length ? 1 + Math.max(...from.map((s) => depthOf(s, new Set([...path, id])))) : 0;
    depth.set(id, d);
    return d;
  };
  const columnOf = (id: string) => {
    const next = links.filter((e) => e.from === id).map((e) => depthOf(e.to, new Set()));
    return sourcesOf(id).length || !next.length ? depthOf(id, new Set()) : Math.max(0, Math.min(...next) - 1);
  };
  const placed: LineageNode[][] = [];
  for (const node of lineage.nodes) (placed[columnOf(node.id)] ??= []).push(node);
  // A cut cycle can leave a column empty: the columns close up.
  const cols = placed.filter((col) => col !== undefined);
  const row = new Map<string, number>();
  for (const col of cols) {
    const mean = (n: LineageNode) => {
      const rows = sourcesOf(n.id).flatMap((s) => (row.has(s) ? [row.get(s)!] : []));
      // A node that comes from nothing drawn (an earlier wording) goes below those that do.
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.MAX_SAFE_INTEGER;
    };
    col.sort((a, b) => mean(a) - mean(b));
    col.forEach((n, i) => row.set(n.id, i));
  }
  return cols;
}

/** Where each node and link of a lineage is drawn, and the size of the drawing. */
export function layout(lineage: Links): { nodes: PlacedNode[]; edges: PlacedEdge[]; width: number; height: number } {
  const cols = columns(lineage).map((col, c) =>
    col.map((node) => {
      const lines = wrapped(node.label);
      return {
        ...node,
        x: c * (NODE_WIDTH + COLUMN_GAP),
        y: 0,
        height: 2 * PADDING + LINE_HEIGHT * (1 + lines.length),
        heading: headingOf(node),
        lines,
      };
    }),
  );
  const columnHeight = (col: PlacedNode[]) => col.reduce((sum, n) => sum + n.height, 0) + ROW_GAP * (col.length - 1);
  const height = Math.max(0, ...cols.map(columnHeight));
  for (const col of cols) {
    let y = (height - columnHeight(col)) / 2;
    for (const node of col) {
      node.y = y;
      y += node.height + ROW_GAP;
    }
  }
  const placed = new Map(cols.flat().map((n) => [n.id, n]));
  const links = new Map<string, PlacedEdge>();
  for (const edge of lineage.edges) {
    const [from, to] = [placed.get(edge.from), placed.get(edge.to)];
    if (!from || !to) continue;
    const key = `${edge.from}>${edge.to}`;
    // Two facts can join the same pair (derived from, and merged into): one line, an interpretation if either is.
    const interpreted = isInterpretation(edge) || (links.get(key)?.interpreted ?? false);
    const [x1, y1, x2, y2] = [from.x + NODE_WIDTH, from.y + from.height / 2, to.x, to.y + to.height / 2];
    const mid = (x1 + x2) / 2;
    links.set(key, { from: edge.from, to: edge.to, interpreted, path: `M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}` });
  }
  const width = cols.length * NODE_WIDTH + Math.max(0, cols.length - 1) * COLUMN_GAP;
  return { nodes: [...placed.values()], edges: [...links.values()], width, height };
}
