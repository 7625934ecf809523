import { KnownAtField, useKnownAt } from './known-at';
import { useState } from 'preact/hooks';
import { GoalRecording } from './goal-forms';
import { usePrincipal } from './session';
import { ApiProblem, type GoalView, type Lineage } from './api';
import { Sources } from './fact-sources';
import { today } from './date-field';
import { norwegianDate } from './format';
import { LineageGraph, goalHref } from './lineage-graph';
import { headingOf, isInterpretation, joined, type Links } from './lineage-layout';
import type { HistoryStep } from './strategy-reads';
import { useJson } from './use-json';
import { readProblemText } from './messages';

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

const STATUS: Record<string, string> = {
  draft: 'utkast',
  prioritised: 'prioritert',
  merged: 'slått sammen med et annet mål',
  split: 'delt i flere mål',
  retired: 'avviklet',
};

/** Each kind of link, read from the earlier thing to the later (a derivation is read the other way). */
const LINK_KINDS: Record<string, string> = {
  'derived-from': 'bygger på',
  'merged-into': 'slått inn i',
  'split-from': 'delt i',
  'reworded-as': 'omformulert til',
};

/** `/ui/goals/:goalId?at=`: one goal, its wording over time, where it comes from and what it became. */
export function GoalPage({ goalId }: { goalId: string }) {
  const at = new URLSearchParams(location.search).get('at') ?? today();
  const id = encodeURIComponent(goalId);
  const known = useKnownAt();
  const goal = useJson<GoalView>(`/goals/${id}?at=${at}${known.query}`);
  const history = useJson<HistoryStep[]>(`/goals/${id}/history${known.query.replace('&', '?')}`);
  const up = useJson<Lineage>(`/goals/${id}/lineage?direction=up&at=${at}${known.query}`);
  const down = useJson<Lineage>(`/goals/${id}/lineage?direction=down&at=${at}${known.query}`);
  const principal = usePrincipal();
  const [recorded, setRecorded] = useState<string>();
  const onRecorded = (what: string) => {
    for (const answer of [goal, history, up, down]) answer.reload();
    setRecorded(what);
  };

  const problem = goal.problem ?? history.problem ?? up.problem ?? down.problem;
  if (problem)
    return (
      <main>
        <h1>Målet kunne ikke vises</h1>
        <p role="alert">
          {problem instanceof ApiProblem && problem.status === 404
            ? `Målet fantes ikke per ${norwegianDate(at)}.`
            : readProblemText(problem)}
        </p>
        <p>
          <a href={`/ui/strategy?at=${at}`}>Til strategien per {norwegianDate(at)}</a>
        </p>
      </main>
    );
  if (!goal.data || !history.data || !up.data || !down.data) return <main aria-busy="true">Henter målet …</main>;
  const lineage = joined(up.data, down.data);
  return (
    <main>
      <p>
        <a href={`/ui/strategy?at=${at}`}>Strategien per {norwegianDate(at)}</a>
      </p>
      <h1>
        Mål {goal.data.code}: {goal.data.title}
      </h1>
      <p>
        Per {norwegianDate(at)}: {STATUS[goal.data.status] ?? goal.data.status}.
      </p>
      {known.allowed && <KnownAtField knownAt={known.knownAt} setKnownAt={known.setKnownAt} />}
      <p aria-live="polite" class="recorded">
        {recorded}
      </p>
      {principal.roles.includes('secretariat') && <GoalRecording goal={goal.data} at={at} onRecorded={onRecorded} />}
      <Wording steps={history.data} goalId={goalId} lineage={lineage} />
      <Origins lineage={lineage} at={at} />
    </main>
  );
}

/** Each goal's code by its id: as drafted (a history holds the drafting of each goal it names), or as on the date. */
type Codes = Map<string, string>;

