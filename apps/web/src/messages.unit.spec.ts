import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiProblem } from './api';
import { fieldErrors, hasWordsFor, problemText, readProblemText } from './messages';

/** A refusal as the API sends it (the class itself lives with the browser's fetch). */
const refusal = (status: number, code: string, message: string, fields: ApiProblem['fields'] = []) =>
  ({ status, code, message, fields }) as unknown as ApiProblem;

/** The deciders behind the secretariat's forms: meetings, saker and their publication, goals, findings' follow-up. */
const DECIDERS = [
  'libs/governance/src/domain/meeting.decider.ts',
  'libs/governance/src/domain/sak.decider.ts',
  'libs/governance/src/domain/publication.ts',
  'libs/strategy/src/domain/goal.decider.ts',
  'libs/findings/src/domain/findings.deciders.ts',
];

describe('the API’s refusals in Norwegian', () => {
  it('has words for every code the deciders behind the forms can refuse with', () => {
    const codes = DECIDERS.flatMap((file) => [
      ...readFileSync(join(__dirname, '../../..', file), 'utf8').matchAll(/new (?:Conflict|NotFound|ValidationFailed)\(\s*'([A-Z_.]+)'/g),
    ]).map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(40);
    expect([...new Set(codes)].filter((code) => !hasWordsFor(code))).toEqual([]);
  });

  it('says a known refusal at the field the API names, in its own words', () => {
    const problem = refusal(404, 'SOURCE.DOCUMENT_NOT_FOUND', 'source.document: no registered source document "x"', [
      { field: 'source.document', problems: ['source.document: no registered source document "x"'] },
    ]);
    expect(fieldErrors(problem)).toEqual({ source: 'Dokumentet er ikke registrert som kilde. Velg et registrert dokument.' });
    expect(problemText(problem)).toBe('Dokumentet er ikke registrert som kilde. Velg et registrert dokument.');
  });

  it('says a date refused as earlier than the last report at the date, not as a malformed date', () => {
    const problem = refusal(400, 'STATUS.BEFORE_LAST_REPORT', 'reportedOn 2022-01-01 is before the last report (2022-06-01)', [
      { field: 'reportedOn', problems: ['reportedOn 2022-01-01 is before the last report (2022-06-01)'] },
    ]);
    expect(fieldErrors(problem).reportedOn).toBe('Datoen er før forrige rapporterte status. Skriv samme dato eller en senere.');
  });

  it('gives a field rule the form knows its hint, and any other its problem marked as English', () => {
    const problem = refusal(400, 'VALIDATION.FAILED', 'Invalid request', [
      { field: 'title', problems: ['title should not be empty'] },
      { field: 'presenter.name', problems: ['name must be shorter than or equal to 200 characters'] },
    ]);
    expect(fieldErrors(problem)).toEqual({
      title: 'Skriv en tittel.',
      presenter: 'Skriv et navn.',
    });
    expect(
      fieldErrors(refusal(400, 'VALIDATION.FAILED', 'Invalid request', [{ field: 'kind', problems: ['kind must be one of …'] }])),
    ).toEqual({
      kind: 'Ugyldig verdi. Tjenestens forklaring (på engelsk): kind must be one of …',
    });
  });

  it('says a refusal it has no words for in Norwegian, with its code and the API’s message marked as English', () => {
    expect(problemText(refusal(409, 'SOMETHING.NEW', 'Something new happened'))).toBe(
      'Dette kommer i konflikt med det som allerede er registrert. Feilkode SOMETHING.NEW; tjenestens forklaring (på engelsk): Something new happened',
    );
    expect(problemText(refusal(422, 'OTHER.NEW', 'Other'))).toBe(
      'Ble ikke registrert. Feilkode OTHER.NEW; tjenestens forklaring (på engelsk): Other',
    );
  });

  it('says why a page could not be read in Norwegian: by status, and when the service could not be reached', () => {
    const asError = (problem: ApiProblem) => Object.assign(new Error(problem.message), problem);
    expect(readProblemText(asError(refusal(404, 'MEETING.NOT_FOUND', 'No meeting x')))).toBe('Fant det ikke.');
    expect(readProblemText(asError(refusal(403, 'ACCESS.KNOWN_AT_NOT_ALLOWED', 'for auditors')))).toMatch(/^Bare sekretariatet, revisorer/);
    expect(readProblemText(asError(refusal(503, 'EVENT_STORE.UNAVAILABLE', 'down')))).toBe(
      'Tjenesten svarte ikke som den skulle. Prøv igjen om litt.',
    );
    expect(readProblemText(new TypeError('Failed to fetch'))).toBe('Fikk ikke kontakt med tjenesten. Prøv igjen om litt.');
  });
});
