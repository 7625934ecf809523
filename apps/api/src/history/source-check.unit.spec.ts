import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryFile } from './history-file';
import { checkSources, normaliseForQuote } from './source-check';

const SLIDES =
  '# Sak 1/22: Godkjenning av innkalling og <b>dagsorden</b>\n\nForslag til vedtak\n\nNasjonalt e-helsestyre   godkjenner\ninnkalling og *dagsorden*.\n\tLunsj\t11:20\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  writeFileSync(join(dir, 'slides.txt'), SLIDES);
  writeFileSync(join(dir, 'memo.txt'), 'Lunsj 11:30');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const register = (documents: { documentId: string; text: string }[]): { name: string; file: HistoryFile } => ({
  name: '00-documents.json',
  file: {
    title: 'register',
    documents: documents.map(({ documentId, text }) => ({
      documentId,
      title: documentId,
      kind: 'presentasjon',
      date: '2022-02-04',
      dateBasis: 'stated',
      issuer: 'x',
      sha256: sha(text),
    })),
  },
});
const documents = register([
  { documentId: 'slides', text: SLIDES },
  { documentId: 'memo', text: 'Lunsj 11:30' },
]);
const record = (steps: unknown[]): { name: string; file: HistoryFile } => ({
  name: '05.json',
  file: { document: 'slides', title: 'møte 1/22', steps } as HistoryFile,
});
const step = (extra: object) => ({
  request: 'POST /saker/nehs-2022-1/proposal',
  body: { text: 'Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.' },
  locator: 'Sak 1/22',
  ...extra,
});

describe('the source-fidelity check', () => {
  it('normalises whitespace, line breaks, HTML tags and markdown emphasis, and nothing else', () => {
    expect(normaliseForQuote('<b>Emne</b>\n  godkjenner\t*dagsorden*  __x__')).toBe('Emne godkjenner dagsorden x');
    expect(normaliseForQuote('helse- og omsorgstjenester')).toBe('helse- og omsorgstjenester');
    expect(normaliseForQuote('e_helse')).toBe('e_helse');
  });

  it('given a stated step whose quote stands in the cited document (across line breaks and emphasis), then it passes', () => {
    const result = checkSources(
      [
        documents,
        record([
          step({
            basis: 'stated',
            quote: ['Nasjonalt e-helsestyre godkjenner innkalling og dagsorden.', 'Godkjenning av innkalling og dagsorden'],
          }),
        ]),
      ],
      dir,
    );
    expect(result).toEqual({ documents: 2, statedSteps: 1, quotesChecked: 2, interpretedSteps: 0, failures: [] });
  });

  it('fails a stated step that quotes nothing, and a quote the document does not hold, naming the step', () => {
    const result = checkSources(
      [documents, record([step({ basis: 'stated' }), step({ basis: 'stated', quote: 'Nasjonalt e-helsestyre vedtar innkalling' })])],
      dir,
    );
    expect(result.failures).toEqual([
      '05.json, step 1 (POST /saker/nehs-2022-1/proposal, Sak 1/22): stated, but quotes nothing from slides',
      '05.json, step 2 (POST /saker/nehs-2022-1/proposal, Sak 1/22): quote not in slides: "Nasjonalt e-helsestyre vedtar innkalling"',
    ]);
  });

  it('fails an interpretation without a note, and a quote in the wrong document', () => {
    const result = checkSources(
      [
        documents,
        record([step({ basis: 'interpreted' }), step({ basis: 'interpreted', note: 'n', document: 'memo', quote: 'godkjenner' })]),
      ],
      dir,
    );
    expect(result.failures).toEqual([
      '05.json, step 1 (POST /saker/nehs-2022-1/proposal, Sak 1/22): interpreted, but no note says how the source was read',
      '05.json, step 2 (POST /saker/nehs-2022-1/proposal, Sak 1/22): quote not in memo: "godkjenner"',
    ]);
  });

  it('checks each reading of a source conflict against its own document', () => {
    const conflict = {
      request: 'POST /source-conflicts',
      locator: 'Agenda',
      basis: 'interpreted',
      note: 'times differ',
      body: {
        readings: [
          { value: '11:20', document: 'slides', quote: 'Lunsj 11:20' },
          { value: '11:30', document: 'memo', quote: 'Lunsj 11:20' },
          { value: '11:40', document: 'nowhere' },
        ],
      },
    };
    expect(checkSources([documents, record([conflict])], dir).failures).toEqual([
      '05.json, step 1 (POST /source-conflicts, Agenda): readings[1].quote not in memo: "Lunsj 11:20"',
      '05.json, step 1 (POST /source-conflicts, Agenda): readings[2] cites nowhere, which is not in the document register',
    ]);
  });

  it('fails a document whose file is not there (or was changed) and a step citing an unregistered document', () => {
    const result = checkSources(
      [
        register([{ documentId: 'slides', text: `${SLIDES}changed` }]),
        record([step({ basis: 'interpreted', note: 'n', document: 'minutes' })]),
      ],
      dir,
    );
    expect(result.failures).toEqual([
      `00-documents.json: document slides: no file in ${dir} has SHA-256 ${sha(`${SLIDES}changed`)}`,
      '05.json, step 1 (POST /saker/nehs-2022-1/proposal, Sak 1/22): cites minutes, which is not in the document register',
    ]);
  });
});
