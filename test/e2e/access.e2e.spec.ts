import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { ReadModelRegistry, type RecordedEventJson } from '@app/event-store';
import { ROLES, type Role } from '@app/shared-kernel';
import { HOLDERS, RunningApi, type Caller } from '../support/running-api';
import { routeTable } from '../../apps/api/src/http/route-table';
import { EventStoreDbStandIn } from '../eventstoredb-stand-in/stand-in-server';
import { eventStoreDbEnv } from '../support/both-stores';

/**
 * Who may do what, through real HTTP: every route of the app against every kind of caller,
 * API tokens over their whole life (issued by the admin or by `npm run token`, used, revoked),
 * and bearer tokens from an OpenID Connect identity provider (a local one, with its own keys).
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-access-'));
const storePath = join(dir, 'access.db');
const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: storePath }));
let memberToken: string;

beforeAll(async () => {
  await api.start();
  memberToken = await api.issue(HOLDERS.member, 'member', { bodyId: 'nehs', memberId: 'inger-cathrine-bryne' });
  await api.app.get(ReadModelRegistry).warmUp();
});
afterAll(async () => {
  await api.app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const callers = ['public', ...ROLES] as const;
const sample = (path: string) =>
  path.replace(/:(\w+)/g, (_, name: string) => (name === 'tokenId' ? '01a22292-0000-7000-8000-000000000000' : 'nehs'));

describe('every route declares who may call it', () => {
  it('no route of the app is without a policy (the guard refuses such a route to everyone)', () => {
    const routes = routeTable(api.app);
    expect(routes.length).toBeGreaterThan(80);
    expect(routes.filter((r) => !r.policy).map((r) => r.handler)).toEqual([]);
  });

  it('writes are for the secretariat (votes also for members), the raw log and the audit for auditors and the secretariat, tokens for the admin', () => {
    const routes = routeTable(api.app);
    const policyOf = (method: string, path: string) => routes.find((r) => r.method === method && r.path === path)?.policy;
    const notWrites = ['/persons/lookup', '/audit/checkpoints'];
    for (const route of routes.filter(
      (r) => r.method === 'POST' && !r.path.startsWith('/access') && !r.path.endsWith('/votes') && !notWrites.includes(r.path),
    ))
      expect([route.handler, route.policy]).toEqual([route.handler, ['secretariat']]);
    expect(policyOf('POST', '/prioritisation-rounds/:roundId/votes')).toEqual(['secretariat', 'member']);
    expect(policyOf('GET', '/events')).toEqual(['auditor', 'secretariat']);
    expect(policyOf('GET', '/audit/verify')).toEqual(['auditor', 'secretariat']);
    expect(policyOf('POST', '/audit/checkpoints')).toEqual(['secretariat', 'auditor', 'admin']);
    expect(policyOf('GET', '/audit/checkpoints')).toEqual(['public']);
    expect(policyOf('POST', '/access/tokens')).toEqual(['admin']);
    expect(policyOf('GET', '/access/tokens')).toEqual(['admin']);
    expect(policyOf('POST', '/persons/lookup')).toEqual(['secretariat', 'auditor']);
  });
});

/** Every route × every caller on an app: what answered otherwise than its policy says (an empty list when all is right). */
async function roleMatrix(on: RunningApi, memberToken: string): Promise<string[]> {
  const expected = (policy: string[], caller: Role | 'public') =>
    policy.includes('public') || (caller !== 'public' && policy.includes(caller)) ? 'allowed' : caller === 'public' ? 401 : 403;
  const wrong: string[] = [];
  for (const route of routeTable(on.app)) {
    for (const caller of callers) {
      const who: Caller = caller === 'member' ? { token: memberToken } : caller;
      const answer = await on.request(route.method, sample(route.path), route.method === 'POST' ? {} : undefined, who);
      const want = expected(route.policy!, caller);
      const fine =
        want === 'allowed'
          ? answer.status !== 401 && answer.status !== 403 && answer.status < 500
          : answer.status === want && (want === 403 || /^Bearer realm=/.test(answer.headers.get('www-authenticate') ?? ''));
      if (!fine) wrong.push(`${route.method} ${route.path} as ${caller}: ${answer.status}, expected ${want}`);
    }
  }
  return wrong;
}

