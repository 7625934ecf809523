import type { ApiProblem } from './api';

/**
 * The API's refusals in bokmål, for the secretariat's forms. The API speaks English in its
 * messages and is exact in its codes and field names; the forms show these words next to the
 * field a refusal concerns, and say what to do.
 */
const BY_CODE: Record<string, { field?: string; text: string }> = {
  'SAK.NUMBER_TAKEN': {
    field: 'number',
    text: 'Saksnummeret er allerede brukt i organets år. Velg et ledig nummer (det neste ledige står over feltet).',
  },
  'SAK.NUMBER_YEAR_MISMATCH': { field: 'number', text: 'Saksnummeret må ha møtets år, for eksempel 5/22 for et møte i 2022.' },
  'MEETING.NUMBER_TAKEN': {
    field: 'number',
    text: 'Møtenummeret er allerede brukt i organets år. Velg et ledig nummer (det neste ledige står over feltet).',
  },
  'MEETING.NUMBER_YEAR_MISMATCH': { field: 'number', text: 'Møtenummeret må ha møtedatoens år, for eksempel 3/22 for et møte i 2022.' },
  'MEETING.ENDS_BEFORE_START': { field: 'endTime', text: 'Møtet kan ikke slutte før det begynner.' },
  'MEETING.ALREADY_HELD': { text: 'Møtet er allerede registrert som avholdt.' },
  'MEETING.NOT_HELD': { text: 'Møtet er ikke registrert som avholdt ennå. Registrer først at møtet er avholdt.' },
  'MEETING.CANCELLED': { text: 'Møtet er avlyst; det kan ikke registreres mer på det.' },
  'MEETING.NOT_FOUND': { text: 'Fant ikke møtet.' },
  'SAK.NOT_FOUND': { text: 'Fant ikke saken.' },
  'SAK.ATTACHMENT_EXISTS': { field: 'attachments', text: 'Saken har allerede et vedlegg med dette navnet.' },
  'SAK.CONTINUATION_EXISTS': { field: 'startTime', text: 'Saken fortsetter allerede på dette tidspunktet.' },
  'SAK.CONTINUED_BEFORE_START': { field: 'startTime', text: 'Fortsettelsen kan ikke starte før saken.' },
  'VEDTAK.ALREADY_ADOPTED': { text: 'Saken har allerede et vedtak. Bruk «Korriger vedtaket» med en begrunnelse.' },
  'VEDTAK.NOT_ADOPTED': { text: 'Saken har ikke noe vedtak å korrigere.' },
  'MINUTES.ALREADY_APPROVED': { field: 'minutesOfMeetingId', text: 'Referatet fra dette møtet er allerede godkjent.' },
  'MINUTES.NOT_EARLIER': { field: 'minutesOfMeetingId', text: 'Bare referatet fra et tidligere møte kan godkjennes.' },
  'MINUTES.OWN_MEETING': { field: 'minutesOfMeetingId', text: 'Et møte kan ikke godkjenne sitt eget referat.' },
  'MINUTES.OTHER_BODY': { field: 'minutesOfMeetingId', text: 'Referatet må være fra et møte i samme organ.' },
  'MINUTES.MEETING_CANCELLED': { field: 'minutesOfMeetingId', text: 'Møtet ble avlyst og har ikke noe referat.' },
  'MEMBER.NOT_FOUND': {
    field: 'attendance',
    text: 'En av deltakerne på listen er ikke medlem eller observatør i organet på datoen.',
  },
  'BODY.NOT_FOUND': { field: 'bodyId', text: 'Fant ikke organet.' },
  'SAK.ROLE_EXISTS': { text: 'Personen er allerede registrert med denne rollen i saken.' },
  'SAK.ATTACHMENT_NOT_FOUND': { text: 'Saken har ikke noe vedlegg med dette navnet.' },
  'EXEMPTION.LEGAL_BASIS_INVALID': {
    field: 'legalBasis',
    text: 'Oppgi hjemmelen for unntaket med lov og paragraf, for eksempel «offentleglova § 14».',
  },
  'EXEMPTION.EXISTS': { text: 'Saken har allerede et unntak fra offentlighet med denne id-en.' },
  'EXEMPTION.NOT_FOUND': { text: 'Saken har ikke noe slikt unntak fra offentlighet i kraft.' },
  'SAK.DRAFT': { text: 'Saken er en kladd: send den med innkallingen eller publiser den først.' },
  'GOAL.NOT_FOUND': { text: 'Fant ikke målet.' },
  'GOAL.EXISTS': { text: 'Et mål med denne id-en finnes allerede.' },
  'GOAL.INACTIVE': {
    text: 'Målet, eller målet det skal slås sammen med, er ikke lenger aktivt: det er slått sammen, delt eller avviklet.',
  },
  'GOAL.MERGE_INTO_ITSELF': { field: 'intoGoalId', text: 'Et mål kan ikke slås sammen med seg selv. Velg et annet mål.' },
  'GOAL.NOT_PRIORITISED': { text: 'Målet er ikke prioritert.' },
  'GOAL.SPLIT_NEEDS_TWO': { text: 'Et mål deles i minst to nye mål.' },
  'GOAL.SPLIT_CHILD_NOT_DERIVED': { text: 'Målene det deles i, må først registreres som utledet av dette målet.' },
  'GOAL.DEPENDS_ON_ITSELF': { text: 'Et mål kan ikke avhenge av seg selv.' },
  'GOAL.DEPENDENCY_EXISTS': { text: 'Avhengigheten er allerede registrert.' },
  'GOAL.ITEM_LINKED': { text: 'Dette er allerede koblet til målet.' },
  'KPI.EXISTS': { text: 'Målet har allerede en indikator med dette navnet.' },
  'MEASURE.EXISTS': { text: 'Målet har allerede et tiltak med dette nummeret.' },
  'MEASURE.CODE_OUTSIDE_GOAL': { text: 'Tiltaket må nummereres under målets nummer.' },
  'CHANGE_AREA.NOT_FOUND': { text: 'Fant ikke endringsområdet.' },
  'THEME.NOT_FOUND': { text: 'Fant ikke temaet.' },
  'THEME.RETIRED': { text: 'Temaet er avviklet; det kan ikke få nye mål.' },
  'ASSIGNMENT.NOT_FOUND': { text: 'Fant ikke oppdraget.' },
  'ASSIGNMENT.EXISTS': { text: 'Et oppdrag med denne id-en finnes allerede.' },
  'ASSIGNMENT.CLOSED': {
    text: 'Oppdraget er avsluttet: det er rapportert som fullført eller avbrutt, og kan ikke få flere statusrapporter.',
  },
  'STATUS.BEFORE_LAST_REPORT': { field: 'reportedOn', text: 'Datoen er før forrige rapporterte status. Skriv samme dato eller en senere.' },
  'FINDING.NOT_FOUND': { text: 'Funnet finnes ikke.' },
  'FINDING.EXISTS': { text: 'Et funn med denne id-en finnes allerede.' },
  'REPORT.NOT_FOUND': { text: 'Fant ikke revisjonsrapporten.' },
  'REPORT.EXISTS': { text: 'En revisjonsrapport med denne id-en finnes allerede.' },
  'LINK.EXISTS': { text: 'Alle disse koblingene er allerede registrert.' },
  'SOURCE.DOCUMENT_NOT_FOUND': { field: 'source', text: 'Dokumentet er ikke registrert som kilde. Velg et registrert dokument.' },
  'NUMBER.INVALID': { field: 'number', text: 'Skriv nummeret som nummer/år, for eksempel 5/22.' },
  'EVENT.CORRECTION_NEEDS_REASON': { field: 'reason', text: 'En korrigering må begrunnes. Skriv hvorfor.' },
  'PERSONAL_DATA.SEALED_VALUE_IN_INPUT': {
    text: 'Teksten inneholder en forseglet personopplysning, som ikke kan registreres som tekst. Skriv den på nytt.',
  },
  'PERSON.ERASED': { text: 'Personens opplysninger er slettet, og kan ikke registreres på nytt.' },
  'WRITE.STREAM_MOVED_ON': { text: 'Noen andre har endret dette i mellomtiden. Last siden på nytt og se over før du lagrer igjen.' },
  'EVENT_STORE.WRONG_EXPECTED_REVISION': {
    text: 'Noen andre har endret dette i mellomtiden. Last siden på nytt og se over før du lagrer igjen.',
  },
  'IDEMPOTENCY.KEY_REUSED': { text: 'Skjemaet ble endret mens det ble sendt. Send det på nytt.' },
  'IDEMPOTENCY.IN_FLIGHT': { text: 'Skjemaet er allerede sendt, og svaret er ikke kommet ennå. Vent litt og send på nytt.' },
  'EVENT_STORE.APPEND_TOO_LARGE': { text: 'Det som skulle registreres, er for stort til å lagres på én gang. Del det opp.' },
};

