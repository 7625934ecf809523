import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import fc from 'fast-check';
import { ACCESS_POLICY, type Audience } from '@app/http-common';
import { ManualClock } from '@app/shared-kernel';
import { createValidationPipe } from '../../apps/api/src/http/validation';
import { MAX_JSON_DEPTH } from '../../apps/api/src/http/http-edge';
import { RunningApi } from '../support/running-api';
import { registerDocuments } from '../support/source-documents';

/**
 * Only valid facts enter the log (#13): for every POST in the OpenAPI document, at least 1,000
 * requests whose bodies are invalid by that document, generated with fast-check from the
 * operation's request schema. Each must be answered 4xx naming the field at fault, none 5xx or
 * 2xx, and the log must hold no more events after them all than before.
 *
 * A body starts from a valid one (the schema's examples, checked valid by the app's own pipe)
 * and gets one mutation that makes it invalid by the document: a required property dropped, a
 * value of another JSON type (null too: no property is nullable), a value out of its enum,
 * pattern, date format, length, bounds or list size, an unknown property, a deep nesting, a body
 * that is not an object. Recorded text (a string with a documented `maxLength`) is also sent
 * with control or direction-override characters, and when required, blank to a reader: the API
 * refuses both (README, "Valid input only"), which a JSON schema cannot say.
 *
 * Validation does not depend on the store, so one app on the embedded store is enough. Every
 * path parameter names an existing record, so that a body that slipped through would be written
 * and seen. Bodies are sampled with a fixed seed (rerun to reproduce; nothing is shrunk, since
 * a write that got through is not sent again).
 */
const SEED = 13;
const PER_OPERATION = 1000;
const IN_FLIGHT = 16;

const dir = mkdtempSync(join(tmpdir(), 'governance-log-negative-'));
const api = new RunningApi(
  () => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: join(dir, 'negative.db'), WRITES_PER_MINUTE: '1000000' }),
  new ManualClock('2026-11-25T09:00:00.000Z'),
);

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  minimum?: number;
  maximum?: number;
  example?: unknown;
}

interface Operation {
  path: string;
  url: string;
  as: 'secretariat' | 'admin';
  schema: Schema;
  dto: Type<unknown>;
}

/** A generated request: what was changed where (the path of the value, `[]` for the whole body), and the body. */
interface Mutant {
  kind: string;
  at: (string | number)[];
  body: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let components: Record<string, Schema> = {};
const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(components[schema.$ref.split('/').pop()!]) : schema);
const typeOf = (schema: Schema): string | undefined =>
  schema.type ?? (schema.anyOf ? typeOf(schema.anyOf[0]) : schema.properties && 'object');

/** A valid body for the schema: its examples, nested objects built the same way, lists as long as they must be. */
function validOf(raw: Schema): Json {
  const schema = resolve(raw);
  if (schema.properties) {
    const body: Record<string, Json> = {};
    for (const [key, property] of Object.entries(schema.properties)) body[key] = validOf(property);
    return body;
  }
  if (schema.example !== undefined) return structuredClone(schema.example) as Json;
  if (typeOf(schema) === 'array' && schema.items)
    return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => validOf(schema.items!) as Json);
  throw new Error(`no example to build a valid value from: ${JSON.stringify(schema)}`);
}

/** Every value in a body with its schema, and whether its object requires it. */
interface Site {
  at: (string | number)[];
  schema: Schema;
  value: Json;
  required: boolean;
}
function sitesOf(value: Json, raw: Schema, at: (string | number)[] = [], required = true): Site[] {
  const schema = resolve(raw);
  const here: Site = { at, schema, value, required };
  if (schema.properties && value && typeof value === 'object' && !Array.isArray(value))
    return [
      here,
      ...Object.entries(value).flatMap(([key, v]) =>
        sitesOf(v, schema.properties![key], [...at, key], schema.required?.includes(key) ?? false),
      ),
    ];
  if (Array.isArray(value) && schema.items) return [here, ...value.flatMap((v, i) => sitesOf(v, schema.items!, [...at, i]))];
  if (schema.additionalProperties && value && typeof value === 'object' && !Array.isArray(value))
    return [here, ...Object.entries(value).flatMap(([key, v]) => sitesOf(v, schema.additionalProperties!, [...at, key], false))];
  return [here];
}