/**
 * The types of the events in the log, but for the one checkpoint the matrix's allowed callers
 * asked the app to sign (once: asked again with nothing new since, it answers the same one).
 */
async function recordedByTheMatrix(on: RunningApi): Promise<string[]> {
  const log: RecordedEventJson[] = (await on.get('/events?limit=1000')).body.events;
  expect(log.filter((e) => e.streamId === 'audit-checkpoints').map((e) => e.type)).toEqual(['LogCheckpointSigned']);
  return log.filter((e) => e.streamId !== 'audit-checkpoints').map((e) => e.type);
}

describe('the role matrix: every route × every caller, generated from the route table', () => {
  it('answers 401 (with a Bearer challenge) to the public and 403 to other roles where the route is not theirs, and lets the others through', async () => {
    expect(await roleMatrix(api, memberToken)).toEqual([]);
  });

  it('wrote nothing for any refused or invalid request of the matrix', async () => {
    expect(await recordedByTheMatrix(api)).toEqual(Array(4).fill('AccessTokenIssued'));
  });

  it('the same on EventStoreDB (the stand-in, over gRPC), writing nothing either', async () => {
    const standIn = await EventStoreDbStandIn.start();
    const esdb = new RunningApi(() => eventStoreDbEnv(standIn.connectionString, dir));
    try {
      await esdb.start();
      const member = await esdb.issue(HOLDERS.member, 'member', { bodyId: 'nehs', memberId: 'inger-cathrine-bryne' });
      await esdb.app.get(ReadModelRegistry).warmUp();
      expect(await roleMatrix(esdb, member)).toEqual([]);
      expect(await recordedByTheMatrix(esdb)).toEqual(Array(4).fill('AccessTokenIssued'));
    } finally {
      await esdb.app?.close();
      await standIn.stop();
    }
  });
});