const codesOf = (steps: HistoryStep[], lineage: Links): Codes =>
  new Map([
    ...steps.flatMap((s): [string, string][] =>
      s.type === 'GoalDrafted' && s.data.goalId && s.data.code ? [[s.data.goalId, s.data.code]] : [],
    ),
    ...lineage.nodes.flatMap((n): [string, string][] => (n.kind === 'goal' && n.code ? [[n.id.slice('goal:'.length), n.code]] : [])),
  ]);

/**
 * What a step did, said from this goal's side: another goal's step names this one. The goals it
 * names are linked as they were on the step's date (a goal merged into may not exist yet on the
 * page's date).
 */
function StepText({ step, goalId, codes }: { step: HistoryStep; goalId: string; codes: Codes }) {
  const link = (id = '') => <a href={goalHref(`goal:${id}`, step.effectiveAt)}>{codes.has(id) ? `Mål ${codes.get(id)}` : id}</a>;
  const own = step.streamId === `goal-${goalId}`;
  const title = step.data.title && <> «{step.data.title}»</>;
  if (step.type === 'GoalDrafted' && !own)
    return (
      <>
        {link(step.data.goalId)} bygger på dette målet:{title}
      </>
    );
  if (step.type === 'GoalMergedInto')
    return own ? <>Slått sammen inn i {link(step.data.intoGoalId)}</> : <>{link(step.data.goalId)} slått sammen inn i dette målet</>;
  if (step.type === 'GoalSplit')
    return own ? (
      <>
        Delt i{' '}
        {(step.data.intoGoalIds ?? []).map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            {link(id)}
          </span>
        ))}
      </>
    ) : (
      <>Skilt ut fra {link(step.data.goalId)}</>
    );
  return (
    <>
      {WORDING_EVENTS[step.type]}
      {title}
    </>
  );
}

/** Each wording and change with its date, reason, deciding sak and source. */
function Wording({ steps, goalId, lineage }: { steps: HistoryStep[]; goalId: string; lineage: Links }) {
  const codes = codesOf(steps, lineage);
  return (
    <section aria-labelledby="wording">
      <h2 id="wording">Ordlyd og endringer over tid</h2>
      <ol class="timeline">
        {steps
          .filter((step) => WORDING_EVENTS[step.type])
          .map((step) => {
            const reason = step.reason ?? step.data.reason;
            return (
              <li key={step.globalPosition}>
                <strong>{norwegianDate(step.effectiveAt)}</strong> <StepText step={step} goalId={goalId} codes={codes} />
                {reason && <> – begrunnelse: {reason}</>}
                <Sources sources={[step.provenance ?? { fact: step.type, basis: 'unsourced' }]} decidedIn={step.decidedIn} />
              </li>
            );
          })}
      </ol>
    </section>
  );
}

/**
 * The lineage upwards and downwards: as a graph, then link by link with what each rests on, an
 * interpretation marked as one.
 */
function Origins({ lineage, at }: { lineage: Links; at: string }) {
  const nodes = new Map(lineage.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = nodes.get(id);
    if (!node) return id;
    if (node.kind === 'goal')
      return (
        <a href={goalHref(id, at)}>
          Mål {node.code}: {node.label}
        </a>
      );
    if (node.kind === 'change-area') return `Endringsområdet ${node.label}`;
    return node.kind === 'input-count' ? node.label : `${headingOf(node)} «${node.label}»`;
  };
  return (
    <section aria-labelledby="origins">
      <h2 id="origins">Hvor målet kommer fra, og hva det ble til</h2>
      <LineageGraph lineage={lineage} at={at} />
      <h3>Hver kobling med kilden</h3>
      <ul class="lineage">
        {lineage.edges.map((edge) => (
          <li key={`${edge.from}>${edge.to}>${edge.kind}`} class={isInterpretation(edge) ? 'interpreted' : 'stated'}>
            {edge.kind === 'derived-from' ? (
              <>
                {name(edge.to)} {LINK_KINDS[edge.kind]} {name(edge.from)}
              </>
            ) : (
              <>
                {name(edge.from)} {LINK_KINDS[edge.kind] ?? edge.kind} {name(edge.to)}
              </>
            )}
            <Sources sources={edge.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