function withValue(
  body: Json,
  at: (string | number)[],
  change: (parent: Record<string | number, Json>, key: string | number) => void,
): Json {
  const copy = structuredClone(body);
  let parent = copy as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, at[at.length - 1]);
  return copy;
}
const replaced = (body: Json, at: (string | number)[], value: Json): Json =>
  at.length === 0
    ? value
    : withValue(body, at, (parent, key) => {
        // Set as an own property even for a key such as `__proto__`.
        Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
      });
const dropped = (body: Json, at: (string | number)[]): Json => withValue(body, at, (parent, key) => delete parent[key]);

const CONTROL = [...'\u0000\u0001\u0007\u0008\u000B\u000C\u000E\u001B\u001F\u007F', '\r'];
const DIRECTION = [...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'];
const BLANK = [...' \t\n\u00A0\u2028\u3000\u200B\u200C\u200D\u2060\uFEFF'];
const HOSTILE_KEYS = ['../x', '__proto__', 'constructor', 'prototype', '', ' ', 'a.b', 'x[0]', '$where', '\u202Eevil', 'toString'];
const IMPOSSIBLE_DATES = ['2022-02-30', '2021-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '2022-01-00', '2022-1-5', '22-01-05', ''];
const IMPOSSIBLE_INSTANTS = [
  '2022-02-04T24:00:00Z',
  '2022-02-04T10:60:00Z',
  '2022-02-04T23:59:60Z',
  '2022-02-30T10:00:00Z',
  '2022-02-04T10:00:00',
  '2022-02-04T10:00:00+15:00',
  '2022-02-04 10:00:00Z',
];

/** An arbitrary JSON value of another type than the schema's (null included: nothing is nullable). */
function otherType(schema: Schema, current: Json): fc.Arbitrary<Json> {
  const type = typeOf(schema);
  const small: fc.Arbitrary<Json> = fc.oneof(fc.string({ maxLength: 5 }), fc.integer());
  const choices: fc.Arbitrary<Json>[] = [fc.constant(null)];
  if (type !== 'string') choices.push(fc.oneof(fc.string({ maxLength: 20 }), fc.constant(JSON.stringify(current))));
  if (type !== 'number' && type !== 'integer') choices.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  if (type !== 'boolean') choices.push(fc.boolean());
  // A value wrapped in a list: the one wrong type the nested validation of an object could take for its own.
  if (type !== 'array') choices.push(fc.oneof(fc.array(small, { maxLength: 3 }), fc.constant<Json>([current])));
  if (type !== 'object') choices.push(fc.dictionary(fc.string({ maxLength: 5 }), small, { maxKeys: 3 }));
  return fc.oneof(...choices);
}

const inserted = (text: string, chars: string[]) =>
  fc
    .tuple(fc.constantFrom(...chars), fc.nat({ max: text.length }))
    .map(([char, i]) => text.slice(0, i) + char + text.slice(i))
    // A lone CR is refused; CR before LF is a line break, stored as LF.
    .filter((s) => !s.includes('\r\n'));
/** Letters whose NFC form is themselves (lengths are counted after normalisation). */
const letters = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøå'), minLength: min, maxLength: max });

/** Values the schema's own constraints refuse, for a value of the schema's type. */
function outOfBounds(schema: Schema, current: Json): fc.Arbitrary<Json>[] {
  const found: fc.Arbitrary<Json>[] = [];
  const text = typeof current === 'string' ? current : 'x';
  if (schema.enum) {
    const values = schema.enum;
    found.push(
      fc
        .oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom(text.toUpperCase(), ` ${text}`, `${text} `, `${text}\n`),
          inserted(text, CONTROL),
        )
        .filter((s) => !values.includes(s)),
    );
  }
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    found.push(
      fc
        .oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom(text.toUpperCase(), ` ${text}`, `${text} `, `${text}\n`, `../${text}`, `${text}/..`, `${text}\u200B`, ''),
          inserted(text, [...CONTROL, ...DIRECTION, ' ', '/', '.', 'Ø']),
        )
        .filter((s) => !pattern.test(s)),
    );
  }
  const formats = [schema, ...(schema.anyOf ?? [])].map((s) => s.format);
  if (formats.includes('date') || formats.includes('date-time')) {
    const dates = fc
      .tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 32, max: 99 }), fc.boolean())
      .map(([y, m, d, badMonth]) => `${y}-${badMonth ? m : '02'}-${badMonth ? '01' : d}`);
    const instants = fc
      .tuple(fc.integer({ min: 24, max: 99 }), fc.integer({ min: 60, max: 99 }), fc.boolean())
      .map(([h, m, badHour]) => `2022-02-04T${badHour ? h : 10}:${badHour ? '00' : m}:00Z`);
    found.push(
      fc.oneof(
        fc.constantFrom(...IMPOSSIBLE_DATES, ...IMPOSSIBLE_INSTANTS),
        dates,
        instants,
        inserted(text, [...CONTROL, ...DIRECTION]),
        // A date-time where only a date is taken.
        formats.includes('date-time') ? fc.constant('2022-02-04Tx') : fc.constant('2022-02-04T10:00:00Z'),
      ),
    );
  }
  if (schema.maxLength !== undefined) {
    // Recorded text: too long; control and direction characters; blank to a reader where required.
    const max = schema.maxLength;
    found.push(letters(1, 20).map((extra) => 'a'.repeat(max) + extra));
    found.push(inserted(text, [...CONTROL, ...DIRECTION]));
    if ((schema.minLength ?? 0) >= 1)
      found.push(fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom(...BLANK), minLength: 1, maxLength: 8 })));
  }
  const type = typeOf(schema);
  if ((type === 'integer' || type === 'number') && (type === 'integer' || schema.minimum !== undefined || schema.maximum !== undefined)) {
    // Unsafe integers as JSON carries them: 9007199254740993 itself arrives as 2^53, which is sent here.
    const numbers: fc.Arbitrary<number>[] = [fc.constantFrom(1e308, -1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 53))];
    if (schema.minimum !== undefined) numbers.push(fc.integer({ min: 1, max: 1000 }).map((k) => schema.minimum! - k));
    if (schema.maximum !== undefined) numbers.push(fc.integer({ min: 1, max: 1000 }).map((k) => schema.maximum! + k));
    if (type === 'integer') numbers.push(fc.integer({ min: 1, max: 99 }).map((k) => k + 0.5));
    const refused = fc
      .oneof(...numbers)
      .filter(
        (n) =>
          (schema.minimum !== undefined && n < schema.minimum) ||
          (schema.maximum !== undefined && n > schema.maximum) ||
          (type === 'integer' && !Number.isInteger(n)),
      );
    found.push(refused);
  }
  if (type === 'array' && Array.isArray(current)) {
    const model = current.length ? current[0] : validOf(schema.items!);
    if (schema.maxItems !== undefined)
      found.push(fc.integer({ min: 1, max: 3 }).map((extra) => Array.from({ length: schema.maxItems! + extra }, () => model)));
    if (schema.minItems) found.push(fc.constant(Array.from({ length: schema.minItems - 1 }, () => model)));
  }
  if (schema.additionalProperties && current && typeof current === 'object' && !Array.isArray(current)) {
    const first = Object.keys(current)[0];
    if (schema.minProperties) found.push(fc.constant({}));
    if (schema.maxProperties !== undefined)
      found.push(fc.constant(Object.fromEntries(Array.from({ length: schema.maxProperties + 1 }, (_, i) => [`tema-${i}`, 1]))));
    const inner = outOfBounds(schema.additionalProperties, 1);
    if (first && inner.length) found.push(fc.oneof(...inner).map((v) => ({ ...current, [first]: v })));
  }
  return found;
}