describe('authentication', () => {
  it('a write without a token is 401 with WWW-Authenticate, and nothing is written', async () => {
    const answer = await api.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' }, 'public');
    expect(answer).toMatchObject({ status: 401, body: { code: 'ACCESS.AUTHENTICATION_REQUIRED' } });
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="governance-log"');
    expect((await api.get('/bodies/nehs')).status).toBe(404);
  });

  it('an unknown or malformed token is 401 with error="invalid_token", even on a public route', async () => {
    const unknown = await api.get('/bodies', { as: { token: 'glt_not-a-token' } });
    expect(unknown).toMatchObject({ status: 401, body: { code: 'ACCESS.TOKEN_UNKNOWN' } });
    expect(unknown.headers.get('www-authenticate')).toBe('Bearer realm="governance-log", error="invalid_token"');
    const basic = await api.get('/bodies', { as: 'public', headers: { authorization: 'Basic a2FyaTpodW50ZXIy' } });
    expect(basic).toMatchObject({ status: 401, body: { code: 'ACCESS.BEARER_REQUIRED' } });
  });

  it('an auditor reads /events (200) and may not write (403)', async () => {
    expect((await api.get('/events?limit=1', { as: 'auditor' })).status).toBe(200);
    const write = await api.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' }, 'auditor');
    expect(write).toMatchObject({ status: 403, body: { code: 'ACCESS.ROLE_REQUIRED', details: { required: ['secretariat'] } } });
    expect((await api.get('/events', { as: 'public' })).status).toBe(401);
  });

  it('the actor of an event is the token holder, whatever headers the client sends', async () => {
    const written = await api.post(
      '/bodies',
      { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' },
      'secretariat',
      { 'x-actor': 'Riksrevisjonen' },
    );
    expect(written.status).toBe(201);
    const [event] = (await api.get('/events?stream=body-nehs')).body.events as RecordedEventJson[];
    expect(event.metadata).toMatchObject({ actor: HOLDERS.secretariat, actorId: expect.stringMatching(/^token:/) });
  });

  it('reading as known at an earlier time is for auditors, the secretariat and members; the public gets 403 naming knownAt', async () => {
    expect(await api.get('/bodies?knownAt=2026-01-01', { as: 'public' })).toMatchObject({
      status: 403,
      body: { code: 'ACCESS.KNOWN_AT_NOT_ALLOWED', fields: [{ field: 'knownAt' }] },
    });
    expect((await api.get('/bodies?knownAt=2026-01-01', { as: 'auditor' })).status).toBe(200);
  });

  it('GET /access/me says who the token proves', async () => {
    expect((await api.get('/access/me', { as: 'auditor' })).body).toEqual({
      id: expect.stringMatching(/^token:/),
      name: HOLDERS.auditor,
      roles: ['auditor'],
    });
    expect((await api.get('/access/me', { as: 'public' })).body).toEqual({ public: true, roles: [] });
  });
});

describe('API tokens over their life', () => {
  it('the admin issues a token (shown once), lists holders without tokens or hashes, and revokes it: refused from then on', async () => {
    const issued = await api.post('/access/tokens', { name: 'Per Sekretær', role: 'secretariat' }, 'admin');
    expect(issued).toMatchObject({
      status: 201,
      body: { token: expect.stringMatching(/^glt_/), holder: 'Per Sekretær', role: 'secretariat', status: 'active' },
    });
    const token = issued.body.token as string;
    expect((await api.get('/access/me', { as: { token } })).body.name).toBe('Per Sekretær');

    const list = await api.get('/access/tokens', { as: 'admin' });
    expect(list.body).toEqual(expect.arrayContaining([expect.objectContaining({ tokenId: issued.body.tokenId, issuedBy: HOLDERS.admin })]));
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(JSON.stringify(list.body)).not.toContain('tokenHash');
    const stored = (await api.get(`/events?stream=access-token-${issued.body.tokenId}`)).body.events[0];
    expect(JSON.stringify(stored)).not.toContain(token);

    const revoked = await api.post(`/access/tokens/${issued.body.tokenId}/revocation`, { reason: 'Left the secretariat' }, 'admin');
    expect(revoked).toMatchObject({ status: 201, body: { status: 'revoked', revokedBy: HOLDERS.admin, reason: 'Left the secretariat' } });
    expect(await api.get('/access/me', { as: { token } })).toMatchObject({ status: 401, body: { code: 'ACCESS.TOKEN_UNKNOWN' } });
    const again = await api.post(`/access/tokens/${issued.body.tokenId}/revocation`, { reason: 'again' }, 'admin');
    expect(again).toMatchObject({ status: 200, body: { events: [] } });
  });

  it('refuses a member token without its member, and a member id on another role, naming the field', async () => {
    expect((await api.post('/access/tokens', { name: 'X', role: 'member' }, 'admin')).body).toMatchObject({
      code: 'ACCESS.MEMBER_REQUIRED',
      fields: [{ field: 'memberId' }],
    });
    expect((await api.post('/access/tokens', { name: 'X', role: 'auditor', bodyId: 'nehs', memberId: 'x' }, 'admin')).body).toMatchObject({
      code: 'ACCESS.MEMBER_ONLY_FOR_MEMBERS',
    });
    expect((await api.post('/access/tokens', { name: 'X', role: 'root' }, 'admin')).body).toMatchObject({ fields: [{ field: 'role' }] });
  });

  it('`npm run token` issues, lists and revokes against the store file while the server runs; the server knows at once', async () => {
    const run = (...args: string[]) =>
      promisify(execFile)('npm', ['run', '--silent', 'token', '--', ...args], {
        cwd: join(__dirname, '../..'),
        env: { ...process.env, EVENT_STORE: 'embedded', EVENT_STORE_PATH: storePath },
      });
    const issued = await run('--name', 'Kari Nordmann', '--role', 'auditor');
    const token = issued.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^glt_[A-Za-z0-9_-]{43}$/);
    const me = await api.get('/access/me', { as: { token } });
    expect(me.body).toMatchObject({ name: 'Kari Nordmann', roles: ['auditor'] });

    const tokenId = me.body.id.replace('token:', '');
    const listed = await run('--list');
    expect(listed.stdout).toContain(`${tokenId}\tactive\tauditor\tKari Nordmann`);
    expect(listed.stdout).not.toContain(token);

    await run('--revoke', tokenId, '--reason', 'Test over');
    expect((await api.get('/access/me', { as: { token } })).status).toBe(401);
    await expect(run('--name', 'Y', '--role', 'root')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--role must be'),
    });
  }, 60_000);
});

