import { RunningApi } from '../support/running-api';

/** What an operator scrapes at /metrics (Prometheus's text format), over real HTTP. */
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: ':memory:' }));

beforeAll(() => api.start());
afterAll(() => api.app.close());

/** A sample's value in the scraped text, by its name and labels as written there. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

it('times requests by route pattern and appends, and says how far each read model has read', async () => {
  expect((await api.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-06-10' })).status).toBe(201);
  expect((await api.get('/bodies/nehs', { as: 'public' })).status).toBe(200);
  expect((await api.get('/bodies/nufa', { as: 'public' })).status).toBe(404);

  const scraped = await api.get('/metrics', { as: 'admin' });
  expect(scraped.status).toBe(200);
  expect(scraped.type).toMatch(/^text\/plain/);
  const text = String(scraped.body);
  // By the route's pattern: two ids, one series per status.
  expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="/bodies/:bodyId",status="200"}')).toBe(1);
  expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="/bodies/:bodyId",status="404"}')).toBe(1);
  expect(sample(text, 'http_request_duration_seconds_count{method="POST",route="/bodies",status="201"}')).toBe(1);
  expect(sample(text, 'event_store_append_duration_seconds_count')).toBeGreaterThanOrEqual(1);
  expect(sample(text, 'read_model_behind{name="governance"}')).toBe(0);
  expect(sample(text, 'read_model_position{name="governance"}')).toBeGreaterThan(0);
  expect(text).toContain('# TYPE event_store_errors_total counter');
  expect(text).toContain('process_resident_memory_bytes');
});

it('is for operators: the public gets 401', async () => {
  expect((await api.get('/metrics', { as: 'public' })).status).toBe(401);
});
