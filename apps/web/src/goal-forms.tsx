import { useState } from 'preact/hooks';
import type { GoalView, Recorded, Strategy } from './api';
import { isoDate } from './format';
import { Field, NO_SOURCE, SelectField, SourceFields, sourceOf, useSubmission, WriteForm, type SourceChoice } from './forms';
import { useJson } from './use-json';

/**
 * When a change takes effect and the sak that decided it: asked by every form that changes the
 * strategy or reports on follow-up (the date as dd.mm.åååå; the sak as its id, `nehs-2022-2`).
 */
export function useDecision() {
  const [effective, setEffective] = useState('');
  const [decidedIn, setDecidedIn] = useState('');
  const [source, setSource] = useState<SourceChoice>(NO_SOURCE);
  const fields = (form: string, errors: Record<string, string>) => (
    <>
      <Field
        form={form}
        name="effectiveAt"
        label="Gjelder fra"
        hint="dd.mm.åååå; tomt: i dag"
        value={effective}
        onInput={setEffective}
        errors={errors}
      />
      <Field
        form={form}
        name="decidedIn"
        label="Vedtatt i sak"
        hint="Sakens id, for eksempel nehs-2022-2 (sak 2/22)"
        value={decidedIn}
        onInput={setDecidedIn}
        errors={errors}
      />
      <SourceFields form={form} value={source} onChange={setSource} errors={errors} />
    </>
  );
  /** The fields for the request, or the field refused before sending (a date that does not exist). */
  const body = (): { ok: true; fields: object } | { ok: false; errors: Record<string, string> } => {
    const effectiveAt = effective.trim() ? isoDate(effective) : undefined;
    if (effective.trim() && !effectiveAt) return { ok: false, errors: { effectiveAt: 'Skriv en dato som finnes, som dd.mm.åååå.' } };
    return {
      ok: true,
      fields: {
        ...(effectiveAt ? { effectiveAt } : {}),
        ...(decidedIn.trim() ? { decidedIn: decidedIn.trim() } : {}),
        ...sourceOf(source),
      },
    };
  };
  const reset = () => {
    setEffective('');
    setDecidedIn('');
    setSource(NO_SOURCE);
  };
  return { fields, body, reset };
}

type GoalChange = 'reword' | 'merge' | 'retire';

const CHANGES: Record<GoalChange, { title: string; submit: string; path: string; done: string }> = {
  reword: { title: 'Omformuler målet', submit: 'Registrer ny ordlyd', path: 'rewordings', done: 'Ny ordlyd er registrert.' },
  merge: {
    title: 'Slå målet sammen med et annet',
    submit: 'Registrer sammenslåingen',
    path: 'merge',
    done: 'Sammenslåingen er registrert.',
  },
  retire: { title: 'Avvikle målet', submit: 'Registrer avviklingen', path: 'retirement', done: 'Avviklingen er registrert.' },
};

/** One change of a goal, with its reason, date, deciding sak and source; the earlier wording stays in the log. */
function GoalChangeForm({
  goal,
  change,
  at,
  onRecorded,
}: {
  goal: GoalView;
  change: GoalChange;
  at: string;
  onRecorded: (what: string) => void;
}) {
  const id = `${change}-${goal.goalId}`;
  const form = CHANGES[change];
  const [title, setTitle] = useState(goal.title);
  const [reason, setReason] = useState('');
  const [into, setInto] = useState('');
  const decision = useDecision();
  const { send, refuse, busy, errors, message } = useSubmission();
  const strategy = useJson<Strategy>(change === 'merge' ? `/strategy?at=${at}` : undefined);
  const others = [...(strategy.data?.prioritisedGoals ?? []), ...(strategy.data?.themes.flatMap((t) => t.goals) ?? [])].filter(
    (g, i, all) => g.goalId !== goal.goalId && all.findIndex((o) => o.goalId === g.goalId) === i,
  );

  async function submit() {
    const decided = decision.body();
    if (!decided.ok) return refuse(decided.errors);
    const own =
      change === 'reword'
        ? { title, ...(reason.trim() ? { reason } : {}) }
        : change === 'retire'
          ? { reason }
          : { intoGoalId: into || others[0]?.goalId };
    if (await send<Recorded>(`/goals/${encodeURIComponent(goal.goalId)}/${form.path}`, { ...own, ...decided.fields }))
      onRecorded(form.done);
  }

  return (
    <WriteForm id={id} title={form.title} submit={form.submit} busy={busy} message={message} errors={errors} onSubmit={submit}>
      {change === 'reword' && (
        <Field form={id} name="title" label="Ny ordlyd" value={title} onInput={setTitle} errors={errors} required multiline />
      )}
      {change === 'merge' && (
        <SelectField
          form={id}
          name="intoGoalId"
          label="Slås sammen inn i"
          value={into || others[0]?.goalId || ''}
          onChange={setInto}
          errors={errors}
          options={others.map((g) => [g.goalId, `Mål ${g.code}: ${g.title}`])}
        />
      )}
      {change !== 'merge' && (
        <Field
          form={id}
          name="reason"
          label="Begrunnelse"
          value={reason}
          onInput={setReason}
          errors={errors}
          required={change === 'retire'}
          multiline
        />
      )}
      {decision.fields(id, errors)}
    </WriteForm>
  );
}

/** What the secretariat can record of a goal: a new wording, a merge into another goal, its retirement. */
export function GoalRecording({ goal, at, onRecorded }: { goal: GoalView; at: string; onRecorded: (what: string) => void }) {
  return (
    <details class="recording">
      <summary>Registrer endring av målet</summary>
      <GoalChangeForm key={goal.title} goal={goal} change="reword" at={at} onRecorded={onRecorded} />
      <GoalChangeForm goal={goal} change="merge" at={at} onRecorded={onRecorded} />
      <GoalChangeForm goal={goal} change="retire" at={at} onRecorded={onRecorded} />
    </details>
  );
}