describe('bearer tokens from an OpenID Connect identity provider', () => {
  const issuer = 'https://login.example.test/tenant';
  const audience = 'api://governance-log';
  let keys: { privateKey: KeyLike; publicKey: KeyLike };
  let jwks: Server;
  let oidcApi: RunningApi;

  const jwt = (claims: Record<string, unknown>, options: { key?: KeyLike; audience?: string; expires?: string | null } = {}) => {
    const token = new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience(options.audience ?? audience)
      .setSubject('0f3c-entra-object-id')
      .setIssuedAt();
    if (options.expires !== null) token.setExpirationTime(options.expires ?? '5m');
    return token.sign(options.key ?? keys.privateKey);
  };

  beforeAll(async () => {
    keys = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    jwks = createServer((req, res) =>
      req.url === '/broken'
        ? res.writeHead(500).end('down for maintenance')
        : res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as { port: number };
    oidcApi = new RunningApi(() => ({
      EVENT_STORE: 'embedded',
      EVENT_STORE_PATH: join(dir, 'oidc.db'),
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: audience,
      OIDC_JWKS_URL: `http://127.0.0.1:${port}/keys`,
      OIDC_ROLES_CLAIM: 'app.roles',
    }));
    await oidcApi.start();
  });
  afterAll(async () => {
    await oidcApi?.app?.close();
    jwks?.close();
  });

  it('accepts a signed token of the configured issuer and audience; its subject and name become the actor', async () => {
    const token = await jwt({ name: 'Kari Nordmann', app: { roles: ['secretariat', 'not-a-role'] } });
    expect((await oidcApi.get('/access/me', { as: { token } })).body).toEqual({
      id: 'oidc:0f3c-entra-object-id',
      name: 'Kari Nordmann',
      roles: ['secretariat'],
    });
    const written = await oidcApi.post('/bodies', { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre', effectiveAt: '2021-01-01' }, { token });
    expect(written.status).toBe(201);
    const [event] = (await oidcApi.get('/events?stream=body-nehs')).body.events as RecordedEventJson[];
    expect(event.metadata).toMatchObject({ actor: 'Kari Nordmann', actorId: 'oidc:0f3c-entra-object-id' });
  });

  it('refuses another audience, an expired token, one that never expires and one signed with another key (401 invalid_token); API tokens still work', async () => {
    const other = await generateKeyPair('ES256');
    for (const token of [
      await jwt({ app: { roles: ['auditor'] } }, { audience: 'api://something-else' }),
      await jwt({ app: { roles: ['auditor'] } }, { expires: '-1m' }),
      await jwt({ app: { roles: ['auditor'] } }, { expires: null }),
      await jwt({ app: { roles: ['auditor'] } }, { key: other.privateKey }),
    ]) {
      const answer = await oidcApi.get('/events', { as: { token } });
      expect(answer).toMatchObject({ status: 401, body: { code: 'ACCESS.TOKEN_INVALID' } });
      expect(answer.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
    expect((await oidcApi.get('/events', { as: 'auditor' })).status).toBe(200);
  });

  it('when the provider’s keys cannot be had, answers 503 naming no host, not 401: the token may well be good', async () => {
    const { port } = jwks.address() as { port: number };
    const broken = new RunningApi(() => ({
      EVENT_STORE: 'embedded',
      EVENT_STORE_PATH: join(dir, 'oidc-broken.db'),
      OIDC_ISSUER: issuer,
      OIDC_AUDIENCE: audience,
      OIDC_JWKS_URL: `http://127.0.0.1:${port}/broken`,
    }));
    await broken.start();
    try {
      const answer = await broken.get('/access/me', { as: { token: await jwt({ roles: ['auditor'] }) } });
      expect(answer).toMatchObject({ status: 503, body: { code: 'ACCESS.IDENTITY_PROVIDER_UNAVAILABLE' } });
      expect(JSON.stringify(answer.body)).not.toContain('127.0.0.1');
    } finally {
      await broken.app.close();
    }
  });

  it('a token with no role of ours reads what the public reads, and may not write', async () => {
    const token = await jwt({ name: 'Noen', app: { roles: [] } });
    expect((await oidcApi.get('/bodies', { as: { token } })).status).toBe(200);
    expect((await oidcApi.post('/bodies', { bodyId: 'nufa', name: 'NUFA', effectiveAt: '2021-01-01' }, { token })).status).toBe(403);
  });
});
