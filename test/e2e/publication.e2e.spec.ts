import { ReadModelRegistry } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { onBothStores } from '../support/both-stores';
import { RunningApi, type Answer, type Caller } from '../support/running-api';
import { routeTable } from '../../apps/api/src/http/route-table';
import { registerDocuments } from '../support/source-documents';

/**
 * Publication and exemptions (offentleglova) through real HTTP. Every text the public must not
 * see carries the marker HEMMELIG; the public's every read (each public route, each format) is
 * searched for it, and the auditor's are checked to hold every marker (so the search can fail).
 * Saker, texts and exemptions here are made up for the test.
 */

async function ok(answer: Promise<Answer>, status = 201): Promise<Answer['body']> {
  const { status: actual, body } = await answer;
  if (actual !== status) throw new Error(`expected ${status}, got ${actual}: ${JSON.stringify(body)}`);
  return body;
}

/** 2/22's vedtak: withheld until the referat that records it is public. */
const VEDTAK_UNTIL_REFERAT = 'HEMMELIG-VEDTAK-TIL-REFERATET-ER-OFFENTLIG';
const MARKERS = [
  'HEMMELIG-UTKAST-TITTEL',
  'HEMMELIG-UTKAST-FORSLAG',
  'HEMMELIG-VEDLEGG-IKKE-PUBLISERT',
  'HEMMELIG-FORSLAG-IKKE-PUBLISERT',
  VEDTAK_UNTIL_REFERAT,
  'HEMMELIG-SKJERMET-FORSLAG',
  'HEMMELIG-SKJERMET-VEDLEGG',
  'HEMMELIG-SKJERMET-SAK',
  'HEMMELIG-SKJERMET-SAK-VEDTAK',
  'HEMMELIG-SITAT',
  'HEMMELIG-INTERN-NOTAT',
  'HEMMELIG-STRATEGI-NOTAT',
];

