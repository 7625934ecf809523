import { useEffect, useState } from 'preact/hooks';
import { getJson, type FollowUpReport } from './api';
import { norwegianDate } from './format';
import { FactSourceView } from './source';

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
  const [at, setAt] = useState(() => new URLSearchParams(location.search).get('at') ?? new Date().toISOString().slice(0, 10));
  const [report, setReport] = useState<FollowUpReport>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    history.replaceState(null, '', `?at=${at}`);
    getJson<FollowUpReport>(`/findings/report?at=${encodeURIComponent(at)}`).then(setReport, (error: Error) => setProblem(error.message));
  }, [at]);

  return (
    <main>
      <h1>Riksrevisjonens funn og oppfølgingen per {norwegianDate(at)}</h1>
      <label for="at">Vis oppfølgingen slik den sto på dato</label>
      <input id="at" type="date" value={at} onChange={(e) => e.currentTarget.value && setAt(e.currentTarget.value)} />
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