/** Nested lists deeper than the API takes (refused before parsing), or deep enough to be a wrong value. */
const deep = fc.integer({ min: 2, max: MAX_JSON_DEPTH + 8 }).map((depth) => {
  let value: Json = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
});

/** The invalid bodies of one operation: one mutation of a valid body each. */
function mutants(schema: Schema, valid: Json): fc.Arbitrary<Mutant> {
  const sites = sitesOf(valid, schema);
  const kinds: fc.Arbitrary<Mutant>[] = [];
  const requiredSites = sites.filter((s) => s.at.length > 0 && s.required && typeof s.at[s.at.length - 1] === 'string');
  if (requiredSites.length)
    kinds.push(fc.constantFrom(...requiredSites).map((s) => ({ kind: 'required property dropped', at: s.at, body: dropped(valid, s.at) })));
  const valued = sites.filter((s) => s.at.length > 0);
  kinds.push(
    fc
      .constantFrom(...valued)
      .chain((s) => otherType(s.schema, s.value).map((v) => ({ kind: 'another type', at: s.at, body: replaced(valid, s.at, v) }))),
  );
  const bounded = valued.filter((s) => outOfBounds(s.schema, s.value).length);
  if (bounded.length)
    kinds.push(
      fc
        .constantFrom(...bounded)
        .chain((s) =>
          fc.oneof(...outOfBounds(s.schema, s.value)).map((v) => ({ kind: 'out of bounds', at: s.at, body: replaced(valid, s.at, v) })),
        ),
    );
  const objects = sites.filter((s) => s.schema.properties && s.value && typeof s.value === 'object' && !Array.isArray(s.value));
  kinds.push(
    fc
      .tuple(
        fc.constantFrom(...objects),
        fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ minLength: 1, maxLength: 12 })),
        fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.boolean()),
      )
      .filter(([s, key]) => !Object.keys(s.schema.properties!).includes(key))
      .map(([s, key, v]) => ({ kind: 'unknown property', at: [...s.at, key], body: replaced(valid, [...s.at, key], v) })),
  );
  // A property's own name in other case is another, unknown, property.
  kinds.push(
    fc
      .constantFrom(...objects)
      .chain((s) => fc.constantFrom(...Object.keys(s.schema.properties!)).map((key) => ({ s, key: key.toUpperCase() })))
      .filter(({ s, key }) => !Object.keys(s.schema.properties!).includes(key))
      .map(({ s, key }) => ({ kind: 'unknown property', at: [...s.at, key], body: replaced(valid, [...s.at, key], 'x') })),
  );
  kinds.push(
    fc.tuple(fc.constantFrom(...valued), deep).map(([s, v]) => ({ kind: 'deep nesting', at: s.at, body: replaced(valid, s.at, v) })),
  );
  const notObjects: Json[] = [null, [], [valid], 'x', 1, true, ...(schema.required?.length ? [{}] : [])];
  kinds.push(fc.constantFrom(...notObjects).map((body) => ({ kind: 'not an object', at: [], body })));
  return fc.oneof(...kinds);
}