function publicationScenario(storeName: string, env: () => Record<string, string>): void {
  describe(`publication on ${storeName}`, () => {
    const api = new RunningApi(env, new ManualClock('2026-11-25T09:00:00.000Z'));
    let nehsMember: Caller;
    let nufaMember: Caller;

    beforeAll(async () => {
      await api.start();
      await registerDocuments(api);
      for (const [bodyId, name] of [
        ['nehs', 'Nasjonalt e-helsestyre'],
        ['nufa', 'NUFA'],
      ])
        await ok(api.post('/bodies', { bodyId, name, effectiveAt: '2021-01-01' }));
      await ok(
        api.post('/bodies/nehs/members', {
          memberId: 'inger',
          name: 'Inger',
          organisation: 'x',
          role: 'member',
          appointedOn: '2021-01-01',
        }),
      );
      nehsMember = { token: await api.issue('Inger', 'member', { bodyId: 'nehs', memberId: 'inger' }) };
      nufaMember = { token: await api.issue('Nils', 'member', { bodyId: 'nufa', memberId: 'nils' }) };
      await ok(api.post('/meetings', { bodyId: 'nehs', number: '1/22', date: '2022-02-04' }));
      const sak = (number: string, title: string, attachments: object[] = []) =>
        ok(api.post('/saker', { meetingId: 'nehs-2022-1', number, title, sakstype: 'drofting', attachments }));

      // 1/22: a draft, nothing of it public.
      await sak('1/22', 'HEMMELIG-UTKAST-TITTEL');
      await ok(api.post('/saker/nehs-2022-1/proposal', { text: 'HEMMELIG-UTKAST-FORSLAG' }));
      // 2/22: sent with the innkalling: on the agenda, its papers, proposal and vedtak not yet public.
      await sak('2/22', 'Åpen sak på dagsorden', [{ name: 'Vedlegg 1', title: 'HEMMELIG-VEDLEGG-IKKE-PUBLISERT' }]);
      await ok(api.post('/saker/nehs-2022-2/proposal', { text: 'HEMMELIG-FORSLAG-IKKE-PUBLISERT' }));
      await ok(api.post('/saker/nehs-2022-2/vedtak', { text: VEDTAK_UNTIL_REFERAT }));
      await ok(api.post('/saker/nehs-2022-2/publication', { state: 'sent' }));
      // 3/22: published, its proposal and one attachment exempted, its vedtak published.
      await sak('3/22', 'Publisert sak', [
        { name: 'Vedlegg 1', title: 'Offentlig vedlegg' },
        { name: 'Vedlegg 2', title: 'HEMMELIG-SKJERMET-VEDLEGG' },
      ]);
      await ok(api.post('/saker/nehs-2022-3/proposal', { text: 'HEMMELIG-SKJERMET-FORSLAG' }));
      await ok(
        api.post('/saker/nehs-2022-3/vedtak', {
          text: 'Offentlig vedtak i sak 3/22',
          source: {
            document: 'nehs-2022-1-saksdokument',
            basis: 'interpreted',
            note: 'Offentlig notat',
            internalNote: 'HEMMELIG-INTERN-NOTAT',
          },
        }),
      );
      await ok(api.post('/saker/nehs-2022-3/publication', { state: 'published' }));
      await ok(api.post('/saker/nehs-2022-3/vedtak/publication', {}));
      await ok(api.post('/saker/nehs-2022-3/exemptions', { scope: 'field', field: 'proposal', legalBasis: 'offentleglova § 14' }));
      await ok(
        api.post('/saker/nehs-2022-3/exemptions', { scope: 'attachment', attachment: 'Vedlegg 2', legalBasis: 'offentleglova § 24' }),
      );
      // 4/22: published, then exempted whole; a disagreement between sources quotes its title.
      await sak('4/22', 'HEMMELIG-SKJERMET-SAK');
      await ok(api.post('/saker/nehs-2022-4/vedtak', { text: 'HEMMELIG-SKJERMET-SAK-VEDTAK' }));
      await ok(api.post('/saker/nehs-2022-4/publication', { state: 'published' }));
      await ok(api.post('/saker/nehs-2022-4/vedtak/publication', {}));
      await ok(api.post('/saker/nehs-2022-4/exemptions', { scope: 'sak', legalBasis: 'offentleglova § 13, jf. forvaltningsloven § 13' }));
      await ok(
        api.post('/source-conflicts', {
          conflictId: 'tittel-4-22',
          about: 'nehs-2022-4',
          field: 'title',
          readings: [
            { value: 'a', document: 'nehs-2022-1-saksdokument', quote: 'HEMMELIG-SITAT' },
            { value: 'b', document: 'nehs-2022-1-presentasjon', quote: 'HEMMELIG-SITAT to' },
          ],
        }),
      );
      await ok(api.post('/meetings/nehs-2022-1/held', {}));
      // A strategy fact with an internal note: the strategy's answers are made once and kept as bytes.
      await ok(api.post('/themes', { themeCode: 'bedre-helsehjelp', name: 'BEDRE HELSEHJELP', effectiveAt: '2022-01-20' }));
      await ok(
        api.post('/goals', {
          goalId: 'mal-2-1',
          code: '2.1',
          title: 'Sørge for at helseinformasjon følger pasienten på tvers av aktører',
          themeCode: 'bedre-helsehjelp',
          effectiveAt: '2022-01-20',
          source: {
            document: 'nehs-2022-1-vedlegg',
            basis: 'interpreted',
            note: 'Offentlig notat',
            internalNote: 'HEMMELIG-STRATEGI-NOTAT',
          },
        }),
      );
      await api.app.get(ReadModelRegistry).warmUp();
    });
    afterAll(() => api.app?.close());

    describe('what the public sees of a sak', () => {
      it('a draft is not there at all; the body’s members see it, another body’s members do not', async () => {
        expect(await api.get('/saker/nehs-2022-1', { as: 'public' })).toMatchObject({ status: 404, body: { code: 'SAK.NOT_FOUND' } });
        expect((await api.get('/saker/nehs-2022-1', { as: nehsMember })).body).toMatchObject({ title: 'HEMMELIG-UTKAST-TITTEL' });
        expect((await api.get('/saker/nehs-2022-1', { as: nufaMember })).status).toBe(404);
      });

      it('sent with the innkalling: on the agenda, with what is not yet public named', async () => {
        const sak = (await api.get('/saker/nehs-2022-2', { as: 'public' })).body;
        expect(sak).toMatchObject({
          title: 'Åpen sak på dagsorden',
          attachments: [],
          proposal: null,
          vedtak: null,
          differsFromProposal: null,
        });
        expect(sak.withheld).toEqual([
          { what: 'attachments', reason: 'not published' },
          { what: 'proposal', reason: 'not published' },
          { what: 'vedtak', reason: 'not published' },
        ]);
      });

      it('published with exemptions: the exempted field and attachment are withheld, on their legal basis; the rest is shown', async () => {
        const sak = (await api.get('/saker/nehs-2022-3', { as: 'public' })).body;
        expect(sak).toMatchObject({
          proposal: null,
          vedtak: { text: 'Offentlig vedtak i sak 3/22' },
          attachments: [{ name: 'Vedlegg 1' }],
        });
        expect(sak.withheld).toEqual([
          { what: 'proposal', reason: 'exempted', legalBasis: 'offentleglova § 14' },
          { what: 'attachment', name: 'Vedlegg 2', reason: 'exempted', legalBasis: 'offentleglova § 24' },
        ]);
        const full = (await api.get('/saker/nehs-2022-3', { as: 'auditor' })).body;
        expect(full).toMatchObject({ proposal: 'HEMMELIG-SKJERMET-FORSLAG' });
        expect(full).not.toHaveProperty('withheld');
      });

      it('exempted whole: the public is told it exists, that it is exempted and on which basis, and nothing else', async () => {
        const sak = (await api.get('/saker/nehs-2022-4', { as: 'public' })).body;
        expect(sak).toMatchObject({ number: '4/22', title: 'Unntatt offentlighet', vedtak: null, sources: [], conflicts: [] });
        expect(sak.withheld).toEqual([{ what: 'sak', reason: 'exempted', legalBasis: 'offentleglova § 13, jf. forvaltningsloven § 13' }]);
        expect((await api.get('/decisions', { as: 'public' })).body.map((r: { number: string }) => r.number)).toEqual(['3/22']);
        expect((await api.get('/decisions', { as: 'auditor' })).body.map((r: { number: string }) => r.number).sort()).toEqual([
          '2/22',
          '3/22',
          '4/22',
        ]);
      });

      it('the referat is not public until approved or published; then it shows what the public may see', async () => {
        expect(await api.get('/meetings/nehs-2022-1/minutes', { as: 'public' })).toMatchObject({
          status: 404,
          body: { code: 'MINUTES.NOT_PUBLISHED' },
        });
        expect((await api.get('/meetings/nehs-2022-1/minutes', { as: nehsMember })).status).toBe(200);
      });
    });

    describe('no public read leaks what is withheld', () => {
      const ids: Record<string, string[]> = {
        bodyId: ['nehs'],
        meetingId: ['nehs-2022-1'],
        sakId: ['nehs-2022-1', 'nehs-2022-2', 'nehs-2022-3', 'nehs-2022-4'],
        goalId: ['mal-2-1'],
      };
      const QUERIES = ['', '?at=2022-02-04', '?format=markdown', '?format=html', '?format=csv', '?format=csv&separator=semicolon'];

      /** Every public GET route with every id the test recorded, in every format: the texts the caller receives. */
      async function everythingReadableBy(as: Caller): Promise<string> {
        const paths = routeTable(api.app)
          .filter((r) => r.method === 'GET' && r.policy?.includes('public'))
          .flatMap((r) =>
            r.path
              .split('/')
              .filter(Boolean)
              .reduce<string[]>(
                (prefixes, part) => {
                  const values = part.startsWith(':') ? (ids[part.slice(1)] ?? ['x']) : [part];
                  return prefixes.flatMap((p) => values.map((v) => `${p}/${v}`));
                },
                [''],
              ),
          );
        const texts: string[] = [];
        for (const path of paths)
          for (const query of QUERIES) {
            const answer = await api.get(`${path}${query}`, { as });
            texts.push(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
          }
        return texts.join('\n');
      }

      it('the public’s every read, in every format, holds none of the withheld texts; an auditor’s hold them all', async () => {
        const seenByPublic = await everythingReadableBy('public');
        expect(MARKERS.filter((m) => seenByPublic.includes(m))).toEqual([]);
        expect(seenByPublic).toContain('Offentlig vedtak i sak 3/22');
        // An auditor reads internal notes in the raw log (the views' provenance never carries them).
        const seenByAuditor = (await everythingReadableBy('auditor')) + JSON.stringify((await api.get('/events?limit=1000')).body);
        expect(MARKERS.filter((m) => !seenByAuditor.includes(m))).toEqual([]);
      });

      it('nor once the referat is published, nor for another body’s member', async () => {
        await ok(api.post('/meetings/nehs-2022-1/minutes/publication', {}));
        const referat = await api.get('/meetings/nehs-2022-1/minutes?format=markdown', { as: 'public' });
        expect(referat.status).toBe(200);
        expect(referat.body).toContain('Offentlig vedtak i sak 3/22');
        const seen = (await everythingReadableBy('public')) + (await everythingReadableBy(nufaMember));
        // The referat records every vedtak of the meeting: 2/22's is public with it, its papers and proposal still not.
        expect(MARKERS.filter((m) => seen.includes(m))).toEqual([VEDTAK_UNTIL_REFERAT]);
        expect(seen).toContain('Offentlig vedtak i sak 3/22');
      });

      it('lifting an exemption shows again what it withheld; the events and their proofs stayed in the log throughout', async () => {
        const exemptions = (await api.get('/events?stream=sak-nehs-2022-3&type=ExemptionRecorded')).body.events;
        const onProposal = exemptions.find(
          (e: { data: { exemption: { scope: { kind: string } } } }) => e.data.exemption.scope.kind === 'field',
        );
        await ok(
          api.post(`/saker/nehs-2022-3/exemptions/${onProposal.data.exemption.exemptionId}/lifting`, { reason: 'Grunnlaget er falt bort' }),
        );
        expect((await api.get('/saker/nehs-2022-3', { as: 'public' })).body.proposal).toBe('HEMMELIG-SKJERMET-FORSLAG');
        expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true });
      });
    });
  });
}

onBothStores('publication', publicationScenario);
