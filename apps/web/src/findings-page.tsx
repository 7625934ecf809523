import { KnownAtField, useKnownAt } from './known-at';
import { useRef, useState } from 'preact/hooks';
import type { FollowUpReport, Recorded } from './api';
import { DateField, FIRST_DAY, today, useDateInAddress } from './date-field';
import { isoDate, norwegianDate } from './format';
import { Field, SelectField, useSubmission, WriteForm } from './forms';
import { useDecision } from './goal-forms';
import { usePrincipal } from './session';
import { FactSourceView } from './source';
import { useJson } from './use-json';

/** An assignment's status in words; no report at all is unknown, never "not started". */
const STATUS: Record<string, string> = {
  not_started: 'Ikke startet',
  in_progress: 'Pågår',
  done: 'Fullført',
  dropped: 'Avsluttet uten å fullføres',
  unknown: 'Ukjent (ingen statusrapport registrert)',
};

/** `/ui/findings?at=`: Riksrevisjonen's findings and their follow-up on a date, the gaps said first. */
export function FindingsPage() {
  const [at, setAt] = useDateInAddress('at', today());
  const known = useKnownAt();
  const answer = useJson<FollowUpReport>(`/findings/report?at=${encodeURIComponent(at)}${known.query}`);
  const report = answer.data;
  const problem = answer.problem?.message;
  const secretariat = usePrincipal().roles.includes('secretariat');
  const [recorded, setRecorded] = useState<string>();
  const onRecorded = (what: string) => {
    answer.reload();
    setRecorded(what);
  };

  return (
    <main>
      <h1>Riksrevisjonens funn og oppfølgingen per {norwegianDate(at)}</h1>
      <DateField
        id="at"
        label="Vis oppfølgingen slik den sto på dato"
        sliderLabel="Tidslinje"
        value={at}
        onChange={setAt}
        min={FIRST_DAY}
        max={today()}
      />
      {known.allowed && <KnownAtField knownAt={known.knownAt} setKnownAt={known.setKnownAt} />}
      <p aria-live="polite" class="recorded">
        {recorded}
      </p>
      {problem && <p role="alert">Kunne ikke hente rapporten: {problem}</p>}
      {report && (
        <>
          <section aria-labelledby="gaps" class="gaps">
            <h2 id="gaps">Mangler i oppfølgingen</h2>
            <h3>Funn uten oppfølging ({report.findingsWithoutFollowUp.length})</h3>
            <ul>
              {report.findingsWithoutFollowUp.map((f) => (
                <li key={f.findingId}>
                  <strong>{f.gradeLabel}:</strong> {f.text}
                </li>
              ))}
            </ul>
            <h3>Oppdrag med passert frist ({report.overdueAssignments.length})</h3>
            <ul>
              {report.overdueAssignments.map((a) => (
                <li key={a.assignmentId}>
                  {a.title} – frist {norwegianDate(a.dueOn)}, status: {STATUS[a.status] ?? a.status}
                </li>
              ))}
            </ul>
          </section>
          {report.reports.map((r) => (
            <section key={r.reportId} aria-labelledby={r.reportId}>
              <h2 id={r.reportId}>{r.title}</h2>
              <p>Publisert {norwegianDate(r.publishedOn)}</p>
              {r.findings.map((f) => (
                <article key={f.findingId} class="finding">
                  <h3>
                    {f.gradeLabel}: {f.text}
                  </h3>
                  {f.assignments.length === 0 ? (
                    <p class="gap">Ingen oppfølging registrert</p>
                  ) : (
                    <ul>
                      {f.assignments.map((a) => (
                        <li key={a.assignmentId} class={a.overdue ? 'gap' : undefined}>
                          <strong>{a.title}</strong> ({a.owner}){a.dueOn && <> – frist {norwegianDate(a.dueOn)}</>}
                          {a.overdue && <strong> – frist passert</strong>}
                          <br />
                          Status: {STATUS[a.status] ?? a.status}
                          {a.statusDate && <> per {norwegianDate(a.statusDate)}</>}
                          {a.statusText && <>: «{a.statusText}»</>}
                          {a.sources.map((s, i) => (
                            <FactSourceView key={i} source={s} />
                          ))}
                          {secretariat && (
                            <StatusReportForm
                              assignmentId={a.assignmentId}
                              findingId={f.findingId}
                              title={a.title}
                              onRecorded={onRecorded}
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              ))}
            </section>
          ))}
        </>
      )}
    </main>
  );
}

/** A status report on a follow-up assignment: the status, the date it was reported, what was said, and where. */
function StatusReportForm({
  assignmentId,
  findingId,
  title,
  onRecorded,
}: {
  assignmentId: string;
  /** An assignment answering several findings is shown under each: its form's ids name the finding too. */
  findingId: string;
  title: string;
  onRecorded: (what: string) => void;
}) {
  const id = `status-${findingId}-${assignmentId}`;
  const [status, setStatus] = useState('in_progress');
  const [reportedOn, setReportedOn] = useState('');
  const [text, setText] = useState('');
  const decision = useDecision();
  const { send, refuse, busy, errors, message } = useSubmission();
  const details = useRef<HTMLDetailsElement>(null);

  async function submit() {
    const date = isoDate(reportedOn);
    if (!date) return refuse({ reportedOn: 'Skriv datoen statusen ble rapportert, som dd.mm.åååå.' });
    const decided = decision.body();
    if (!decided.ok) return refuse(decided.errors);
    const body = { status, reportedOn: date, text, ...decided.fields };
    if (!(await send<Recorded>(`/assignments/${encodeURIComponent(assignmentId)}/status-reports`, body))) return;
    // Recorded: the form closes empty, so that a form still open is one not sent yet.
    setStatus('in_progress');
    setReportedOn('');
    setText('');
    decision.reset();
    if (details.current) {
      details.current.open = false;
      // The button that had the focus is hidden now: the focus goes to what opens the form again.
      details.current.querySelector('summary')?.focus();
    }
    onRecorded(`Statusen for «${title}» er registrert.`);
  }

  return (
    <details class="recording" ref={details}>
      <summary>Rapporter status</summary>
      <WriteForm
        id={id}
        title={`Status for «${title}»`}
        submit="Registrer statusen"
        busy={busy}
        message={message}
        errors={errors}
        onSubmit={submit}
      >
        <SelectField
          form={id}
          name="status"
          label="Status"
          value={status}
          onChange={setStatus}
          errors={errors}
          options={Object.entries(STATUS).filter(([code]) => code !== 'unknown')}
        />
        <Field
          form={id}
          name="reportedOn"
          label="Rapportert"
          hint="dd.mm.åååå"
          value={reportedOn}
          onInput={setReportedOn}
          errors={errors}
          required
        />
        <Field form={id} name="text" label="Hva ble rapportert" value={text} onInput={setText} errors={errors} required multiline />
        {decision.fields(id, errors)}
      </WriteForm>
    </details>
  );
}
