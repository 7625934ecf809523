import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import type { OpenAPIObject, ResponseObject } from '@nestjs/swagger';
import { ReadModelRegistry } from '@app/event-store';
import { importHistory } from '../../apps/api/src/history/history-importer';
import { routeTable, type Route } from '../../apps/api/src/http/route-table';
import { RunningApi, type Answer, type Caller } from '../support/running-api';

/**
 * The OpenAPI document against the app's answers: every GET route of the route table, called
 * on the recorded history with real ids (by a reader it is for, and by the public), answers
 * with a status, media type and body its operation documents. The schemas are derived from the
 * handlers' types (`npm run openapi:schemas`), so a type that says other than the code answers
 * fails here: a field missing, of another type, or not named by the type.
 */
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: ':memory:' }));
const DOCUMENT_ID = 'https://governance-log.test/openapi.json';

/**
 * Real ids from the recorded history for each path parameter (`personId` is looked up): a
 * prioritised goal and a merged one, a sak with a proposal and one with a vedtak, two meetings.
 */
const ids: Record<string, string[]> = {
  documentId: ['nehs-2022-1-saksdokument'],
  bodyId: ['nehs'],
  meetingId: ['nehs-2022-1', 'nehs-2021-5'],
  sakId: ['nehs-2022-2', 'nehs-2021-40'],
  goalId: ['mal-5', 'mal-2-2'],
  roundId: ['nehs-2022-02-04'],
  changeAreaId: ['pasientinformasjon'],
  workshopId: ['arbeidsmoter-november-2021'],
  findingId: ['akson-samhandling-nedprioritert'],
};

/** The queries each route is called with (none, where not listed): dates across the history, every format, both directions, `knownAt`. */
const queries: Record<string, string[]> = {
  '/strategy': ['', '?at=2022-02-04', '?at=2022-06-01', '?at=2022-02-10&knownAt=2022-02-03'],
  '/strategy/diff': ['?from=2022-02-04&to=2022-06-01', '?from=2021-01-01&to=2022-06-01'],
  '/goals/:goalId': ['', '?at=2022-06-01&knownAt=2022-06-01T12:00:00Z'],
  '/goals/:goalId/lineage': ['', '?direction=up', '?direction=down'],
  '/change-areas/:changeAreaId/lineage': ['', '?direction=up'],
  '/meetings': ['', '?body=nehs&year=2022'],
  '/meetings/:meetingId/minutes': ['', '?format=markdown', '?format=html'],
  '/decisions': ['', '?body=nehs&year=2021', '?sakstype=anbefaling'],
  '/findings/report': ['', '?format=json', '?format=markdown', '?format=csv', '?at=2021-10-20'],
  '/events': ['', '?limit=1000', '?type=GoalDrafted'],
  '/audit/verify': ['', '?scope=new'],
};

let document: OpenAPIObject;
let gets: Route[];
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
// The whole document is added as a schema, so that the `#/components/…` references in it resolve:
// its own fields are known to be no keywords. Only the answers' schemas are compiled.
ajv.addKeyword('openapi').addKeyword('info').addKeyword('paths').addKeyword('components').addKeyword('tags').addKeyword('servers');

beforeAll(async () => {
  await api.start();
  const imported = await importHistory(api.app);
  expect(imported.failures).toEqual([]);
  await api.app.get(ReadModelRegistry).warmUp();
  expect((await api.post('/audit/checkpoints', undefined, 'auditor')).status).toBe(201);
  const [person] = (await api.post('/persons/lookup', { name: 'Karl S Vestli' }, 'auditor')).body as { personId: string }[];
  ids.personId = [person.personId];
  document = (await api.get('/api/docs-json')).body as OpenAPIObject;
  ajv.addSchema(document, DOCUMENT_ID);
  gets = routeTable(api.app).filter((route) => route.method === 'GET');
}, 120_000);
afterAll(() => api.app?.close());

