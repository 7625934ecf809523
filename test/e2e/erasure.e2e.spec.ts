import { EVENT_STORE, type EventStore } from '@app/event-store';
import { onBothStores } from '../support/both-stores';
import { RunningApi, type Answer } from '../support/running-api';

/**
 * Erasure of a person's data (GDPR art. 17) through real HTTP, on both stores: names are kept
 * in the log sealed with a key per person (the stored bytes never hold them); erasing a person
 * deletes the key, every read then shows "slettet" where the name was, the log still verifies,
 * and the erasure is itself an event. Names and saker here are made up for the test.
 */
async function ok(answer: Promise<Answer>, status = 201): Promise<Answer['body']> {
  const { status: actual, body } = await answer;
  if (actual !== status) throw new Error(`expected ${status}, got ${actual}: ${JSON.stringify(body)}`);
  return body;
}

function erasureScenario(storeName: string, env: () => Record<string, string>): void {
  describe(`erasure on ${storeName}`, () => {
    const api = new RunningApi(env);
    const storedText = async () => {
      const events = await api.app.get<EventStore>(EVENT_STORE).readAll({ maxCount: 10_000 });
      return JSON.stringify(events.map((e) => ({ data: e.data, metadata: e.metadata })));
    };

    beforeAll(async () => {
      await api.start();
      await ok(api.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' }));
      for (const [memberId, name] of [
        ['ingrid', 'Ingrid Testesen'],
        ['per', 'Per Prøvesen'],
      ])
        await ok(
          api.post('/bodies/nehs/members', { memberId, name, organisation: 'Helse Vest RHF', role: 'member', appointedOn: '2021-01-01' }),
        );
      await ok(api.post('/meetings', { bodyId: 'nehs', number: '1/22', date: '2022-02-04' }));
      await ok(
        api.post('/saker', {
          meetingId: 'nehs-2022-1',
          number: '2/22',
          title: 'Strategi',
          sakstype: 'drofting',
          presenter: { name: 'Karl S Vestli' },
        }),
      );
      await ok(api.post('/saker/nehs-2022-2/roles', { role: 'saksbehandler', person: { name: 'Karl S Vestli' } }));
      await ok(api.post('/saker/nehs-2022-2/publication', { state: 'published' }));
      await ok(api.post('/meetings/nehs-2022-1/held', {}));
      await ok(api.post('/meetings/nehs-2022-1/minutes/publication', {}));
    });
    afterAll(() => api.app?.close());

    it('keeps names out of the stored bytes, and shows them to readers', async () => {
      const stored = await storedText();
      for (const name of ['Ingrid Testesen', 'Per Prøvesen', 'Karl S Vestli', 'Kari Nordmann']) expect(stored).not.toContain(name);
      expect((await api.get('/bodies/nehs', { as: 'public' })).body.members.map((m: { name: string }) => m.name)).toEqual([
        'Ingrid Testesen',
        'Per Prøvesen',
      ]);
      expect((await api.get('/meetings/nehs-2022-1/minutes?format=markdown', { as: 'public' })).body).toContain('Karl S Vestli');
      expect((await api.get('/events?stream=body-nehs')).body.events[0].metadata.actor).toBe('Kari Nordmann');
    });

    it('refuses what is not a person id, and erasure by anyone but the secretariat', async () => {
      expect((await api.post('/persons/Karl%20S%20Vestli/erasure', { reason: 'x' })).body).toMatchObject({
        code: 'ERASURE.PERSON_ID_INVALID',
        fields: [{ field: 'personId' }],
      });
      expect((await api.post('/persons/member:nehs:per/erasure', { reason: 'x' }, 'auditor')).status).toBe(403);
      expect((await api.post('/persons/member:nehs:per/erasure', { reason: '' })).status).toBe(400);
    });

    it('erases someone known by name: every read shows "slettet" where the name was; the erasure is an event; the log verifies', async () => {
      const lookup = await api.post('/persons/lookup', { name: 'karl  s vestli' });
      expect(lookup.status).toBe(200);
      const [byName] = lookup.body;
      expect(byName).toMatchObject({ personId: expect.stringMatching(/^person:[0-9a-f]{24}$/), status: 'held' });
      const erased = await api.post(`/persons/${byName.personId}/erasure`, { reason: 'Krav om sletting (art. 17)' });
      expect(erased.status).toBe(201);

      const sak = (await api.get('/saker/nehs-2022-2')).body;
      expect(sak.presenter).toEqual({ name: 'slettet' });
      expect(sak.roles).toEqual([{ role: 'saksbehandler', person: { name: 'slettet' } }]);
      for (const format of ['markdown', 'html']) {
        const minutes = (await api.get(`/meetings/nehs-2022-1/minutes?format=${format}`, { as: 'public' })).body;
        expect(minutes).not.toContain('Karl S Vestli');
        expect(minutes).toContain('slettet');
      }
      expect((await api.get('/bodies/nehs')).body.members.map((m: { name: string }) => m.name)).toEqual([
        'Ingrid Testesen',
        'Per Prøvesen',
      ]);
      expect((await api.get(`/persons/${byName.personId}`)).body).toEqual({ personId: byName.personId, status: 'erased' });

      const [fact] = (await api.get(`/events?stream=person-${byName.personId}`)).body.events;
      expect(fact).toMatchObject({
        type: 'PersonalDataErased',
        data: { reason: 'Krav om sletting (art. 17)' },
        metadata: { actor: 'Kari Nordmann' },
      });
      expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true });
      expect((await api.post(`/persons/${byName.personId}/erasure`, { reason: 'igjen' })).status).toBe(200);
      // Nothing is recorded of an erased person again: a write naming them is refused, not stored as "slettet".
      const again = await api.post('/saker/nehs-2022-2/roles', { role: 'fra', person: { name: 'Karl S Vestli' } });
      expect(again).toMatchObject({ status: 409, body: { code: 'PERSON.ERASED' } });
      // A sealed value sent in as text is refused: it would be revealed to whoever reads that text.
      const envelope = (await api.app.get<EventStore>(EVENT_STORE).readAll({ maxCount: 1000 }))
        .map((e) => JSON.stringify(e.data).match(/⟦pii1:[^⟧]+⟧/)?.[0])
        .find(Boolean)!;
      const pasted = await api.post('/saker/nehs-2022-2/proposal', { text: `Forslag fra ${envelope}` });
      expect(pasted).toMatchObject({ status: 400, body: { code: 'PERSONAL_DATA.SEALED_VALUE_IN_INPUT' } });
    });

    it('erases a member, and a token holder (whose token is revoked, and whose recordings then bear no name)', async () => {
      await ok(api.post('/persons/member:nehs:per/erasure', { reason: 'Art. 17' }));
      expect((await api.get('/bodies/nehs', { as: 'public' })).body.members.map((m: { name: string }) => m.name)).toEqual([
        'Ingrid Testesen',
        'slettet',
      ]);

      const perToken = await api.issue('Per Prøvesen', 'member', { bodyId: 'nehs', memberId: 'per' });
      // Erased before: the member's own token is revoked with the member (issued here to show it is refused after).
      await ok(api.post('/persons/member:nehs:per/erasure', { reason: 'Art. 17, igjen' }), 200);
      expect((await api.get('/access/me', { as: { token: perToken } })).status).toBe(401);

      const token = await api.issue('Ola Midlertidig', 'secretariat');
      const me = (await api.get('/access/me', { as: { token } })).body;
      await ok(
        api.post(
          '/bodies/nehs/members',
          { memberId: 'nils', name: 'Nils', organisation: 'x', role: 'member', appointedOn: '2022-01-01' },
          { token },
        ),
      );
      await ok(api.post(`/persons/${me.id}/erasure`, { reason: 'Art. 17' }));
      expect((await api.get('/access/me', { as: { token } })).status).toBe(401);
      const appointed = (await api.get('/events?stream=body-nehs&type=MemberAppointed')).body.events.at(-1);
      expect(appointed.metadata).toMatchObject({ actor: 'slettet', actorId: me.id });
      expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true });
    });

    it('stays erased after a restart: the key is gone for good', async () => {
      await api.app.close();
      await api.start();
      expect((await api.get('/bodies/nehs', { as: 'public' })).body.members.map((m: { name: string }) => m.name)).toContain('slettet');
      expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true });
    });
  });
}

onBothStores('erasure', erasureScenario);
