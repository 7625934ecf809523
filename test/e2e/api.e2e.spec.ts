import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, ReadModelRegistry, type RecordedEventJson } from '@app/event-store';
import { EventStoreDbStandIn } from '../eventstoredb-stand-in/stand-in-server';
import { uniqueStream } from '../support/events';
import { RunningApi } from '../support/running-api';

/**
 * The real wiring: the app as main.ts builds it, configured from environment variables,
 * answering real HTTP on a random port, on each store the product can run on.
 */
function record(api: RunningApi, streamId: string, type: string, data: Record<string, string>, expectedRevision: 'no_stream' | bigint) {
  const source = { document: 'nehs-2022-1-saksdokument', locator: 'Vedtak på anbefalingssaker', basis: 'stated' as const };
  return api.app.get(EventLog).append(streamId, [{ type, data, effectiveAt: '2021-12-09', source }], {
    expectedRevision,
    context: { actor: 'e2e@sekretariatet' },
  });
}

function apiContract(name: string, env: () => Record<string, string>, specific: (api: RunningApi) => void): void {
  describe(`API over HTTP on ${name}`, () => {
    const api = new RunningApi(env);
    // Unique stream names: the EventStoreDB log may be shared with other tests.
    const sak40 = uniqueStream('example-sak-40');
    const sak27 = uniqueStream('example-sak-27');
    const ours = (events: RecordedEventJson[]) => events.filter((e) => e.streamId === sak40 || e.streamId === sak27);

    beforeAll(() => api.start());
    afterAll(() => api.app?.close());

    it('GET /health reports the store up', async () => {
      const health = await api.get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok', details: { eventStore: { status: 'up' } } });
    });

    it('GET /health/live answers at once; /health/ready only once every read model has caught up, and says how far each has read', async () => {
      expect(await api.get('/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
      expect(await api.get('/health/ready')).toMatchObject({ status: 503, body: { details: { status: 'starting' } } });
      const warmed = await api.app.get(ReadModelRegistry).warmUp();
      expect(warmed.map((w) => w.name).sort()).toEqual(['access-tokens', 'findings', 'governance', 'sources', 'strategy']);
      const ready = await api.get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.readModels.every((m: { behind: boolean }) => !m.behind)).toBe(true);
    });

    it('GET /api/docs serves the OpenAPI UI and its document lists the audit trail', async () => {
      const ui = await api.get('/api/docs');
      expect(ui.status).toBe(200);
      expect(ui.type).toContain('text/html');
      const document = await api.get('/api/docs-json');
      expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/events', '/audit/verify', '/health']));
      const attach = document.body.paths['/saker/{sakId}/attachments'].post;
      expect(attach.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['If-Match', 'Idempotency-Key']));
      expect(attach.responses['201'].headers.ETag).toBeDefined();
      expect(Object.keys(attach.responses)).toEqual(expect.arrayContaining(['412', '422']));
    });

    it('GET /events pages through the log oldest first, filters by stream and type, and shows the envelope', async () => {
      await record(api, sak40, 'SakRegistered', { nummer: '40/21', tittel: 'Visjon og evalueringsprinsipper' }, 'no_stream');
      await record(api, sak27, 'SakRegistered', { nummer: '27/21', tittel: 'Kunnskapsgrunnlaget v.0.7' }, 'no_stream');
      await record(api, sak40, 'DecisionAdopted', { vedtak: 'Nasjonalt e-helsestyre anbefaler visjonen' }, 0n);

      const everything = ours((await api.get('/events?limit=1000')).body.events);
      expect(everything.map((e: { type: string }) => e.type)).toEqual(['SakRegistered', 'SakRegistered', 'DecisionAdopted']);
      expect(everything[0]).toMatchObject({
        streamId: sak40,
        streamRevision: '0',
        globalPosition: expect.stringMatching(/^\d+$/),
        data: { nummer: '40/21' },
        metadata: {
          actor: 'e2e@sekretariatet',
          effectiveAt: '2021-12-09',
          source: { basis: 'stated' },
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      });

      // Each app has a log of its own here: the set-up's three tokens, then our events.
      const tokens = await api.get('/events?limit=3');
      expect(tokens.body.events.map((e: RecordedEventJson) => e.type)).toEqual(Array(3).fill('AccessTokenIssued'));
      const first = await api.get(`/events?limit=2&from=${tokens.body.next}`);
      expect(first.body.events.map((e: RecordedEventJson) => e.streamId)).toEqual([sak40, sak27]);
      const second = await api.get(`/events?limit=2&from=${first.body.next}`);
      expect(second.body).toEqual({ events: [expect.objectContaining({ type: 'DecisionAdopted' })], next: null });

      expect((await api.get(`/events?stream=${sak40}`)).body.events).toHaveLength(2);
      expect(ours((await api.get('/events?type=DecisionAdopted')).body.events).map((e) => e.streamId)).toEqual([sak40]);
      expect((await api.get('/events?stream=no-such-stream')).body).toEqual({ events: [], next: null });
    });

    it('GET /events refuses bad paging with 400 naming the fields', async () => {
      const bad = await api.get('/events?limit=5000&from=-1&colour=red');
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION.FAILED');
      expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['colour', 'from', 'limit']);
    });

    specific(api);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'governance-log-e2e-'));
const path = join(dir, 'governance-log.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

apiContract(
  'the embedded store file',
  () => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: path }),
  (api) => {
    it('GET /audit/verify passes on an untouched log and names the event whose stored bytes were altered', async () => {
      expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true, eventsChecked: 6, streamsChecked: 5, logEvents: 6 });
      const target = (await api.get('/events?type=DecisionAdopted')).body.events[0];

      await api.app.close(); // checkpoints the WAL into the main file
      const bytes = readFileSync(path);
      const at = bytes.indexOf(Buffer.from('anbefaler visjonen'));
      expect(at).toBeGreaterThan(0);
      bytes[at] = 'A'.charCodeAt(0); // "Anbefaler": one byte, same length, still valid JSON
      writeFileSync(path, bytes);
      await api.start();

      const verification = await api.get('/audit/verify');
      expect(verification.status).toBe(200);
      expect(verification.body).toMatchObject({
        ok: false,
        firstBreak: { problem: 'data_hash_mismatch', eventId: target.id, streamId: target.streamId, streamRevision: '1' },
      });
    });
  },
);