/** Whether a named field is the mutated value, an object holding it, or a value inside it (the body's own, for the whole body). */
function namesTheField(fields: { field?: unknown }[], mutant: Mutant): boolean {
  const at = mutant.at.join('.');
  return fields.some(({ field }) => {
    if (typeof field !== 'string') return false;
    // A key may be the empty string: the field is then named by its (empty) path.
    if (field === at) return true;
    if (!field) return false;
    if (mutant.at.length === 0 || field === 'body') return true;
    return at.startsWith(`${field}.`) || field.startsWith(`${at}.`);
  });
}

/** The POST routes of the running app with the DTO class of their body, read from Nest's own metadata. */
function bodyTypes(): Map<string, { dto: Type<unknown>; policy: Audience[] }> {
  const found = new Map<string, { dto: Type<unknown>; policy: Audience[] }>();
  for (const module of api.app.get(ModulesContainer).values())
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const prefix = Reflect.getMetadata(PATH_METADATA, metatype) as string;
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const handler = (metatype.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.POST) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<string, { index: number }>;
        const body = Object.entries(args).find(([key]) => key.startsWith(`${RouteParamtypes.BODY}:`));
        if (!body) continue;
        const types = Reflect.getMetadata('design:paramtypes', metatype.prototype, name) as Type<unknown>[];
        const path = `/${[prefix, Reflect.getMetadata(PATH_METADATA, handler) as string]
          .flatMap((p) => p.split('/'))
          .filter(Boolean)
          .join('/')}`.replace(/:(\w+)/g, '{$1}');
        found.set(path, { dto: types[body[1].index], policy: Reflect.getMetadata(ACCESS_POLICY, handler) as Audience[] });
      }
    }
  return found;
}

