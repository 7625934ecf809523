import { useEffect, useState } from 'preact/hooks';
import { ApiProblem, signIn, signOut, whoAmI, type Principal } from './api';
import { Field, useFocusOnRefusal } from './forms';

const ROLES: Record<string, string> = {
  secretariat: 'sekretariatet',
  auditor: 'revisor',
  member: 'medlem',
  admin: 'administrator',
};

export const rolesInWords = (principal: Principal) => (principal.roles as string[]).map((r) => ROLES[r] ?? r).join(', ');

/** Who is signed in, for pages that offer more to some: the public until the API has said. */
export function usePrincipal(): Principal {
  const [principal, setPrincipal] = useState<Principal>({ public: true, roles: [] });
  useEffect(() => {
    whoAmI().then(setPrincipal);
  }, []);
  return principal;
}

/** Only a path of this app: a sign-in link cannot send the reader elsewhere. */
const nextPage = () => {
  const next = new URLSearchParams(location.search).get('next') ?? '';
  return next.startsWith('/ui/') ? next : '/ui/meetings';
};

/**
 * `/ui/sign-in`: sign in with an API token (the API's own authentication: `npm run token` or
 * the admin's `/access/tokens` issue one). The token is kept for this browser tab only.
 */
export function SignInPage() {
  const [token, setToken] = useState('');
  // A new object for each refusal: the field shows it while it holds the refused value (see Field).
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useFocusOnRefusal(errors);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    if (!token.trim()) return setErrors({ token: 'Lim inn tilgangsnøkkelen din.' });
    setBusy(true);
    try {
      await signIn(token.trim());
      // Not left in the field for the back button to bring back.
      setToken('');
      location.assign(nextPage());
    } catch (problem) {
      setErrors({
        token:
          problem instanceof ApiProblem && problem.status === 401
            ? 'Tilgangsnøkkelen ble ikke godtatt: den er feil, utløpt eller trukket tilbake.'
            : 'Fikk ikke kontakt med tjenesten. Prøv igjen.',
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main>
      <h1>Logg inn</h1>
      <p>
        Sekretariatet, revisorer og medlemmer logger inn med en personlig tilgangsnøkkel. Alt du registrerer, blir ført i loggen med ditt
        navn. Alle kan lese det som er offentlig uten å logge inn.
      </p>
      <form ref={formRef} class="write" onSubmit={submit} noValidate>
        <Field
          form="sign-in"
          name="token"
          label="Tilgangsnøkkel"
          type="password"
          autoComplete="current-password"
          hint="Administratoren lager nøkkelen med npm run token -- --name «Ditt navn» --role secretariat"
          value={token}
          onInput={setToken}
          errors={errors}
          required
        />
        <button type="submit" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Logger inn …' : 'Logg inn'}
        </button>
      </form>
    </main>
  );
}

/** The header's corner: who is signed in and a way out, or a way in. */
export function SessionLinks() {
  const principal = usePrincipal();
  if ('public' in principal)
    return (
      <a class="session" href={`/ui/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>
        Logg inn
      </a>
    );
  return (
    <span class="session">
      {principal.name} ({rolesInWords(principal)}){' '}
      <button
        type="button"
        class="link"
        onClick={() => {
          signOut();
          location.reload();
        }}
      >
        Logg ut
      </button>
    </span>
  );
}
