import type { RecordedEventJson } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { onBothStores } from '../support/both-stores';
import { RunningApi, type Answer, type Caller } from '../support/running-api';
import { registerDocuments } from '../support/source-documents';

/**
 * Writes that race, retry or carry a condition, through real HTTP on both stores: nothing
 * doubled, nothing refused that does not conflict in the domain, and a retry answered as the
 * first request was. Meeting and saker here are made up for the test.
 */

async function ok(answer: Promise<Answer>, status = 201): Promise<Answer['body']> {
  const { status: actual, body } = await answer;
  if (actual !== status) throw new Error(`expected ${status}, got ${actual}: ${JSON.stringify(body)}`);
  return body;
}

const count = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

function writeSafetyScenario(storeName: string, env: () => Record<string, string>): void {
  describe(`writes that race or retry, on ${storeName}`, () => {
    const clock = new ManualClock('2026-11-25T09:00:00.000Z');
    let api = new RunningApi(env, clock);
    /** A token that outlives the app's restarts (the tokens RunningApi issues at start are new each time). */
    let secretariat: Caller;
    const events = async (stream: string): Promise<RecordedEventJson[]> =>
      (await api.get(`/events?stream=${stream}&limit=1000`)).body.events;
    const sak = (number: string) =>
      api.post('/saker', { meetingId: 'nehs-2022-1', number, title: `Sak ${number}`, sakstype: 'drofting' }, secretariat);

    beforeAll(async () => {
      await api.start();
      await registerDocuments(api);
      secretariat = { token: await api.issue('Kari Nordmann', 'secretariat') };
      await ok(api.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' }));
      await ok(api.post('/meetings', { bodyId: 'nehs', number: '1/22', date: '2022-02-04' }));
      await ok(sak('1/22'));
    });
    afterAll(() => api.app.close());

    it('50 concurrent attachments to one sak: 50 × 201, 50 events, each with its own revision', async () => {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api.post('/saker/nehs-2022-1/attachments', { attachment: { name: `Vedlegg ${i + 1}`, title: `Vedlegg nummer ${i + 1}` } }),
        ),
      );
      expect(count(answers.map((a) => a.status))).toEqual({ 201: 50 });
      expect(new Set(answers.map((a) => a.headers.get('etag'))).size).toBe(50);
      const stored = await events('sak-nehs-2022-1');
      expect(stored.filter((e) => e.type === 'AttachmentAdded')).toHaveLength(50);
      expect((await api.get('/audit/verify')).body.ok).toBe(true);
    });

    it('50 concurrent registrations of one sak number: exactly 1 × 201 and 49 × 409, one event', async () => {
      const answers = await Promise.all(Array.from({ length: 50 }, () => sak('2/22')));
      expect(count(answers.map((a) => a.status))).toEqual({ 201: 1, 409: 49 });
      expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.code))).toEqual(new Set(['SAK.NUMBER_TAKEN']));
      expect(await events('sak-nehs-2022-2')).toHaveLength(1);
    });

    describe('ETag and If-Match', () => {
      it('a write answers the revision its record now stands at, as a strong ETag', async () => {
        const answer = await api.post('/saker/nehs-2022-2/proposal', { text: 'Styret tar saken til orientering.' });
        expect(answer.status).toBe(201);
        expect(answer.headers.get('etag')).toBe(`"${answer.body.revision}"`);
        expect(answer.body.revision).toBe('1');
      });

      it('If-Match with the current revision writes; with an older one it is 412 and nothing is written', async () => {
        const attach = (name: string, ifMatch: string) =>
          api.post('/saker/nehs-2022-2/attachments', { attachment: { name, title: name } }, 'secretariat', { 'If-Match': ifMatch });
        const first = await attach('Vedlegg 1', '"1"');
        expect(first.status).toBe(201);
        expect(first.headers.get('etag')).toBe('"2"');
        const stale = await attach('Vedlegg 2', '"1"');
        expect(stale.status).toBe(412);
        expect(stale.body).toMatchObject({ code: 'WRITE.STREAM_MOVED_ON', fields: [{ field: 'If-Match' }], details: { actual: '2' } });
        expect(await events('sak-nehs-2022-2')).toHaveLength(3);
        expect((await attach('Vedlegg 2', '"0", "2"')).status).toBe(201);
      });

      it('If-Match: * needs the record to exist; a weak or foreign tag never matches; a malformed header is 400', async () => {
        const propose = (sakId: string, ifMatch: string) =>
          api.post(`/saker/${sakId}/proposal`, { text: 'Forslag.' }, 'secretariat', { 'If-Match': ifMatch });
        expect((await propose('nehs-2022-1', '*')).status).toBe(201);
        const missing = await sak('3/22');
        expect(missing.status).toBe(201);
        expect((await propose('nehs-2022-3', 'W/"0"')).status).toBe(412);
        expect((await propose('nehs-2022-3', '"abc"')).status).toBe(412);
        const malformed = await propose('nehs-2022-3', '0');
        expect(malformed.status).toBe(400);
        expect(malformed.body).toMatchObject({ code: 'REQUEST.IF_MATCH_INVALID', fields: [{ field: 'If-Match' }] });
        expect(await events('sak-nehs-2022-3')).toHaveLength(1);
        const registerAgain = await api.post(
          '/saker',
          { meetingId: 'nehs-2022-1', number: '4/22', title: 'Sak 4/22', sakstype: 'drofting' },
          'secretariat',
          { 'If-Match': '*' },
        );
        expect(registerAgain.status).toBe(412);
        expect(await events('sak-nehs-2022-4')).toHaveLength(0);
      });
    });

    describe('Idempotency-Key', () => {
      const attachWithKey = (key: string, name: string) =>
        api.post('/saker/nehs-2022-3/attachments', { attachment: { name, title: name } }, secretariat, { 'Idempotency-Key': key });

      it('a retry with the same key and request is answered as the first was, and nothing is written again', async () => {
        const first = await attachWithKey('retry-1', 'Vedlegg 1');
        expect(first.status).toBe(201);
        const retry = await attachWithKey('retry-1', 'Vedlegg 1');
        expect(retry.status).toBe(201);
        expect(retry.body).toEqual(first.body);
        expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
        const added = (await events('sak-nehs-2022-3')).filter((e) => e.type === 'AttachmentAdded');
        expect(added).toHaveLength(1);
        expect(added[0].metadata.idempotency).toEqual({ key: 'retry-1', requestHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
        // Without the key, the same retry is told what the record says: the attachment is there.
        expect((await api.post('/saker/nehs-2022-3/attachments', { attachment: { name: 'Vedlegg 1', title: 'Vedlegg 1' } })).status).toBe(
          409,
        );
      });

      it('a retried write that creates something (an exemption) names what the first recorded, which can then be lifted', async () => {
        const exempt = () =>
          api.post('/saker/nehs-2022-3/exemptions', { scope: 'sak', legalBasis: 'offentleglova § 14' }, secretariat, {
            'Idempotency-Key': 'exempt-1',
          });
        const [first, retry] = [await exempt(), await exempt()];
        expect(first.status).toBe(201);
        expect(retry.body).toEqual(first.body);
        const lifted = await api.post(`/saker/nehs-2022-3/exemptions/${first.body.exemptionId}/lifting`, { reason: 'Feil hjemmel' });
        expect(lifted.status).toBe(201);
      });

      it('the same key with another request is 422 naming the header, on this record or another', async () => {
        const other = await attachWithKey('retry-1', 'Vedlegg 2');
        expect(other.status).toBe(422);
        expect(other.body).toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED', fields: [{ field: 'Idempotency-Key' }] });
        const elsewhere = await api.post('/saker/nehs-2022-1/attachments', { attachment: { name: 'X', title: 'X' } }, secretariat, {
          'Idempotency-Key': 'retry-1',
        });
        expect(elsewhere.status).toBe(422);
        expect((await events('sak-nehs-2022-3')).filter((e) => e.type === 'AttachmentAdded')).toHaveLength(1);
      });

      it('keys are the principal’s own: another holder’s same key is another request', async () => {
        const colleague: Caller = { token: await api.issue('Per Sekretær', 'secretariat') };
        const answer = await api.post(
          '/saker/nehs-2022-3/attachments',
          { attachment: { name: 'Vedlegg 2', title: 'Vedlegg 2' } },
          colleague,
          {
            'Idempotency-Key': 'retry-1',
          },
        );
        expect(answer.status).toBe(201);
      });

      it('requests sent together with one key: one writes, the others are told it is in flight or get its answer', async () => {
        const answers = await Promise.all(Array.from({ length: 5 }, () => attachWithKey('together-1', 'Vedlegg 3')));
        const statuses = answers.map((a) => a.status);
        expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
        for (const conflict of answers.filter((a) => a.status === 409)) expect(conflict.body.code).toBe('IDEMPOTENCY.IN_FLIGHT');
        const written = answers.filter((a) => a.status === 201);
        expect(written.length).toBeGreaterThanOrEqual(1);
        for (const answer of written) expect(answer.body).toEqual(written[0].body);
        const added = (await events('sak-nehs-2022-3')).filter((e) => e.type === 'AttachmentAdded' && e.data.attachment);
        expect(added.filter((e) => (e.data.attachment as { name: string }).name === 'Vedlegg 3')).toHaveLength(1);
      });

      it('a request refused (nothing written) does not hold its key: the corrected request may carry it', async () => {
        const refused = await api.post('/saker/nehs-2022-3/attachments', { attachment: {} }, secretariat, { 'Idempotency-Key': 'fix-1' });
        expect(refused.status).toBe(400);
        expect((await attachWithKey('fix-1', 'Vedlegg 6')).status).toBe(201);
      });

      it('a malformed key is 400, and a token’s issue (a secret shown once) refuses a key', async () => {
        const malformed = await attachWithKey('with space', 'Vedlegg 9');
        expect(malformed.status).toBe(400);
        expect(malformed.body).toMatchObject({ code: 'IDEMPOTENCY.KEY_INVALID', fields: [{ field: 'Idempotency-Key' }] });
        const token = await api.post('/access/tokens', { name: 'Ny', role: 'auditor' }, 'admin', { 'Idempotency-Key': 'token-1' });
        expect(token.status).toBe(400);
        expect(token.body.code).toBe('IDEMPOTENCY.NOT_REPEATABLE');
      });

      it('after a restart the log still answers a retry, and refuses the key for another request on that record', async () => {
        const first = await attachWithKey('across-restart', 'Vedlegg 4');
        expect(first.status).toBe(201);
        await api.app.close();
        api = new RunningApi(env, clock);
        await api.start();
        const retry = await attachWithKey('across-restart', 'Vedlegg 4');
        expect(retry.status).toBe(201);
        expect(retry.body).toEqual(first.body);
        expect((await attachWithKey('across-restart', 'Vedlegg 5')).status).toBe(422);
        expect((await events('sak-nehs-2022-3')).filter((e) => e.metadata.idempotency?.key === 'across-restart')).toHaveLength(1);
      });

      it('a key answers retries for as long as keys are kept (24 h by default), then it is a new request', async () => {
        clock.set('2026-11-26T09:00:01.000Z');
        const late = await attachWithKey('across-restart', 'Vedlegg 4');
        expect(late.status).toBe(409);
        expect(late.body.code).toBe('SAK.ATTACHMENT_EXISTS');
      });
    });
  });
}

onBothStores('write-safety', writeSafetyScenario);