/** Words for the API's field constraints, by the field's last name. */
const FIELD_HINTS: Record<string, string> = {
  number: 'Skriv nummeret som nummer/år, for eksempel 5/22.',
  date: 'Skriv en gyldig dato som dd.mm.åååå.',
  startTime: 'Skriv klokkeslettet som tt:mm, for eksempel 10:30.',
  endTime: 'Skriv klokkeslettet som tt:mm, for eksempel 13:00.',
  plannedStart: 'Skriv klokkeslettet som tt:mm, for eksempel 10:30.',
  title: 'Skriv en tittel.',
  text: 'Skriv teksten.',
  reason: 'Skriv en begrunnelse.',
  name: 'Skriv et navn.',
  note: 'En tolkning må forklares: skriv hvordan dokumentet er lest.',
};

/** The Norwegian words for a 400's field, and the form field they belong to (`attachments[0].name` → attachments). */
export function fieldErrors(problem: ApiProblem): Record<string, string> {
  const errors: Record<string, string> = {};
  const known = BY_CODE[problem.code];
  for (const { field, problems } of problem.fields) {
    const path = field.split(/[.[\]]+/).filter(Boolean);
    const last = path[path.length - 1];
    // The source's fields have their own inputs (SourceFields); any other nested field belongs to its list or object.
    const formField = path[0] === 'source' && path.length > 1 ? (last === 'document' ? 'source' : last) : path[0];
    // A refusal with a known code is said in its own words at the field the API names.
    errors[formField] = known?.text ?? FIELD_HINTS[last] ?? `Ugyldig verdi. Tjenestens forklaring (på engelsk): ${problems.join('; ')}`;
  }
  if (known?.field) errors[known.field] = known.text;
  return errors;
}

