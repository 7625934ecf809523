import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventLog } from '@app/event-store';
import { createApp } from '../../apps/api/src/bootstrap';

/**
 * The real wiring: the app as main.ts builds it, configured from environment variables,
 * on an embedded store file, answering real HTTP on a random port.
 */
describe('API over HTTP (embedded store file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-e2e-'));
  const path = join(dir, 'governance-log.db');
  let app: NestFastifyApplication;
  let base: string;

  const start = async () => {
    app = await createApp({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: path }, { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  };
  const get = async (url: string) => {
    const response = await fetch(`${base}${url}`);
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', text, body: text.startsWith('{') ? JSON.parse(text) : undefined };
  };
  const record = (streamId: string, type: string, data: Record<string, string>, expectedRevision: 'no_stream' | bigint) =>
    app.get(EventLog).append(streamId, [{ type, data, effectiveAt: '2021-12-09', source: { document: '002_7da67a01d172a0dd.txt', locator: 'Vedtak på anbefalingssaker', basis: 'stated' } }], {
      expectedRevision,
      context: { actor: 'e2e@sekretariatet' },
    });

  beforeAll(start);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GET /health reports the store up', async () => {
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', details: { eventStore: { status: 'up' } } });
  });

  it('GET /api/docs serves the OpenAPI UI and its document lists the audit trail', async () => {
    const ui = await get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.type).toContain('text/html');
    const document = await get('/api/docs-json');
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/events', '/audit/verify', '/health']));
  });

  it('GET /events pages through the log oldest first, filters by stream and type, and shows the envelope', async () => {
    await record('sak-nehs-2021-40', 'SakRegistered', { nummer: '40/21', tittel: 'Visjon og evalueringsprinsipper' }, 'no_stream');
    await record('sak-nehs-2021-27', 'SakRegistered', { nummer: '27/21', tittel: 'Kunnskapsgrunnlaget v.0.7' }, 'no_stream');
    await record('sak-nehs-2021-40', 'DecisionAdopted', { vedtak: 'Nasjonalt e-helsestyre anbefaler visjonen' }, 0n);

    const first = await get('/events?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.events.map((e: { type: string }) => e.type)).toEqual(['SakRegistered', 'SakRegistered']);
    expect(first.body.events[0]).toMatchObject({
      streamId: 'sak-nehs-2021-40',
      streamRevision: '0',
      globalPosition: expect.stringMatching(/^\d+$/),
      data: { nummer: '40/21' },
      metadata: { actor: 'e2e@sekretariatet', effectiveAt: '2021-12-09', source: { basis: 'stated' }, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const second = await get(`/events?limit=2&from=${first.body.next}`);
    expect(second.body.events.map((e: { type: string }) => e.type)).toEqual(['DecisionAdopted']);
    expect(second.body.next).toBeNull();

    expect((await get('/events?stream=sak-nehs-2021-40')).body.events).toHaveLength(2);
    expect((await get('/events?type=DecisionAdopted')).body.events.map((e: { streamId: string }) => e.streamId)).toEqual(['sak-nehs-2021-40']);
    expect((await get('/events?stream=no-such-stream')).body).toEqual({ events: [], next: null });
  });

  it('GET /events refuses bad paging with 400 naming the fields', async () => {
    const bad = await get('/events?limit=5000&from=-1&colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['colour', 'from', 'limit']);
  });

  it('GET /audit/verify passes on an untouched log and names the event whose stored bytes were altered', async () => {
    expect((await get('/audit/verify')).body).toEqual({ ok: true, eventsChecked: 3, streamsChecked: 2 });
    const target = (await get('/events?type=DecisionAdopted')).body.events[0];

    await app.close(); // checkpoints the WAL into the main file
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from('anbefaler visjonen'));
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'A'.charCodeAt(0); // "Anbefaler": one byte, same length, still valid JSON
    writeFileSync(path, bytes);
    await start();

    const verification = await get('/audit/verify');
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({
      ok: false,
      firstBreak: { problem: 'data_hash_mismatch', eventId: target.id, streamId: 'sak-nehs-2021-40', streamRevision: '1' },
    });
  });
});
