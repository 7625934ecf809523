import type { OpenAPIObject, OperationObject, ReferenceObject, ResponseObject, ResponsesObject, SchemaObject } from '@nestjs/swagger';
import committed from './openapi-response-schemas.json';
import { NOT_FOR_THE_PUBLIC } from './public-view.interceptor';
import type { Route } from './route-table';

type Schema = SchemaObject | ReferenceObject;

/** What a route answers, derived from its handler's return type: its JSON, and whether it answers text. */
export interface OperationAnswer {
  json?: Schema;
  text?: true;
}

/**
 * The routes' answers as `npm run openapi:schemas` derives them from the handlers' return types
 * (into `openapi-response-schemas.json`): by operationId, and the named types they use (the
 * error body, `Problem`, among them).
 */
export interface ResponseSchemas {
  operations: Record<string, OperationAnswer>;
  schemas: Record<string, SchemaObject>;
}

/** The committed `openapi-response-schemas.json`. */
export const RESPONSE_SCHEMAS = committed as unknown as ResponseSchemas;

const PROBLEM = { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } };
const TEXT: Schema = { type: 'string' };

const isWrite = (route: Route) => route.method === 'POST';
/** A write the command runner records: answered 201 (the POSTs declared 200 look up or sign, through no decider). */
const isCommand = (route: Route) => isWrite(route) && route.status === 201;
const takesInput = (operation: OperationObject) =>
  !!operation.requestBody || (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in !== 'path');

/**
 * The errors routes may answer beside those they declare (the access policy declares 401 and 403
 * on routes that are not public), each a Problem (see DomainErrorFilter): kept once in the
 * document's `components.responses`, by these names.
 */
const ERRORS: Record<string, { status: number; description: string; applies: (route: Route, operation: OperationObject) => boolean }> = {
  BadRequest: {
    status: 400,
    description: 'The request is not valid; `fields` names each field and what is wrong with it',
    applies: (route, operation) => isWrite(route) || takesInput(operation),
  },
  TokenRefused: {
    status: 401,
    description:
      'A bearer token was sent that is not known here, revoked or expired (see WWW-Authenticate); send none to read as the public',
    applies: () => true,
  },
  KnownAtNotAllowed: {
    status: 403,
    description: 'Reading the record as known at an earlier time (`knownAt`) is for auditors, the secretariat and members',
    applies: (_route, operation) => (operation.parameters ?? []).some((parameter) => 'name' in parameter && parameter.name === 'knownAt'),
  },
  NotFound: {
    status: 404,
    description: 'A record that the path or the request names does not exist',
    applies: (route) => route.path.includes(':') || isCommand(route),
  },
  Conflict: {
    status: 409,
    description:
      'The record does not allow it (a number taken, a state it cannot leave), or a request with this Idempotency-Key is still being answered',
    applies: isWrite,
  },
  RecordMovedOn: {
    status: 412,
    description: 'The record moved on since the revision in If-Match; nothing was written',
    applies: isCommand,
  },
  AppendTooLarge: {
    status: 413,
    description: 'The write is larger than the event store takes in one append (`details.maxAppendSize`); nothing was written',
    applies: isCommand,
  },
  IdempotencyKeyReused: {
    status: 422,
    description: 'The Idempotency-Key was used for another request; nothing was written',
    applies: isWrite,
  },
  TooManyRequests: {
    status: 429,
    description: 'Too many refused tokens from this address, or writes by this principal, in a minute; see Retry-After',
    applies: () => true,
  },
  Unavailable: {
    status: 503,
    description:
      'The event store, or the identity provider (for its tokens), cannot be reached; try again after Retry-After seconds (1 while the store elects a leader)',
    applies: () => true,
  },
};

/**
 * Every route's answers in the document: its success with the schema derived from its handler's
 * return type, under each media type it answers with (text as a string), and the errors it may
 * answer. An operation the derived schemas do not know is left without a schema (a test names it:
 * run `npm run openapi:schemas`).
 */
export function documentResponses(document: OpenAPIObject, routes: Route[], derived: ResponseSchemas): OpenAPIObject {
  const schemas = { ...document.components?.schemas };
  for (const [name, schema] of Object.entries(derived.schemas)) {
    if (name in schemas) throw new Error(`${name} names both a request body's class and an answer's type: rename one`);
    schemas[name] = withOptional(schema, NOT_FOR_THE_PUBLIC);
  }
  const errors = Object.fromEntries(Object.entries(ERRORS).map(([name, { description }]) => [name, { description, content: PROBLEM }]));
  document.components = { ...document.components, schemas, responses: { ...document.components?.responses, ...errors } };

  const byOperation = new Map(routes.map((route) => [route.handler.replace('.', '_'), route]));
  for (const item of Object.values(document.paths))
    for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
      const route = byOperation.get(operation?.operationId ?? '');
      const answer = derived.operations[operation?.operationId ?? ''];
      if (operation && route && answer) operation.responses = responsesOf(operation, route, answer);
    }
  return document;
}

/**
 * A route's success and errors. The 2xx statuses a route declares are kept; otherwise a write
 * answers 201, or 200 when it records nothing (see WriteAnswerInterceptor), any other route 200.
 */
function responsesOf(operation: OperationObject, route: Route, answer: OperationAnswer): ResponsesObject {
  const content = Object.fromEntries(
    mediaTypesOf(route, answer).map((type) => {
      const schema = type === 'application/json' ? answer.json : answer.text && TEXT;
      return [type, schema ? { schema } : {}];
    }),
  );
  const all = Object.entries(operation.responses) as [string, ResponseObject][];
  // Nest gives a route that declares no answer one of its own, undescribed: that one is ours to say.
  const declared = all.filter(([status, response]) => status.startsWith('2') && response.description);
  const responses: ResponsesObject = Object.fromEntries(all.filter(([status]) => !status.startsWith('2')));
  for (const [status, response] of declared.length ? declared : defaults(route)) responses[status] = { ...response, content };
  for (const [status, response] of all) if (Number(status) >= 400) responses[status] = { ...response, content: PROBLEM };
  for (const [name, { status, applies }] of Object.entries(ERRORS))
    if (!responses[status] && applies(route, operation)) responses[status] = { $ref: `#/components/responses/${name}` };
  return responses;
}

function defaults(route: Route): [string, ResponseObject][] {
  if (isCommand(route))
    return [
      ['201', { description: 'Recorded' }],
      ['200', { description: 'Nothing recorded: the record already says this (`events: []`)' }],
    ];
  return [[String(route.status), { description: 'OK' }]];
}

/** The media types a route answers with (without their parameters): as it declares, else JSON, or text if that is all it returns. */
function mediaTypesOf(route: Route, answer: OperationAnswer): string[] {
  if (route.produces.length) return [...new Set(route.produces.map((type) => type.split(';')[0].trim()))];
  return [answer.json ? 'application/json' : 'text/plain'];
}

/** The schema with `keys` no longer required anywhere in it: those not shown to the public (see PublicViewInterceptor). */
function withOptional<T>(schema: T, keys: ReadonlySet<string>): T {
  if (Array.isArray(schema)) return schema.map((inner: unknown) => withOptional(inner, keys)) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema))
    out[key] = key === 'required' && Array.isArray(value) ? value.filter((name) => !keys.has(name)) : withOptional(value, keys);
  return out as T;
}
