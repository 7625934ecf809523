import { KnownAtField, useKnownAt } from './known-at';
import type { Goal, Strategy } from './api';
import { DateField, FIRST_DAY, today, useDateInAddress } from './date-field';
import { count, norwegianDate } from './format';
import { FunnelFlow } from './funnel-flow';
import { FactSourceView } from './source';
import type { ChangeArea } from './strategy-reads';
import { useJson } from './use-json';
import { readProblemText } from './messages';

/** The day this log's story turns: the extra meeting of 04.02.2022 with the 28 draft goals. */
const DEFAULT_DATE = '2022-02-04';

/** `/ui/strategy?at=`: the strategy on a date, from the workshops' inputs to the goals. */
export function StrategyPage() {
  const [at, setAt] = useDateInAddress('at', DEFAULT_DATE);
  const known = useKnownAt();
  const { data: strategy, problem, loading } = useJson<Strategy>(`/strategy?at=${at}${known.query}`);

  return (
    <main>
      <h1>Strategien per {norwegianDate(at)}</h1>
      <DateField
        id="at"
        label="Vis strategien slik den sto på dato"
        sliderLabel="Tidslinje"
        value={at}
        onChange={setAt}
        min={FIRST_DAY}
        max={today()}
      />
      {known.allowed && <KnownAtField knownAt={known.knownAt} setKnownAt={known.setKnownAt} />}
      {problem && <p role="alert">Kunne ikke hente strategien: {readProblemText(problem)}</p>}
      {strategy && (
        <div aria-busy={loading}>
          <section aria-labelledby="funnel">
            <h2 id="funnel">Fra innspill til mål</h2>
            <FunnelFlow funnel={strategy.funnel} />
          </section>
          <Goals strategy={strategy} at={at} />
          <ChangeAreas strategy={strategy} />
        </div>
      )}
    </main>
  );
}

function GoalList({ goals, at }: { goals: Goal[]; at: string }) {
  return (
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
}

/** The prioritised goals, then the draft goals under their themes (the 28 of 04.02.2022 under four). */
function Goals({ strategy, at }: { strategy: Strategy; at: string }) {
  const themes = strategy.themes
    .map((theme) => ({ ...theme, goals: theme.goals.filter((goal) => goal.status === 'draft') }))
    .filter((theme) => theme.goals.length > 0);
  return (
    <>
      {strategy.prioritisedGoals.length > 0 && (
        <section id="prioriterte-mal" aria-labelledby="prioriterte-mal-tittel">
          <h2 id="prioriterte-mal-tittel">Prioriterte mål</h2>
          <GoalList goals={strategy.prioritisedGoals} at={at} />
        </section>
      )}
      {themes.length > 0 && (
        <section id="utkast-til-mal" aria-labelledby="utkast-til-mal-tittel">
          <h2 id="utkast-til-mal-tittel">Utkast til mål etter tema</h2>
          {themes.map((theme) => (
            <section key={theme.themeCode} aria-label={theme.name}>
              <h3>{theme.name}</h3>
              <GoalList goals={theme.goals} at={at} />
            </section>
          ))}
        </section>
      )}
      {strategy.prioritisedGoals.length === 0 && themes.length === 0 && <p>Ingen mål registrert på denne datoen.</p>}
    </>
  );
}

/** The change areas and the inputs they were formed from; how many inputs each rests on is often unknown. */
function ChangeAreas({ strategy: { changeAreas, funnel } }: { strategy: Strategy }) {
  if (changeAreas.length === 0) return null;
  return (
    <section id="endringsomrader" aria-labelledby="endringsomrader-tittel">
      <h2 id="endringsomrader-tittel">Endringsområder</h2>
      <p id="innspill">
        {count(funnel.inputs)} innspill fra {count(funnel.workshops)} arbeidsmøter ble samlet i {changeAreas.length} endringsområder. Hvor
        mange innspill hvert område bygger på, står bare der kilden sier det.
      </p>
      <ul class="change-areas">
        {changeAreas.map((area) => (
          <ChangeAreaItem key={area.changeAreaId} area={area} />
        ))}
      </ul>
    </section>
  );
}

const ChangeAreaItem = ({ area }: { area: ChangeArea }) => (
  <li>
    <strong>{area.name}</strong> (antall innspill: {count(area.inputCount)})
    {area.sources.map((source, i) => (
      <FactSourceView key={i} source={source} />
    ))}
    <details>
      <summary>Fra og til</summary>
      <p>Fra: {area.fra}</p>
      <p>Til: {area.til}</p>
    </details>
  </li>
);