let standIn: EventStoreDbStandIn;
beforeAll(async () => {
  standIn = await EventStoreDbStandIn.start();
});
afterAll(() => standIn.stop());

apiContract(
  'EventStoreDB (the stand-in, over gRPC)',
  // The read models' and the keys' own files, kept apart from the working copy's ./data.
  () => ({
    EVENT_STORE: 'eventstoredb',
    EVENTSTORE_CONNECTION_STRING: standIn.connectionString,
    PROJECTIONS_PATH: ':memory:',
    PERSONAL_DATA_KEYS_PATH: ':memory:',
    AUDIT_PATH: ':memory:',
    AUDIT_SIGNING_KEY_PATH: ':memory:',
  }),
  (api) => {
    it('GET /audit/verify checks the chains through the EventStoreDB adapter', async () => {
      expect((await api.get('/audit/verify')).body).toMatchObject({ ok: true, eventsChecked: 6, streamsChecked: 5, logEvents: 6 });
    });

    it('when EventStoreDB goes away, /health says the store is down and reads answer 503', async () => {
      standIn.kill();
      const health = await api.get('/health');
      expect(health.status).toBe(503);
      expect(health.body.details).toMatchObject({ details: { eventStore: { status: 'down' } } });
      const events = await api.get('/events');
      expect(events).toMatchObject({ status: 503, body: { code: 'EVENT_STORE.UNAVAILABLE' } });
      // The cause (a host and port) is for the server's log, not for the caller.
      expect(JSON.stringify(events.body)).not.toMatch(/\d+\.\d+\.\d+\.\d+|ECONNREFUSED|localhost/);
    });
  },
);
