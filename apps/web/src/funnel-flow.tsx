import type { Strategy } from './api';
import { count } from './format';
import './auditor.css';

type Funnel = Strategy['funnel'];

interface Step {
  count: number | null;
  /** What the count counts, after the number. */
  words: string;
  /** Where the step's items are listed on the strategy page. */
  href: string;
  testId?: string;
}

const steps = (funnel: Funnel): Step[] => [
  { count: funnel.inputs, words: `innspill fra ${count(funnel.workshops)} arbeidsmøter`, href: '#innspill' },
  { count: funnel.changeAreas, words: 'endringsområder', href: '#endringsomrader' },
  { count: funnel.draftGoals, words: 'utkast til mål', href: '#utkast-til-mal', testId: 'draft-goals' },
  { count: funnel.prioritisedGoals, words: 'prioriterte mål', href: '#prioriterte-mal', testId: 'prioritised-goals' },
];

/**
 * A step's height in rem. The counts run from 400 to a handful, so the height grows with the
 * logarithm: the funnel still narrows, and a small step stays tall enough for its words. An
 * unknown count gets a middle height (and a dashed border, and the word "ukjent").
 */
const height = (n: number | null) => (n === null ? 7 : 5.5 + 1.75 * Math.log10(1 + n));

/**
 * The band joining two steps, from the height of one to the height of the next (in tenths of a
 * rem); only decoration, the list of steps says it all.
 */
function Band({ from, to }: { from: number; to: number }) {
  const [w, a, b] = [30, from * 10, to * 10];
  const h = Math.max(a, b);
  const [a0, a1, b0, b1] = [(h - a) / 2, (h + a) / 2, (h - b) / 2, (h + b) / 2];
  return (
    <svg class="band" aria-hidden="true" viewBox={`0 0 ${w} ${h}`} style={{ height: `${h / 10}rem` }} preserveAspectRatio="none">
      <path d={`M0 ${a0} C${w / 2} ${a0} ${w / 2} ${b0} ${w} ${b0} L${w} ${b1} C${w / 2} ${b1} ${w / 2} ${a1} 0 ${a1} Z`} />
    </svg>
  );
}

/**
 * The way from the workshops' inputs to the prioritised goals, as a flow of steps: each step
 * with its count (unknown said as "ukjent", never 0) opens the list of its items; a step with
 * none has nothing to open.
 */
export function FunnelFlow({ funnel }: { funnel: Funnel }) {
  const all = steps(funnel);
  return (
    <ol class="funnel flow">
      {all.map((step, i) => {
        const content = (
          <>
            <strong>{count(step.count)}</strong> {step.words}
          </>
        );
        const style = { minHeight: `${height(step.count)}rem` };
        const unknown = step.count === null ? ' unknown' : '';
        return (
          <li key={step.href} data-testid={step.testId}>
            {i > 0 && <Band from={height(all[i - 1].count)} to={height(step.count)} />}
            {step.count === 0 ? (
              <span class="flow-node empty" style={style}>
                {content}
              </span>
            ) : (
              <a class={`flow-node${unknown}`} href={step.href} style={style}>
                {content}
              </a>
            )}
          </li>
        );
      })}
    </ol>
  );
}
