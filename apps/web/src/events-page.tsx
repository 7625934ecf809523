import { useEffect, useState } from 'preact/hooks';
import { ApiProblem, getJson } from './api';
import { norwegianDate } from './format';
import { Source } from './source';
import { readProblemText } from './messages';

interface LoggedEvent {
  id: string;
  type: string;
  streamId: string;
  streamRevision: string;
  globalPosition: string;
  data: unknown;
  metadata: {
    recordedAt: string;
    effectiveAt: string;
    actor?: string;
    source?: { document: string; locator?: string; basis: 'stated' | 'interpreted'; note?: string };
    reason?: string;
    hash?: string;
  };
}

interface Verification {
  ok: boolean;
  scope: 'full' | 'new';
  eventsChecked: number;
  logEvents: number;
  logHash?: string;
  checkpointsChecked: number;
  checkpointsByOtherKeys: number;
  problems?: { kind?: string; message?: string; globalPosition?: string; streamId?: string }[];
}

interface Checkpoint {
  signedAt?: string;
  logEvents?: number | string;
  logHash?: string;
}

const filtersInAddress = () => {
  const query = new URLSearchParams(location.search);
  return { stream: query.get('stream') ?? '', type: query.get('type') ?? '', from: query.get('from') ?? '' };
};

/**
 * `/ui/events`: the log itself, for auditors and the secretariat: every event in log order with
 * who recorded it, when, the date it takes effect and its source; and whether the log is
 * unchanged (the hash chain checked by the API, and the latest signed checkpoint).
 */
export function EventsPage() {
  const [filters, setFilters] = useState(filtersInAddress);
  const [page, setPage] = useState<{ events: LoggedEvent[]; next?: string }>();
  const [problem, setProblem] = useState<ApiProblem | Error>();

  useEffect(() => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
    query.set('limit', '50');
    getJson<{ events: LoggedEvent[]; next?: string }>(`/events?${query}`).then(setPage, setProblem);
  }, [filters]);

  if (problem instanceof ApiProblem && (problem.status === 401 || problem.status === 403))
    return (
      <main>
        <h1>Loggen</h1>
        <p>
          Hele loggen, med hvem som registrerte hva og når, er for revisorer og sekretariatet.{' '}
          <a href={`/ui/sign-in?next=${encodeURIComponent('/ui/events')}`}>Logg inn</a> for å se den.
        </p>
      </main>
    );
  const set = (change: Partial<typeof filters>) => setFilters({ ...filters, from: '', ...change });
  return (
    <main class="wide">
      <h1>Loggen</h1>
      <VerificationStatus />
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label for="stream">Strøm (for eksempel sak-nehs-2022-2)</label>
          <input id="stream" type="search" value={filters.stream} onChange={(e) => set({ stream: e.currentTarget.value.trim() })} />
        </div>
        <div>
          <label for="type">Hendelsestype (for eksempel DecisionAdopted)</label>
          <input id="type" type="search" value={filters.type} onChange={(e) => set({ type: e.currentTarget.value.trim() })} />
        </div>
      </form>
      {problem && <p role="alert">Kunne ikke hente loggen: {readProblemText(problem)}</p>}
      {page && (
        <table class="register events">
          <caption>Hendelser i loggens rekkefølge{filters.from && `, etter posisjon ${filters.from}`}</caption>
          <thead>
            <tr>
              <th scope="col">Posisjon</th>
              <th scope="col">Hendelse</th>
              <th scope="col">Gjelder fra</th>
              <th scope="col">Registrert</th>
              <th scope="col">Kilde</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.globalPosition}</th>
                <td>
                  <strong>{e.type}</strong>
                  <br />
                  <a href={`/ui/events?stream=${encodeURIComponent(e.streamId)}`}>{e.streamId}</a> nr. {e.streamRevision}
                  {e.metadata.reason && <p>Begrunnelse: {e.metadata.reason}</p>}
                  <details>
                    <summary>Innhold</summary>
                    <pre>{JSON.stringify(e.data, null, 2)}</pre>
                  </details>
                </td>
                <td>{norwegianDate(e.metadata.effectiveAt)}</td>
                <td>
                  {new Date(e.metadata.recordedAt).toLocaleString('nb-NO')}
                  {e.metadata.actor && <> av {e.metadata.actor}</>}
                </td>
                <td>
                  {e.metadata.source ? (
                    <Source
                      basis={e.metadata.source.basis}
                      note={e.metadata.source.note}
                      text={`${e.metadata.source.document}${e.metadata.source.locator ? `, ${e.metadata.source.locator}` : ''}`}
                    />
                  ) : (
                    'Ingen kilde oppgitt'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page?.next && page.events.length > 0 && (
        <p>
          <a
            href={`?${new URLSearchParams({ ...filters, from: page.next })}`}
            onClick={(e) => {
              e.preventDefault();
              setFilters({ ...filters, from: page.next! });
            }}
          >
            Neste side
          </a>
        </p>
      )}
    </main>
  );
}

/** Whether the log is unchanged: the API's check of the hash chain (new events, or all of them) and the latest signed checkpoint. */
function VerificationStatus() {
  const [verification, setVerification] = useState<Verification>();
  const [checkpoint, setCheckpoint] = useState<Checkpoint | null>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const verify = (scope: 'new' | 'full') => {
    setBusy(true);
    setProblem(undefined);
    getJson<Verification>(`/audit/verify?scope=${scope}`)
      .then(setVerification, (error: Error) => setProblem(readProblemText(error)))
      .finally(() => setBusy(false));
  };
  useEffect(() => {
    verify('new');
    getJson<Checkpoint>('/audit/checkpoints/latest').then(setCheckpoint, () => setCheckpoint(null));
  }, []);

  return (
    <section aria-labelledby="verification" class="verification">
      <h2 id="verification">Er loggen uendret?</h2>
      <div aria-live="polite">
        {busy && <p>Kontrollerer …</p>}
        {problem && <p role="alert">Kontrollen kunne ikke gjøres: {problem}</p>}
        {verification && !busy && (
          <p data-testid="verification" class={verification.ok ? 'ok' : 'broken'}>
            {verification.ok
              ? `Uendret: kjeden over alle ${verification.logEvents} hendelser henger sammen (${verification.eventsChecked} kontrollert nå${verification.scope === 'new' ? ', de nye siden forrige kontroll' : ''}).`
              : `BRUDD I LOGGEN: ${verification.problems?.map((p) => p.message).join('; ') ?? 'kjeden henger ikke sammen'}.`}
          </p>
        )}
      </div>
      <p>
        {checkpoint === null && 'Ingen signert kontrollpunkt ennå.'}
        {checkpoint &&
          `Siste signerte kontrollpunkt: ${checkpoint.logEvents ?? '?'} hendelser${checkpoint.signedAt ? `, ${new Date(checkpoint.signedAt).toLocaleString('nb-NO')}` : ''}.`}
      </p>
      <button type="button" class="secondary" disabled={busy} onClick={() => verify('full')}>
        Kontroller hele loggen på nytt
      </button>
    </section>
  );
}
