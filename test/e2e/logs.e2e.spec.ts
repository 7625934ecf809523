import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcesses, exited, readiness, type AppProcess } from '../support/app-process';

/**
 * The app's log as an operator's collector reads it, from the app in a process of its own with its
 * output piped (not a terminal): one JSON object per line, no colour codes, one line per request
 * with its id, and the correlation id the request's events record.
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-logs-'));
const apps = new AppProcesses(dir, { EVENT_STORE_PATH: join(dir, 'log.db'), IMPORT_HISTORY: 'false', NO_COLOR: '' });
let app: AppProcess;
let token: string;

beforeAll(async () => {
  token = await apps.token('Kari Nordmann', 'secretariat');
  app = await apps.start();
  await readiness(app, (status) => status === 'ready');
}, 90_000);

afterAll(async () => {
  app.child.kill();
  await exited(app.child);
  rmSync(dir, { recursive: true, force: true });
});

type Line = Record<string, unknown>;
// Whole lines only: the kept tail of the output may begin inside one.
const lines = (): Line[] =>
  app
    .stdout()
    .split('\n')
    .filter((line) => line.startsWith('{') && line.endsWith('}'))
    .map((line) => JSON.parse(line) as Line);

/** Waits (up to 2 s) for the request line with this id: it is written once the answer has gone. */
async function requestLine(requestId: string): Promise<Line> {
  for (let i = 0; i < 200; i++) {
    const found = lines().find((line) => line.context === 'HTTP' && line.requestId === requestId);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no request line for ${requestId} in: ${app.stdout()}`);
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });

it('writes every line as one JSON object with its time, level and context, and no colour codes', () => {
  const written = lines();
  expect(app.stdout()).not.toContain('\u001b[');
  expect(written.length).toBeGreaterThan(3);
  for (const line of written) expect(line).toEqual(expect.objectContaining({ time: expect.any(String), level: expect.any(String) }));
  expect(written).toContainEqual(
    expect.objectContaining({ context: 'Main', message: expect.stringMatching(/^governance-log listening on/) }),
  );
  expect(written).toContainEqual(
    expect.objectContaining({ context: 'Audit', message: expect.stringMatching(/^Log verified: \d+ events/) }),
  );
});

it('logs each request once answered, by its route, with the id a proxy gave it, sent back; the query is left out', async () => {
  const answer = await fetch(`${app.url}/strategy?at=2022-02-04&q=a%20zq-typed-term`, { headers: { 'x-request-id': 'proxy-4f1c' } });
  expect(answer.headers.get('x-request-id')).toBe('proxy-4f1c');
  expect(await requestLine('proxy-4f1c')).toEqual({
    time: expect.any(String),
    level: 'log',
    pid: app.child.pid,
    context: 'HTTP',
    message: 'request',
    requestId: 'proxy-4f1c',
    correlationId: 'proxy-4f1c',
    method: 'GET',
    route: '/strategy',
    status: answer.status,
    ms: expect.any(Number),
  });
  expect(app.stdout()).not.toContain('zq-typed-term');

  // An id that is not one to echo (too long, or with characters a log line should not carry) is replaced.
  const unsafe = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'x{"injected":1}'.repeat(20) } });
  expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(await requestLine(unsafe.headers.get('x-request-id')!)).toMatchObject({ route: '/health/live', status: 200 });
});

it("records the request id as the events' correlation id, unless the client sent its own, and logs the one recorded", async () => {
  const registered = await post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' });
  expect(registered.status).toBe(201);
  const requestId = registered.headers.get('x-request-id')!;
  const correlated = await post(
    '/meetings',
    { bodyId: 'nehs', number: '1/22', date: '2022-02-04' },
    { 'x-correlation-id': 'sak-1-22-innkalling' },
  );
  expect(correlated.status).toBe(201);

  const events = (await (await fetch(`${app.url}/events`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    events: { streamId: string; metadata: { correlationId: string } }[];
  };
  const correlationOf = (prefix: string) => events.events.find((e) => e.streamId.startsWith(prefix))?.metadata.correlationId;
  expect(correlationOf('body-nehs')).toBe(requestId);
  expect(correlationOf('meeting-')).toBe('sak-1-22-innkalling');
  // A correlation id that is no safe id (spaces, markup) is not recorded for good: the request's own id is.
  const unsafe = await post('/meetings', { bodyId: 'nehs', number: '2/22', date: '2022-03-22' }, { 'x-correlation-id': '<b>Kari</b> x' });
  expect(unsafe.status).toBe(201);
  const again = (await (
    await fetch(`${app.url}/events?stream=meeting-nehs-2022-2`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as {
    events: { metadata: { correlationId: string } }[];
  };
  expect(again.events[0].metadata.correlationId).toBe(unsafe.headers.get('x-request-id'));
  expect(await requestLine(requestId)).toMatchObject({ method: 'POST', route: '/bodies', status: 201, correlationId: requestId });
  expect(await requestLine(correlated.headers.get('x-request-id')!)).toMatchObject({
    route: '/meetings',
    status: 201,
    correlationId: 'sak-1-22-innkalling',
  });
});
