import { KnownAtField, useKnownAt } from './known-at';
import type { ComponentChildren } from 'preact';
import { DateField, FIRST_DAY, today, useDateInAddress } from './date-field';
import type { FactProvenance, Strategy } from './api';
import { Sources } from './fact-sources';
import { norwegianDate } from './format';
import type { StrategyDiff } from './strategy-reads';
import { useJson } from './use-json';
import { readProblemText } from './messages';

/** The extra meeting of 04.02.2022 (28 draft goals) to after the adjusted proposal (6 goals). */
const DEFAULT_FROM = '2022-02-04';
const DEFAULT_TO = '2022-06-01';

/** What each goal the diff names is called: its code and title. */
type Names = Map<string, { code: string; title: string }>;

/** Each goal the diff names: the goals of `to`, and those gone since `from` (the diff names those itself). */
function namesOf(diff: StrategyDiff, after: Strategy): Names {
  const goals = [...after.themes.flatMap((t) => t.goals), ...after.prioritisedGoals, ...diff.removed, ...diff.added];
  return new Map(goals.map((g) => [g.goalId, { code: g.code, title: g.title }]));
}

function GoalName({ goalId, names, at }: { goalId: string; names: Names; at: string }) {
  const goal = names.get(goalId);
  return (
    <a href={`/ui/goals/${encodeURIComponent(goalId)}?at=${at}`}>
      {goal ? (
        <>
          Mål {goal.code} «{goal.title}»
        </>
      ) : (
        goalId
      )}
    </a>
  );
}

/** One kind of change: its heading and its changes, each in words with its sources. */
interface Kind {
  id: string;
  heading: string;
  changes: { key: string; text: ComponentChildren; sources: FactProvenance[] }[];
}

/** The changes in words, kind by kind, in the order a reader asks about them. */
function kindsOf(diff: StrategyDiff, names: Names, themes: Map<string, string>): Kind[] {
  const { from, to } = diff;
  // A goal gone by `to` is linked as it was on `from`; the others as they are on `to`.
  const before = (goalId: string) => <GoalName goalId={goalId} names={names} at={from} />;
  const after = (goalId: string) => <GoalName goalId={goalId} names={names} at={to} />;
  const theme = (code: string) => themes.get(code) ?? code;
  const said = <T extends { goalId: string; sources: FactProvenance[] }>(list: T[], text: (change: T) => ComponentChildren) =>
    list.map((change) => ({ key: change.goalId, text: text(change), sources: change.sources }));
  const mergedOrSplit = new Set([...diff.merged, ...diff.split].map((c) => c.goalId));
  const listed = (ids: string[]) =>
    ids.map((id, i) => (
      <span key={id}>
        {i > 0 && (i === ids.length - 1 ? ' og ' : ', ')}
        {after(id)}
      </span>
    ));
  return [
    { id: 'nytt', heading: 'Nytt', changes: said(diff.added, (g) => <>{after(g.goalId)} er nytt</>) },
    {
      id: 'omformulert',
      heading: 'Omformulert',
      changes: said(diff.reworded, (c) => (
        <>
          {after(c.goalId)} het før «{c.from}»
        </>
      )),
    },
    {
      id: 'slatt-sammen',
      heading: 'Slått sammen',
      changes: said(diff.merged, (c) => (
        <>
          {before(c.goalId)} ble slått sammen inn i {after(c.into)}
        </>
      )),
    },
    {
      id: 'delt',
      heading: 'Delt',
      changes: said(diff.split, (c) => (
        <>
          {before(c.goalId)} ble delt i {listed(c.into)}
        </>
      )),
    },
    {
      id: 'avviklet',
      heading: 'Avviklet',
      // The removed goals that were neither merged nor split were retired.
      changes: said(
        diff.removed.filter((g) => !mergedOrSplit.has(g.goalId)),
        (g) => <>{before(g.goalId)} ble avviklet</>,
      ),
    },
    {
      id: 'nytt-nummer',
      heading: 'Nytt nummer',
      changes: said(diff.renumbered, (c) => (
        <>
          {after(c.goalId)} hadde før nummeret {c.from}
        </>
      )),
    },
    {
      id: 'flyttet',
      heading: 'Flyttet til et annet tema',
      changes: said(diff.moved, (c) => (
        <>
          {after(c.goalId)} ble flyttet fra {theme(c.from)} til {theme(c.to)}
        </>
      )),
    },
    { id: 'prioritert', heading: 'Prioritert', changes: said(diff.prioritised, (g) => <>{after(g.goalId)} ble prioritert</>) },
    {
      id: 'ikke-lenger-prioritert',
      heading: 'Ikke lenger prioritert',
      changes: said(diff.deprioritised, (g) => <>{after(g.goalId)} er ikke lenger prioritert</>),
    },
  ];
}

/**
 * `/ui/diff?from=&to=`: what changed in the goals between two dates, in words, each goal linked
 * and each change with its sources on demand. Every kind of change is counted, also when none
 * happened, so that "nothing was reworded" is said rather than left out.
 */
export function DiffPage() {
  const [from, setFrom] = useDateInAddress('from', DEFAULT_FROM);
  const [to, setTo] = useDateInAddress('to', DEFAULT_TO);
  const ordered = from <= to;
  const known = useKnownAt();
  const diff = useJson<StrategyDiff>(ordered ? `/strategy/diff?from=${from}&to=${to}${known.query}` : undefined);
  const after = useJson<Strategy>(ordered ? `/strategy?at=${to}${known.query}` : undefined);
  const problem = diff.problem ?? after.problem;

  return (
    <main>
      <h1>
        Endringer i målene fra {norwegianDate(from)} til {norwegianDate(to)}
      </h1>
      <div class="date-pair">
        <DateField id="from" label="Fra dato" sliderLabel="Tidslinje, fra" value={from} onChange={setFrom} min={FIRST_DAY} max={today()} />
        <DateField id="to" label="Til dato" sliderLabel="Tidslinje, til" value={to} onChange={setTo} min={FIRST_DAY} max={today()} />
      </div>
      {known.allowed && <KnownAtField knownAt={known.knownAt} setKnownAt={known.setKnownAt} />}
      {!ordered && <p role="alert">Fra-datoen kan ikke være etter til-datoen.</p>}
      {problem && <p role="alert">Kunne ikke hente endringene: {readProblemText(problem)}</p>}
      {ordered && diff.data && after.data && (
        <Changes
          kinds={kindsOf(diff.data, namesOf(diff.data, after.data), new Map(after.data.themes.map((t) => [t.themeCode, t.name])))}
          busy={diff.loading || after.loading}
        />
      )}
    </main>
  );
}

function Changes({ kinds, busy }: { kinds: Kind[]; busy: boolean }) {
  const happened = kinds.filter((kind) => kind.changes.length > 0);
  return (
    <div aria-busy={busy}>
      <h2>Oversikt</h2>
      <ul class="diff-summary">
        {kinds.map((kind) => (
          <li key={kind.id}>
            {kind.changes.length > 0 ? <a href={`#${kind.id}`}>{kind.heading}</a> : kind.heading}: {kind.changes.length}
          </li>
        ))}
      </ul>
      {happened.length === 0 && <p>Ingen endringer i målene mellom disse datoene.</p>}
      {happened.map((kind) => (
        <section key={kind.id} id={kind.id} aria-labelledby={`${kind.id}-tittel`}>
          <h2 id={`${kind.id}-tittel`}>
            {kind.heading} ({kind.changes.length})
          </h2>
          <ul class="changes">
            {kind.changes.map((change) => (
              <li key={change.key}>
                {change.text}
                <Sources sources={change.sources} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