/** The route's path with each id of its parameter (no route has two), with each of its queries. */
const urlsOf = (route: Route) => {
  const parameter = /:(\w+)/.exec(route.path)?.[1];
  const paths = parameter ? ids[parameter].map((id) => route.path.replace(`:${parameter}`, id)) : [route.path];
  return paths.flatMap((path) => (queries[route.path] ?? ['']).map((query) => path + query));
};

const pointer = (...segments: string[]) =>
  segments.map((segment) => `/${encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'))}`).join('');

/** The validator of what the document says `path` answers with this status and media type, or why there is none. */
function documented(route: Route, status: number, type: string): ValidateFunction | string {
  const path = route.path.replace(/:(\w+)/g, '{$1}');
  const responses = document.paths[path]?.get?.responses ?? {};
  const response = responses[String(status)];
  if (!response) return `status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`;
  const ref = '$ref' in response ? response.$ref : undefined;
  const at = ref ? ref.slice(1) : pointer('paths', path, 'get', 'responses', String(status));
  const { content } = (ref ? document.components!.responses![ref.split('/').pop()!] : response) as ResponseObject;
  const mediaType = type.split(';')[0].trim();
  if (!content?.[mediaType]?.schema)
    return `${mediaType} is not documented for ${status} (documented: ${Object.keys(content ?? {}).join(', ')})`;
  return ajv.getSchema(`${DOCUMENT_ID}#${at}${pointer('content', mediaType, 'schema')}`)!;
}

function problemsOf(route: Route, url: string, answer: Answer): string[] {
  const validate = documented(route, answer.status, answer.type);
  if (typeof validate === 'string') return [`GET ${url}: ${validate}`];
  if (!validate(answer.body))
    return (validate.errors ?? []).map((e) => `GET ${url} ${answer.status}: ${e.instancePath || '/'} ${e.message}`);
  return [];
}

/** A reader the route is for: an auditor where it may, else the first role it names (the admin's token list). */
const readerOf = (route: Route): Caller =>
  route.policy!.includes('public') || route.policy!.includes('auditor') ? 'auditor' : (route.policy![0] as Caller);

it('every GET answers a reader it is for as documented: status, media type and body', async () => {
  expect(gets.length).toBeGreaterThan(30);
  const problems: string[] = [];
  const failed: string[] = [];
  for (const route of gets)
    for (const url of urlsOf(route)) {
      const answer = await api.get(url, { as: readerOf(route) });
      // Real answers, not errors that happen to be documented.
      if (answer.status !== 200) failed.push(`GET ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
      problems.push(...problemsOf(route, url, answer));
    }
  expect(failed).toEqual([]);
  expect(problems).toEqual([]);
});

it('every GET answers the public as documented: what it may read, and the problems of what it may not', async () => {
  const problems: string[] = [];
  for (const route of gets) for (const url of urlsOf(route)) problems.push(...problemsOf(route, url, await api.get(url, { as: 'public' })));
  expect(problems).toEqual([]);
});

it('every GET route with a record in its path answers as documented when there is no such record', async () => {
  const problems: string[] = [];
  for (const route of gets.filter((r) => r.path.includes(':'))) {
    const url = route.path.replace(/:\w+/, 'no-such-record');
    problems.push(...problemsOf(route, url, await api.get(url, { as: readerOf(route) })));
  }
  expect(problems).toEqual([]);
});

it('the validation is strict: a field missing, of another type, or not in the type fails', async () => {
  const goals = gets.find((route) => route.path === '/goals/:goalId')!;
  const goal = (await api.get('/goals/mal-5')).body as Record<string, unknown>;
  const validate = documented(goals, 200, 'application/json') as ValidateFunction;
  expect(validate(goal)).toBe(true);
  const { title: _title, ...withoutTitle } = goal;
  expect(validate(withoutTitle)).toBe(false);
  expect(validate({ ...goal, title: 5 })).toBe(false);
  expect(validate({ ...goal, unnamed: 'x' })).toBe(false);
});