/** What each path parameter is set to: records made in the set-up. */
const parameters: Record<string, string> = {
  bodyId: 'nehs',
  memberId: 'inger',
  meetingId: 'nehs-2022-1',
  sakId: 'nehs-2022-1',
  themeCode: 'bedre-helsehjelp',
  workshopId: 'nov-2021',
  changeAreaId: 'informasjon-folger-pasienten',
  goalId: 'mal-2-1',
  roundId: 'r1',
  findingId: 'pll-forsinket',
  assignmentId: 'pll',
  personId: 'member:nehs:inger',
};

/** Where a valid body built from the examples would be refused by the domain for other reasons than its own. */
const VALID_BODY_CHANGES: Record<string, (body: Record<string, Json>) => void> = {
  // The example's member fields are for the member role only.
  '/access/tokens': (body) => {
    delete body.bodyId;
    delete body.memberId;
  },
};

async function ok(path: string, body: object, as: 'secretariat' | 'admin' = 'secretariat'): Promise<Record<string, unknown>> {
  const answer = await api.post(path, body, as);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

async function setUp(): Promise<void> {
  await registerDocuments(api);
  await ok('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' });
  await ok('/bodies/nehs/members', { memberId: 'inger', name: 'Inger', organisation: 'x', role: 'member', appointedOn: '2021-01-01' });
  await ok('/meetings', { bodyId: 'nehs', number: '1/22', date: '2022-02-04' });
  await ok('/saker', {
    meetingId: 'nehs-2022-1',
    number: '1/22',
    title: 'Godkjenning av innkalling og dagsorden',
    sakstype: 'godkjenning',
  });
  const exemption = await ok('/saker/nehs-2022-1/exemptions', { scope: 'sak', legalBasis: 'offentleglova § 14' });
  parameters.exemptionId = String(exemption.exemptionId);
  await ok('/themes', { themeCode: 'bedre-helsehjelp', name: 'BEDRE HELSEHJELP', effectiveAt: '2022-01-20' });
  await ok('/workshops', { workshopId: 'nov-2021', title: '10 arbeidsmøter i november 2021', date: '2021-11-15' });
  await ok('/workshops/nov-2021/inputs', { inputs: [{ inputId: 'i-1', text: 'Pasientens opplysninger må følge pasienten' }] });
  await ok('/change-areas', {
    changeAreaId: 'informasjon-folger-pasienten',
    name: 'Informasjon følger pasienten',
    fra: 'Fra..',
    til: 'Til..',
  });
  await ok('/goals', { goalId: 'mal-2-1', code: '2.1', title: 'Helseinformasjon følger pasienten', themeCode: 'bedre-helsehjelp' });
  await ok('/prioritisation-rounds', {
    roundId: 'r1',
    title: 'Prioritering',
    date: '2022-02-04',
    bodyId: 'nehs',
    allocation: { 'bedre-helsehjelp': 3 },
    goalIds: ['mal-2-1'],
  });
  await ok('/audit-reports', {
    reportId: 'en-innbygger-en-journal',
    title: 'Én innbygger – én journal',
    kind: 'forvaltningsrevisjon',
    publishedOn: '2021-06-01',
  });
  await ok('/findings', { findingId: 'pll-forsinket', reportId: 'en-innbygger-en-journal', grade: 'alvorlig', text: 'Forsinket' });
  await ok('/assignments', {
    assignmentId: 'pll',
    title: 'PLL',
    givenIn: 'Tildelingsbrev',
    owner: 'Direktoratet',
    answersFindings: ['pll-forsinket'],
  });
  parameters.tokenId = String((await ok('/access/tokens', { name: 'Per Sekretær', role: 'secretariat' }, 'admin')).tokenId);
}

