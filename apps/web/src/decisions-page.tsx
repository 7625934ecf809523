import { useEffect, useState } from 'preact/hooks';
import { getJson, type Body, type Vedtak } from './api';
import { norwegianDate } from './format';
import { FactSourceView } from './source';
import { SAKSTYPER } from './terms';
import { readProblemText } from './messages';

interface Filters {
  q: string;
  body: string;
  year: string;
  sakstype: string;
}

const filtersInAddress = (): Filters => {
  const query = new URLSearchParams(location.search);
  return { q: query.get('q') ?? '', body: query.get('body') ?? '', year: query.get('year') ?? '', sakstype: query.get('sakstype') ?? '' };
};

const matches = (v: Vedtak, q: string) =>
  !q ||
  [v.number, v.title, v.vedtak ?? '', v.proposal ?? ''].some((text) => text.toLocaleLowerCase('nb').includes(q.toLocaleLowerCase('nb')));

/** `/ui/decisions`: the vedtak register, with free-text search and filters by body, year and sakstype, all in the address. */
export function DecisionsPage() {
  const [filters, setFilters] = useState(filtersInAddress);
  const [register, setRegister] = useState<Vedtak[]>();
  const [problem, setProblem] = useState<string>();
  const [bodies, setBodies] = useState<Body[]>([]);
  useEffect(() => {
    getJson<Body[]>('/bodies').then(setBodies, () => setBodies([]));
  }, []);

  useEffect(() => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
    const api = new URLSearchParams();
    if (filters.body) api.set('body', filters.body);
    if (filters.year) api.set('year', filters.year);
    if (filters.sakstype) api.set('sakstype', filters.sakstype);
    getJson<Vedtak[]>(`/decisions?${api}`).then(setRegister, (error: Error) => setProblem(readProblemText(error)));
  }, [filters.body, filters.year, filters.sakstype, filters.q]);

  const shown = register?.filter((v) => matches(v, filters.q)) ?? [];
  const set = (change: Partial<Filters>) => setFilters({ ...filters, ...change });
  return (
    <main>
      <h1>Vedtaksregister</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label for="q">Søk i sak, tittel og vedtak</label>
          <input id="q" type="search" value={filters.q} onInput={(e) => set({ q: e.currentTarget.value })} />
        </div>
        <div>
          <label for="body">Organ</label>
          <select id="body" value={filters.body} onChange={(e) => set({ body: e.currentTarget.value })}>
            <option value="">Alle</option>
            {bodies.map((b) => (
              <option key={b.bodyId} value={b.bodyId}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="year">År</label>
          <input
            id="year"
            type="number"
            min="2000"
            max="2100"
            value={filters.year}
            onChange={(e) => set({ year: e.currentTarget.value })}
          />
        </div>
        <div>
          <label for="sakstype">Sakstype</label>
          <select id="sakstype" value={filters.sakstype} onChange={(e) => set({ sakstype: e.currentTarget.value })}>
            <option value="">Alle</option>
            {Object.entries(SAKSTYPER).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {problem && <p role="alert">Kunne ikke hente vedtakene: {problem}</p>}
      {register && (
        <p aria-live="polite" data-testid="count">
          {shown.length} av {register.length} vedtak
        </p>
      )}
      {shown.length > 0 && (
        <table class="register">
          <caption class="visually-hidden">Vedtak, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Sak</th>
              <th scope="col">Møtedato</th>
              <th scope="col">Tittel</th>
              <th scope="col">Sakstype</th>
              <th scope="col">Vedtak</th>
              <th scope="col">Avviker fra forslaget</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <tr key={v.sakId}>
                <th scope="row">{v.number}</th>
                <td>{v.meetingDate ? norwegianDate(v.meetingDate) : 'Ukjent'}</td>
                <td>{v.title}</td>
                <td>{v.sakstypeLabel}</td>
                <td>
                  {v.vedtak ?? 'Ikke registrert'}
                  {v.sources.map((s, i) => (
                    <FactSourceView key={i} source={s} />
                  ))}
                </td>
                <td>{v.differsFromProposal === null ? 'Ukjent (forslaget er ikke registrert)' : v.differsFromProposal ? 'Ja' : 'Nei'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
