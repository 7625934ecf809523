import type { FactSource } from './api';
import { layout, type Links } from './lineage-layout';

type Node = Links['nodes'][number];
type Edge = Links['edges'][number];

const source = (basis: FactSource['basis']): FactSource => ({
  fact: 'GoalDrafted',
  document: 'Vedlegg',
  documentId: 'vedlegg',
  date: '2022-02-04',
  dateBasis: 'stated',
  basis,
});
const node = (id: string, kind: Node['kind'], label = id): Node => ({
  id,
  kind,
  label,
  ...(kind === 'goal' ? { code: id.slice(-1) } : {}),
});
const edge = (from: string, to: string, basis: FactSource['basis'] = 'stated', kind: Edge['kind'] = 'derived-from'): Edge => ({
  from,
  to,
  kind,
  sources: [source(basis)],
});

/** Mål 5 as the recorded history has it, with one earlier wording: inputs, change areas, draft goals, the goal. */
const lineage: Links = {
  root: 'goal:mal-5',
  nodes: [
    node('goal:mal-5', 'goal'),
    node('goal:mal-2-1', 'goal'),
    node('goal:mal-4-6', 'goal'),
    node('goal:mal-5@1', 'goal-wording'),
    node('change-area:a', 'change-area'),
    node('change-area:b', 'change-area'),
    node('input-count:nov', 'input-count'),
  ],
  edges: [
    edge('goal:mal-4-6', 'goal:mal-5', 'interpreted'),
    edge('goal:mal-2-1', 'goal:mal-5', 'interpreted'),
    edge('goal:mal-2-1', 'goal:mal-5', 'stated', 'merged-into'),
    edge('goal:mal-5@1', 'goal:mal-5', 'stated', 'reworded-as'),
    edge('change-area:a', 'goal:mal-2-1'),
    edge('change-area:b', 'goal:mal-4-6'),
    edge('input-count:nov', 'change-area:b', 'interpreted', 'merged-into'),
    edge('input-count:nov', 'change-area:a', 'interpreted', 'merged-into'),
  ],
};

const columnsOf = (placed: ReturnType<typeof layout>) => {
  const xs = [...new Set(placed.nodes.map((n) => n.x))].sort((a, b) => a - b);
  return xs.map((x) =>
    placed.nodes
      .filter((n) => n.x === x)
      .sort((a, b) => a.y - b.y)
      .map((n) => n.id),
  );
};

describe('a lineage drawn as a graph', () => {
  it('stands each node one column right of the furthest it comes from, an earlier wording just left of its goal', () => {
    expect(columnsOf(layout(lineage))).toEqual([
      ['input-count:nov'],
      ['change-area:a', 'change-area:b'],
      // Each draft in the row of its change area; the wording, which comes from nothing drawn, below them.
      ['goal:mal-2-1', 'goal:mal-4-6', 'goal:mal-5@1'],
      ['goal:mal-5'],
    ]);
  });

  it('draws one line for two facts joining the same pair, an interpretation if either is one', () => {
    const edges = layout(lineage).edges;
    expect(edges.filter((e) => e.from === 'goal:mal-2-1' && e.to === 'goal:mal-5')).toEqual([
      expect.objectContaining({ interpreted: true }),
    ]);
    expect(edges.find((e) => e.from === 'goal:mal-5@1')).toEqual(expect.objectContaining({ interpreted: false }));
    expect(edges).toHaveLength(7);
  });

  it('wraps a long label over as many lines as it needs, every word kept', () => {
    const label = 'Sikre at felles krav og retningslinjer for digital samhandlingsevne er tilgjengelige og er tatt i bruk av sektoren';
    const [placed] = layout({ root: 'goal:mal-4-6', nodes: [{ ...node('goal:mal-4-6', 'goal'), label }], edges: [] }).nodes;
    expect(placed.lines.join(' ')).toBe(label);
    expect(placed.lines.length).toBeGreaterThan(3);
    expect(placed.heading).toBe('Mål 6');
  });

  it('cuts a cycle (which the log should not hold) rather than follow it forever', () => {
    const cycle: Links = {
      root: 'goal:a',
      nodes: [node('goal:a', 'goal'), node('goal:b', 'goal')],
      edges: [edge('goal:a', 'goal:b'), edge('goal:b', 'goal:a')],
    };
    // Where it is cut depends on where the walk starts; each node is drawn once, in a column of its own.
    expect(columnsOf(layout(cycle)).map((col) => col.length)).toEqual([1, 1]);
  });
});