/** The global position of the log's last event. */
async function lastPosition(): Promise<string> {
  let from: string | undefined;
  for (;;) {
    const page = (await api.get(`/events?limit=1000${from === undefined ? '' : `&from=${from}`}`)).body;
    if (page.events.length) from = page.events[page.events.length - 1].globalPosition;
    if (page.next === null) return from ?? '0';
  }
}

interface Reply {
  status: number;
  text: string;
}

/**
 * The client, run in a worker thread so that the app on this thread has the other core: it sends
 * each request (path, token, body) over keep-alive connections, IN_FLIGHT at a time, and answers
 * the replies in the same order.
 */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const { base, requests, inFlight } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
const post = ({ path, token, body }) =>
  new Promise((done, fail) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: 'Bearer ' + token };
    const req = request(new URL(path, base), { method: 'POST', agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
const replies = new Array(requests.length);
let next = 0;
const lane = async () => {
  while (next < requests.length) {
    const i = next++;
    replies[i] = await post(requests[i]);
  }
};
Promise.all(Array.from({ length: inFlight }, lane)).then(() => {
  agent.destroy();
  parentPort.postMessage(replies);
}, (error) => { throw error; });
`;

function sendAll(base: string, requests: { path: string; token: string; body: string }[]): Promise<Reply[]> {
  const worker = new Worker(CLIENT, { eval: true, workerData: { base, requests, inFlight: IN_FLIGHT } });
  return new Promise<Reply[]>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  }).finally(() => worker.terminate());
}

/** What is wrong with an answer to an invalid request; undefined when it is as it should be. */
function wrongIn(reply: Reply, mutant: Mutant): string | undefined {
  if (reply.status < 400 || reply.status >= 500) return `answered ${reply.status}`;
  if (reply.status === 429) return 'rate limited: the test should not be';
  let problem: { code?: unknown; fields?: { field?: unknown }[] };
  try {
    problem = JSON.parse(reply.text);
  } catch {
    return 'answered a body that is not JSON';
  }
  if (!Array.isArray(problem.fields) || !problem.fields.length) return 'names no field';
  if (!namesTheField(problem.fields, mutant)) return `names another field than ${mutant.at.join('.')}`;
  return undefined;
}

const shown = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text);

let operations: Operation[] = [];
let before: string;
const tokens: Record<'secretariat' | 'admin', string> = { secretariat: '', admin: '' };

beforeAll(async () => {
  await api.start();
  await setUp();
  tokens.secretariat = await api.issue('Negativ Sekretær', 'secretariat');
  tokens.admin = await api.issue('Negativ Admin', 'admin');
  const document = (await api.get('/api/docs-json')).body as {
    paths: Record<string, { post?: { requestBody?: { content: { 'application/json': { schema: Schema } } } } }>;
    components: { schemas: Record<string, Schema> };
  };
  components = document.components.schemas;
  const routes = bodyTypes();
  operations = Object.entries(document.paths)
    .filter(([path, item]) => {
      if (!item.post) return false;
      // A POST that takes no body (signing a checkpoint) has no body to get wrong.
      if (!item.post.requestBody && !routes.has(path)) return false;
      return true;
    })
    .map(([path, item]) => {
      const route = routes.get(path);
      const schema = item.post!.requestBody?.content['application/json'].schema;
      if (!route || !schema) throw new Error(`POST ${path}: the document and the route disagree on whether it takes a body`);
      const as = route.policy.includes('secretariat') ? 'secretariat' : 'admin';
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (!parameters[name]) throw new Error(`POST ${path}: no record set up for {${name}}`);
        return encodeURIComponent(parameters[name]);
      });
      return { path, url, as, schema, dto: route.dto };
    });
  before = await lastPosition();
}, 120_000);

afterAll(async () => {
  await api.app?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('the document says how long every list in a write may be, and what every string in it takes', () => {
  const undocumented: string[] = [];
  for (const { path, schema } of operations)
    for (const site of sitesOf(validOf(schema), schema)) {
      const at = `POST ${path} ${site.at.join('.')}`;
      const { schema: s } = site;
      if (typeOf(s) === 'array' && s.maxItems === undefined) undocumented.push(`${at}: no maxItems`);
      const constrained = s.enum || s.pattern || s.format || s.anyOf || s.maxLength !== undefined;
      if (typeOf(s) === 'string' && !constrained) undocumented.push(`${at}: a string with no constraint`);
    }
  expect(undocumented).toEqual([]);
});

it(`every POST answers ${PER_OPERATION} invalid bodies each with a 4xx naming the field, and writes nothing`, async () => {
  expect(operations.length).toBeGreaterThan(60);
  const pipe = createValidationPipe();
  const requests: { operation: Operation; mutant: Mutant; seed: number }[] = [];
  for (const [index, operation] of operations.entries()) {
    const valid = validOf(operation.schema) as Record<string, Json>;
    VALID_BODY_CHANGES[operation.path]?.(valid);
    // The body every mutation starts from passes the app's own validation: each mutation alone is what is refused.
    await expect(pipe.transform(structuredClone(valid), { type: 'body', metatype: operation.dto })).resolves.toBeDefined();
    // Distinct bodies: small schemas repeat themselves, so sampling goes on (with the next seed) until there are enough.
    const seen = new Set<string>();
    for (let round = 0; seen.size < PER_OPERATION && round < 10; round++) {
      const seed = SEED * 1_000_000 + index * 100 + round;
      for (const mutant of fc.sample(mutants(operation.schema, valid), { numRuns: PER_OPERATION, seed })) {
        const key = JSON.stringify(mutant.body);
        if (seen.has(key) || seen.size === PER_OPERATION) continue;
        seen.add(key);
        requests.push({ operation, mutant, seed });
      }
    }
    expect(`${operation.path}: ${seen.size}`).toBe(`${operation.path}: ${PER_OPERATION}`);
  }

  const sent = requests.map(({ operation, mutant }) => ({
    path: operation.url,
    token: tokens[operation.as],
    body: JSON.stringify(mutant.body),
  }));
  const replies = await sendAll(await api.app.getUrl(), sent);
  const failures: string[] = [];
  for (const [i, { operation, mutant, seed }] of requests.entries()) {
    const wrong = wrongIn(replies[i], mutant);
    if (wrong)
      failures.push(
        `POST ${operation.url} (${mutant.kind} at ${mutant.at.join('.') || 'the body'}, seed ${seed}): ${wrong}\n` +
          `  sent ${shown(sent[i].body)}\n  got ${replies[i].status} ${shown(replies[i].text)}`,
      );
  }
  expect({ failed: failures.length, first: failures.slice(0, 40) }).toEqual({ failed: 0, first: [] });
  expect(requests.length).toBeGreaterThanOrEqual(PER_OPERATION * operations.length);
  // Not one event written by any of them.
  expect((await api.get(`/events?from=${before}&limit=10`)).body.events).toEqual([]);
}, 600_000);
