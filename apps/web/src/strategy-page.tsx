import { useEffect, useState } from 'preact/hooks';
import { getJson, type Goal, type Strategy } from './api';
import { count, norwegianDate } from './format';

/** The day this log's story turns: the extra meeting of 04.02.2022 with the 28 draft goals. */
const DEFAULT_DATE = '2022-02-04';

/** The date in the address (`?at=`), so that a link cites what the reader saw. */
const dateInAddress = () => new URLSearchParams(location.search).get('at') ?? DEFAULT_DATE;

export function StrategyPage() {
  const [at, setAt] = useState(dateInAddress);
  const [strategy, setStrategy] = useState<Strategy>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    history.replaceState(null, '', `?at=${at}`);
    setProblem(undefined);
    getJson<Strategy>(`/strategy?at=${encodeURIComponent(at)}`).then(setStrategy, (error: Error) => setProblem(error.message));
  }, [at]);

  return (
    <main>
      <h1>Strategien per {norwegianDate(at)}</h1>
      <label for="at">Vis strategien slik den sto på dato</label>
      <input id="at" type="date" value={at} min="2021-01-01" onChange={(e) => e.currentTarget.value && setAt(e.currentTarget.value)} />
      {problem && <p role="alert">Kunne ikke hente strategien: {problem}</p>}
      {strategy && <Funnel strategy={strategy} />}
      {strategy && <Goals strategy={strategy} at={at} />}
    </main>
  );
}

function Funnel({ strategy: { funnel } }: { strategy: Strategy }) {
  return (
    <section aria-labelledby="funnel">
      <h2 id="funnel">Fra innspill til mål</h2>
      <ol class="funnel">
        <li>
          <strong>{count(funnel.inputs)}</strong> innspill fra {count(funnel.workshops)} arbeidsmøter
        </li>
        <li>
          <strong>{funnel.changeAreas}</strong> endringsområder
        </li>
        <li data-testid="draft-goals">
          <strong>{funnel.draftGoals}</strong> utkast til mål
        </li>
        <li data-testid="prioritised-goals">
          <strong>{funnel.prioritisedGoals}</strong> prioriterte mål
        </li>
      </ol>
    </section>
  );
}

/** The prioritised goals, or else the goals by theme (the draft goals of 04.02.2022 under their four themes). */
function Goals({ strategy, at }: { strategy: Strategy; at: string }) {
  const prioritised = strategy.prioritisedGoals.length > 0;
  const groups = prioritised
    ? [{ name: undefined, goals: strategy.prioritisedGoals }]
    : strategy.themes.filter((t) => t.goals.length).map((t) => ({ name: t.name, goals: t.goals }));
  const list = (goals: Goal[]) => (
    <ul class="goals">
      {goals.map((goal) => (
        <li key={goal.goalId}>
          <a href={`/ui/goals/${encodeURIComponent(goal.goalId)}?at=${at}`}>
            <span class="code">Mål {goal.code}</span> {goal.title}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="goals">
      <h2 id="goals">{prioritised ? 'Prioriterte mål' : 'Mål etter tema'}</h2>
      {groups.length === 0 && <p>Ingen mål registrert på denne datoen.</p>}
      {groups.map((group) =>
        group.name ? (
          <section key={group.name} aria-label={group.name}>
            <h3>{group.name}</h3>
            {list(group.goals)}
          </section>
        ) : (
          list(group.goals)
        ),
      )}
    </section>
  );
}
