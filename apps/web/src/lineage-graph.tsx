import { Fragment } from 'preact';
import { LINE_HEIGHT, NODE_WIDTH, PADDING, layout, type Links, type PlacedNode } from './lineage-layout';
import './auditor.css';

/** Space around the drawing, so that the thick border of the goal itself is not cut. */
const MARGIN = 4;

export const goalHref = (nodeId: string, at: string) => `/ui/goals/${encodeURIComponent(nodeId.slice('goal:'.length))}?at=${at}`;

/**
 * A node's box and words. Each line is a text of its own placed below the last; the spaces
 * between them keep the words apart when the node is read as one text (a link's name).
 */
function NodeBox({ node }: { node: PlacedNode }) {
  return (
    <>
      <rect x={node.x} y={node.y} width={NODE_WIDTH} height={node.height} rx={6} />
      <text x={node.x + PADDING} y={node.y + PADDING + LINE_HEIGHT - 4}>
        <tspan class="heading">{node.heading}</tspan>
        {node.lines.map((line, i) => (
          <Fragment key={i}>
            {' '}
            <tspan x={node.x + PADDING} dy={LINE_HEIGHT}>
              {line}
            </tspan>
          </Fragment>
        ))}
      </text>
    </>
  );
}

/** A node: a goal opens its page (the goal itself is the current one); change areas and inputs have none. */
function GraphNode({ node, root, at }: { node: PlacedNode; root: boolean; at: string }) {
  const classes = `node ${node.kind}${root ? ' root' : ''}`;
  if (node.kind !== 'goal')
    return (
      <g class={classes}>
        <NodeBox node={node} />
      </g>
    );
  return (
    <a class={classes} href={goalHref(node.id, at)} aria-current={root ? 'page' : undefined}>
      <NodeBox node={node} />
    </a>
  );
}

/** The legend, in words: a dashed line is an interpretation, whatever the colours are seen as. */
const Legend = () => (
  <ul class="graph-legend">
    <li>
      <svg aria-hidden="true" width="40" height="10">
        <line class="edge stated" x1="0" y1="5" x2="40" y2="5" />
      </svg>{' '}
      Heltrukken linje: står i kilden
    </li>
    <li>
      <svg aria-hidden="true" width="40" height="10">
        <line class="edge interpreted" x1="0" y1="5" x2="40" y2="5" />
      </svg>{' '}
      Stiplet linje: <strong>Tolkning</strong> – registrert ut fra hvordan kilden er lest, ikke ordrett
    </li>
    <li>Tykk ramme: målet denne siden handler om</li>
  </ul>
);

/**
 * A goal's lineage drawn as a graph, from the inputs on the left to what the goal became on the
 * right. It shows at a glance what the list of links below says link by link; that list, with
 * each link's sources, is what a screen reader reads.
 */
export function LineageGraph({ lineage, at }: { lineage: Links; at: string }) {
  const { nodes, edges, width, height } = layout(lineage);
  return (
    <figure class="lineage-graph">
      <div class="graph-scroll">
        <svg
          width={width + 2 * MARGIN}
          height={height + 2 * MARGIN}
          viewBox={`${-MARGIN} ${-MARGIN} ${width + 2 * MARGIN} ${height + 2 * MARGIN}`}
          role="group"
          aria-label="Målets slektskap som graf"
        >
          <defs>
            {['stated', 'interpreted'].map((basis) => (
              <marker
                key={basis}
                id={`arrow-${basis}`}
                class={`arrow ${basis}`}
                viewBox="0 0 10 10"
                refX="10"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M0 0 L10 5 L0 10 z" />
              </marker>
            ))}
          </defs>
          {edges.map((edge) => {
            const basis = edge.interpreted ? 'interpreted' : 'stated';
            return (
              <path
                key={`${edge.from}>${edge.to}`}
                class={`edge ${basis}`}
                d={edge.path}
                marker-end={`url(#arrow-${basis})`}
                aria-hidden="true"
              />
            );
          })}
          {nodes.map((node) => (
            <GraphNode key={node.id} node={node} root={node.id === lineage.root} at={at} />
          ))}
        </svg>
      </div>
      <figcaption>
        <Legend />
      </figcaption>
    </figure>
  );
}
