import { useEffect, useState } from 'preact/hooks';
import { getJson, type GoalHistoryEntry, type GoalView, type Lineage } from './api';
import { FactSourceView, Source } from './source';
import { norwegianDate } from './format';

/** Events that change a goal's wording or place, as a reader names them. */
const WORDING_EVENTS: Record<string, string> = {
  GoalDrafted: 'Utkast',
  GoalReworded: 'Omformulert',
  GoalRenumbered: 'Nytt nummer',
  GoalPrioritised: 'Prioritert',
  GoalMergedInto: 'Slått sammen',
  GoalSplit: 'Delt',
  GoalRetired: 'Avviklet',
};

const LINK_KINDS: Record<string, string> = { 'derived-from': 'bygger på', 'merged-into': 'slått inn i', 'split-into': 'delt i' };

/** `/ui/goals/:goalId?at=`: one goal, its wording over time and where it comes from. */
export function GoalPage({ goalId }: { goalId: string }) {
  const at = new URLSearchParams(location.search).get('at') ?? new Date().toISOString().slice(0, 10);
  const [goal, setGoal] = useState<GoalView>();
  const [history, setHistory] = useState<GoalHistoryEntry[]>([]);
  const [lineage, setLineage] = useState<Lineage>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const id = encodeURIComponent(goalId);
    Promise.all([
      getJson<GoalView>(`/goals/${id}?at=${at}`),
      getJson<GoalHistoryEntry[]>(`/goals/${id}/history`),
      getJson<Lineage>(`/goals/${id}/lineage?direction=up&at=${at}`),
    ]).then(
      ([g, h, l]) => {
        setGoal(g);
        setHistory(h);
        setLineage(l);
      },
      (error: Error) => setProblem(error.message),
    );
  }, [goalId, at]);

  if (problem)
    return (
      <main>
        <h1>Målet kunne ikke vises</h1>
        <p role="alert">{problem}</p>
      </main>
    );
  if (!goal || !lineage) return <main aria-busy="true">Henter målet …</main>;
  return (
    <main>
      <p>
        <a href={`/ui/strategy?at=${at}`}>Strategien per {norwegianDate(at)}</a>
      </p>
      <h1>
        Mål {goal.code}: {goal.title}
      </h1>
      <Wording history={history} goalId={goalId} at={at} />
      <Origins lineage={lineage} at={at} />
    </main>
  );
}

function Wording({ history, goalId, at }: { history: GoalHistoryEntry[]; goalId: string; at: string }) {
  const goal = (id: string) => <a href={`/ui/goals/${encodeURIComponent(id)}?at=${at}`}>{id}</a>;
  const steps = history.filter((e) => WORDING_EVENTS[e.type]);
  return (
    <section aria-labelledby="wording">
      <h2 id="wording">Ordlyd og endringer over tid</h2>
      <ol class="timeline">
        {steps.map((e) => (
          <li key={e.globalPosition}>
            <strong>{norwegianDate(e.effectiveAt)}</strong> {WORDING_EVENTS[e.type]}
            {e.data.title && <> «{e.data.title}»</>}
            {e.type === 'GoalMergedInto' &&
              (e.data.intoGoalId === goalId ? (
                <>: {goal(e.data.goalId ?? '')} inn i dette målet</>
              ) : (
                <> inn i {goal(e.data.intoGoalId ?? '')}</>
              ))}
            {e.data.reason && <> – {e.data.reason}</>}
            {e.source && (
              <Source
                basis={e.source.basis}
                note={e.source.note}
                text={`${e.source.document}${e.source.locator ? `, ${e.source.locator}` : ''}`}
              />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The lineage upwards, link by link: each with what it rests on, an interpretation marked as one. */
function Origins({ lineage, at }: { lineage: Lineage; at: string }) {
  const nodes = new Map(lineage.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = nodes.get(id);
    if (!node) return id;
    if (node.kind === 'goal')
      return (
        <a href={`/ui/goals/${id.slice('goal:'.length)}?at=${at}`}>
          Mål {node.code}: {node.label}
        </a>
      );
    return node.kind === 'change-area' ? `Endringsområdet ${node.label}` : node.label;
  };
  return (
    <section aria-labelledby="origins">
      <h2 id="origins">Hvor målet kommer fra</h2>
      <ul class="lineage">
        {lineage.edges.map((edge) => {
          const interpreted = edge.sources.some((s) => s.basis === 'interpreted');
          return (
            <li key={`${edge.from}>${edge.to}`} class={interpreted ? 'interpreted' : 'stated'}>
              {edge.kind === 'derived-from' ? (
                <>
                  {name(edge.to)} {LINK_KINDS[edge.kind]} {name(edge.from)}
                </>
              ) : (
                <>
                  {name(edge.from)} {LINK_KINDS[edge.kind] ?? edge.kind} {name(edge.to)}
                </>
              )}
              {edge.sources.map((s, i) => (
                <FactSourceView key={i} source={s} />
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
