import { useEffect, useState } from 'preact/hooks';
import { isoDate, norwegianDate } from './format';
import { usePrincipal } from './session';

/** Who may read the record as it was known at an earlier time (the API refuses anyone else with 403). */
const MAY_ASK = ['auditor', 'secretariat', 'member'];

/**
 * "As known at": what the record said at an earlier time, before later recordings and
 * corrections (`?knownAt=YYYY-MM-DD` in the address and in the API's query). Empty means all that
 * is recorded. For the public there is no such choice, and none is sent.
 */
export function useKnownAt() {
  const principal = usePrincipal();
  const allowed = (principal.roles as string[]).some((role) => MAY_ASK.includes(role));
  const [knownAt, setKnownAt] = useState(() => isoDate(new URLSearchParams(location.search).get('knownAt') ?? '') ?? '');
  useEffect(() => {
    const query = new URLSearchParams(location.search);
    if (knownAt) query.set('knownAt', knownAt);
    else query.delete('knownAt');
    history.replaceState(null, '', `?${query}${location.hash}`);
  }, [knownAt]);
  const sent = allowed ? knownAt : '';
  return {
    allowed,
    knownAt: sent,
    setKnownAt,
    /** For the API's query string: `&knownAt=…`, or nothing. */
    query: sent ? `&knownAt=${sent}` : '',
  };
}

/** The "as known at" field: dd.mm.åååå, applied when the reader leaves it or presses Enter; empty for all that is recorded. */
export function KnownAtField({ knownAt, setKnownAt }: { knownAt: string; setKnownAt: (date: string) => void }) {
  const [text, setText] = useState(knownAt ? norwegianDate(knownAt) : '');
  const [error, setError] = useState<string>();
  const apply = () => {
    if (!text.trim()) {
      setError(undefined);
      return setKnownAt('');
    }
    const date = isoDate(text);
    if (!date) return setError(`«${text.trim()}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, eller tøm feltet.`);
    setError(undefined);
    setKnownAt(date);
  };
  return (
    <div class={`field known-at${error ? ' invalid' : ''}`}>
      <label for="known-at">Slik det var kjent per</label>
      <p class="hint" id="known-at-hint">
        dd.mm.åååå: bare det som var registrert eller dokumentert da. Tomt: alt som er registrert.
      </p>
      <input
        id="known-at"
        type="text"
        autoComplete="off"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'known-at-hint known-at-error' : 'known-at-hint'}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
      {error && (
        <p class="field-error" id="known-at-error">
          {error}
        </p>
      )}
      {knownAt && <p class="known-at-note">Viser det som var kjent per {norwegianDate(knownAt)}: senere registreringer er ikke med.</p>}
    </div>
  );
}