/** A refusal in words for the whole form: what went wrong, and what to do. */
export function problemText(problem: ApiProblem): string {
  const known = BY_CODE[problem.code];
  if (known) return known.text;
  if (problem.status === 400) return 'Noen felt er ikke fylt ut riktig. Se merknadene ved feltene.';
  if (problem.status === 401) return 'Du er ikke logget inn, eller innloggingen er utløpt. Logg inn på nytt.';
  if (problem.status === 403) return 'Du har ikke tilgang til å registrere dette. Sekretariatet registrerer.';
  if (problem.status === 404) return `Fant ikke det skjemaet viser til. ${untranslated(problem)}`;
  if (problem.status === 409) return `Dette kommer i konflikt med det som allerede er registrert. ${untranslated(problem)}`;
  if (problem.status === 429) return 'For mange forespørsler på kort tid. Vent litt og prøv igjen.';
  if (problem.status >= 500)
    return 'Tjenesten svarte ikke som den skulle. Prøv igjen om litt: det som alt er registrert, blir ikke registrert to ganger.';
  return `Ble ikke registrert. ${untranslated(problem)}`;
}

/** A refusal these words do not cover yet: its code (for support) and the API's message, marked as English. */
const untranslated = (problem: ApiProblem) => `Feilkode ${problem.code}; tjenestens forklaring (på engelsk): ${problem.message}`;

/** Whether a refusal's code has its own words here (a spec holds every decider code behind the forms to it). */
export const hasWordsFor = (code: string): boolean => code in BY_CODE;

/**
 * Why a page could not be read, in words: by the answer's status (the reads' refusals are few),
 * or that the service could not be reached at all (a network error has no status).
 */
export function readProblemText(error: Error): string {
  const problem = 'status' in error && 'code' in error ? (error as ApiProblem) : undefined;
  if (!problem) return 'Fikk ikke kontakt med tjenesten. Prøv igjen om litt.';
  if (problem.code === 'ACCESS.KNOWN_AT_NOT_ALLOWED')
    return 'Bare sekretariatet, revisorer og medlemmer kan se hva som var kjent på en tidligere dato. Logg inn, eller fjern «kjent per».';
  if (problem.status === 401) return 'Innloggingen er utløpt eller ikke gyldig. Logg inn på nytt.';
  if (problem.status === 403) return 'Du har ikke tilgang til dette.';
  if (problem.status === 404) return 'Fant det ikke.';
  if (problem.status === 429) return 'For mange forespørsler på kort tid. Vent litt og prøv igjen.';
  if (problem.status >= 500) return 'Tjenesten svarte ikke som den skulle. Prøv igjen om litt.';
  return `Kunne ikke lese dette. ${untranslated(problem)}`;
}
