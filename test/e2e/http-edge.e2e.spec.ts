import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningApi } from '../support/running-api';
import { MAX_JSON_DEPTH } from '../../apps/api/src/http/http-edge';

/**
 * The protections of the HTTP edge, through real HTTP: security headers and a content security
 * policy, CORS only for configured origins, JSON nesting and request-time limits, rate limits on
 * writes and on refused tokens, and recorded text that stays text in Markdown.
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-edge-'));
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: join(dir, 'edge.db') }));
const strict = new RunningApi(() => ({
  EVENT_STORE: 'embedded',
  EVENT_STORE_PATH: join(dir, 'strict.db'),
  CORS_ORIGINS: 'https://ehelse.example',
  WRITES_PER_MINUTE: '3',
  AUTH_FAILURES_PER_MINUTE: '3',
  REQUEST_TIMEOUT_MS: '1000',
}));

beforeAll(async () => {
  await api.start();
  await strict.start();
});
afterAll(async () => {
  await api.app?.close();
  await strict.app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const eventCount = async (on: RunningApi) => (await on.get('/events?limit=1000')).body.events.length;

describe('headers', () => {
  it('sends security headers everywhere, with a content security policy that allows no script from elsewhere and no framing', async () => {
    for (const path of ['/bodies', '/api/docs']) {
      const { headers } = await api.get(path, { as: 'public' });
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=/);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
    }
  });

  it('answers no other site by default (same origin), and only the configured origins when CORS_ORIGINS is set', async () => {
    const origin = (on: RunningApi, value: string) =>
      on.get('/bodies', { as: 'public', headers: { origin: value } }).then((a) => a.headers.get('access-control-allow-origin'));
    expect(await origin(api, 'https://evil.example')).toBeNull();
    expect(await origin(strict, 'https://ehelse.example')).toBe('https://ehelse.example');
    expect(await origin(strict, 'https://evil.example')).toBeNull();
  });
});

describe('limits', () => {
  it(`refuses a JSON body nested deeper than ${MAX_JSON_DEPTH} levels with 400 naming the body (2,000 nested arrays), and writes nothing`, async () => {
    const before = await eventCount(api);
    const deep = await api.request(
      'POST',
      '/bodies',
      undefined,
      'secretariat',
      { 'content-type': 'application/json' },
      '['.repeat(2000) + ']'.repeat(2000),
    );
    expect(deep).toMatchObject({ status: 400, body: { code: 'REQUEST.TOO_DEEP', fields: [{ field: 'body' }] } });
    const braces = `{"name":"x","a":${'{"b":'.repeat(40)}1${'}'.repeat(40)}}`;
    expect((await api.request('POST', '/bodies', undefined, 'secretariat', { 'content-type': 'application/json' }, braces)).status).toBe(
      400,
    );
    // Brackets inside strings are text, not nesting.
    const text = await api.post('/bodies', { bodyId: 'nehs', name: '['.repeat(100), effectiveAt: '2021-01-01' });
    expect(text.status).toBe(201);
    expect(await eventCount(api)).toBe(before + 1);
  });

  it('answers a body that is not JSON, empty, too large or of another type with its 4xx, never a 500', async () => {
    const json = { 'content-type': 'application/json' };
    const send = (headers: Record<string, string>, raw: string) => api.request('POST', '/bodies', undefined, 'secretariat', headers, raw);
    expect((await send(json, '{"bodyId":')).status).toBe(400);
    expect((await send(json, '')).status).toBe(400);
    expect((await send(json, `{"name":"${'x'.repeat(9 * 2 ** 20)}"}`)).status).toBe(413);
    expect((await send({ 'content-type': 'application/xml' }, '<body/>')).status).toBe(415);
  });

  it('does not let a body shorter than its Content-Length hold a socket: the server gives up after REQUEST_TIMEOUT_MS', async () => {
    const { port } = new URL(await strict.app.getUrl());
    const socket = connect(Number(port), '127.0.0.1');
    const start = Date.now();
    const closed = new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
    });
    socket.write('POST /bodies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"bodyId":');
    const answer = await closed;
    expect(Date.now() - start).toBeLessThan(5000);
    expect(answer).toMatch(/^HTTP\/1.1 408/);
  });

  it('limits writes per principal per minute (429 with Retry-After); reads go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await strict.post('/bodies', { bodyId: `b${i}`, name: 'x', effectiveAt: '2021-01-01' })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await strict.post('/bodies', { bodyId: 'b9', name: 'x', effectiveAt: '2021-01-01' });
    expect(limited).toMatchObject({ status: 429, body: { code: 'REQUEST.RATE_LIMITED' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await strict.get('/bodies')).status).toBe(200);
  });

  it('tells an address that keeps sending refused tokens to wait (429), after the first few 401s', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await strict.get('/bodies', { as: { token: `glt_guess-${i}` } })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // While it waits, no token from it is checked: a right guess gets nowhere either.
    expect((await strict.get('/events', { as: 'auditor' })).status).toBe(429);
    expect((await strict.get('/bodies', { as: 'public' })).status).toBe(200);
  });
});

describe('recorded text stays text', () => {
  it('a referat in Markdown shows recorded HTML as text, not markup', async () => {
    await api.post('/meetings', { bodyId: 'nehs', number: '1/22', date: '2022-02-04' });
    const sak = await api.post('/saker', {
      meetingId: 'nehs-2022-1',
      number: '1/22',
      title: 'Godkjenning av innkalling <img src=x onerror=alert(1)>',
      sakstype: 'godkjenning',
    });
    expect(sak.status).toBe(201);
    await api.post('/saker/nehs-2022-1/publication', { state: 'published' });
    await api.post('/meetings/nehs-2022-1/held', {});
    expect((await api.post('/meetings/nehs-2022-1/minutes/publication', {})).status).toBe(201);
    const markdown = await api.get('/meetings/nehs-2022-1/minutes?format=markdown', { as: 'public' });
    expect(markdown.body).toContain('Godkjenning av innkalling &lt;img src=x onerror=alert(1)&gt;');
    expect(markdown.body).not.toContain('<img');
    const html = await api.get('/meetings/nehs-2022-1/minutes?format=html', { as: 'public' });
    expect(html.body).not.toContain('<img');
  });
});

describe('only valid facts enter the log', () => {
  it('refuses control and direction-override characters and text that is blank to a reader, naming the field; nothing is written', async () => {
    const before = await eventCount(api);
    for (const name of ['NUL\u0000i navnet', 'Linje\rskift', 'Omvendt \u202Etekst', '\u200B\u200B ', '   '])
      expect((await api.post('/bodies', { bodyId: 'nufa', name, effectiveAt: '2021-01-01' })).body).toMatchObject({
        statusCode: 400,
        fields: [{ field: 'name' }],
      });
    expect(await eventCount(api)).toBe(before);
  });

  it('stores text in one form (NFC, LF line breaks): "å" sent as a + ring is stored as å', async () => {
    const decomposed = 'Pa\u030Arørende\r\nog frivillige';
    expect((await api.post('/bodies', { bodyId: 'pf', name: decomposed, effectiveAt: '2021-01-01' })).status).toBe(201);
    expect((await api.get('/bodies/pf')).body.name).toBe('På\u0072ørende\nog frivillige'.normalize('NFC'));
  });

  it('refuses lists longer than their documented maximum, naming the field', async () => {
    const attachments = Array.from({ length: 101 }, (_, i) => ({ name: `Vedlegg ${i}` }));
    expect(
      (await api.post('/saker', { meetingId: 'nehs-2022-1', number: '9/22', title: 'x', sakstype: 'drofting', attachments })).body,
    ).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'attachments' }],
    });
    const votes = Array.from({ length: 201 }, () => ({ goalId: 'g', count: 1 }));
    expect((await api.post('/prioritisation-rounds/r/votes', { memberId: 'x', votes })).body).toMatchObject({
      statusCode: 400,
      fields: [{ field: 'votes' }],
    });
  });

  it('refuses a vote allocation that is not theme codes with whole numbers of votes', async () => {
    await api.post('/themes', { themeCode: 'bedre-helsehjelp', name: 'BEDRE HELSEHJELP', effectiveAt: '2022-01-20' });
    // A null is named where it is; anything else as the allocation.
    const refused: [unknown, string][] = [
      [{ x: 'abc' }, 'allocation'],
      [{ x: -5 }, 'allocation'],
      [{ x: null }, 'allocation.x'],
      [{ x: 1e308 }, 'allocation'],
      [{ '../x': 1 }, 'allocation'],
      [{}, 'allocation'],
      [[], 'allocation'],
      ['all', 'allocation'],
    ];
    for (const [allocation, field] of refused)
      expect(
        (await api.post('/prioritisation-rounds', { roundId: 'r', title: 'x', date: '2022-02-04', allocation, goalIds: ['g'] })).body,
      ).toMatchObject({ statusCode: 400, fields: [{ field }] });
  });
});
