import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject, OperationObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';
import { createApp } from '../bootstrap';
import { openApiDocument } from './openapi-document';
import { routeTable, type Route } from './route-table';

/**
 * The OpenAPI document the app serves: every route of the app is in it, and says what it answers
 * (a schema under each media type of each success) and which errors it may (each a Problem).
 * Whether the schemas say what the routes really answer: test/e2e/openapi-responses.e2e.spec.ts.
 */
let app: NestFastifyApplication;
let document: OpenAPIObject;
let operations: { route: Route; operation: OperationObject | undefined }[];

beforeAll(async () => {
  app = await createApp({ EVENT_STORE_PATH: ':memory:' }, { logger: false });
  document = openApiDocument(app);
  operations = routeTable(app).map((route) => ({
    route,
    operation: document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase() as 'get' | 'post'],
  }));
});
afterAll(() => app?.close());

const resolved = (response: ResponseObject | ReferenceObject | undefined): ResponseObject | undefined =>
  response && '$ref' in response
    ? (document.components?.responses?.[response.$ref.replace('#/components/responses/', '')] as ResponseObject | undefined)
    : response;

it('has every route of the app, by its handler', () => {
  expect(operations.length).toBeGreaterThan(90);
  const missing = operations.filter(({ route, operation }) => operation?.operationId !== route.handler.replace('.', '_'));
  expect(missing.map(({ route }) => `${route.method} ${route.path}`)).toEqual([]);
});

it('says what every route answers: a schema under each media type of each success', () => {
  const undocumented: string[] = [];
  for (const { route, operation } of operations) {
    const successes = Object.entries(operation?.responses ?? {}).filter(([status]) => status.startsWith('2'));
    if (!successes.length) undocumented.push(`${route.handler}: no success`);
    for (const [status, response] of successes) {
      const content = Object.entries(resolved(response)?.content ?? {});
      if (!content.length) undocumented.push(`${route.handler} ${status}: no media type`);
      for (const [type, media] of content) if (!media.schema) undocumented.push(`${route.handler} ${status} ${type}: no schema`);
    }
  }
  // A route missing here: its handler's return type has no schema yet (`npm run openapi:schemas` makes them).
  expect(undocumented).toEqual([]);
});

it('documents the text answers as text under their media types: the referat, the findings report, the signing key', () => {
  const contentOf = (path: string) => Object.keys(resolved(document.paths[path].get!.responses['200'])!.content!);
  expect(contentOf('/meetings/{meetingId}/minutes')).toEqual(['text/markdown', 'text/html']);
  expect(contentOf('/findings/report')).toEqual(['application/json', 'text/markdown', 'text/csv']);
  expect(contentOf('/audit/signing-key')).toEqual(['application/x-pem-file']);
  expect(resolved(document.paths['/findings/report'].get!.responses['200'])!.content!['text/csv'].schema).toEqual({ type: 'string' });
});

it('says which errors every route may answer, each a Problem: all may refuse a token, be throttled or find the store away', () => {
  const expected = (route: Route) => [
    401,
    429,
    503,
    ...(route.policy?.includes('public') ? [] : [403]),
    ...(route.path.includes(':') ? [404] : []),
    ...(route.method === 'POST' ? [400, 409, 422] : []),
  ];
  const wrong: string[] = [];
  for (const entry of operations) {
    const errors = Object.entries(entry.operation?.responses ?? {}).filter(([status]) => Number(status) >= 400);
    const missing = expected(entry.route).filter((status) => !errors.some(([documented]) => Number(documented) === status));
    if (missing.length) wrong.push(`${entry.route.handler}: no ${missing.join(', ')}`);
    for (const [status, response] of errors) {
      const schema = resolved(response)?.content?.['application/json']?.schema;
      if (!schema || !('$ref' in schema) || schema.$ref !== '#/components/schemas/Problem')
        wrong.push(`${entry.route.handler} ${status}: not a Problem`);
    }
  }
  expect(wrong).toEqual([]);
});

it('has every schema it refers to', () => {
  const refs = new Set(JSON.stringify(document).match(/"#\/components\/[^"]+"/g));
  const missing = [...refs].filter((ref) => {
    const [, kind, name] = JSON.parse(ref).split('/').slice(1);
    return !(document.components as Record<string, Record<string, unknown>>)[kind]?.[name];
  });
  expect(missing).toEqual([]);
});
