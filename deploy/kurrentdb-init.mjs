/* global process, console, Buffer, setTimeout */
/**
 * The one-shot `kurrentdb-init` service: signed in as `admin`, it gives the API its own KurrentDB
 * user and exactly the rights the API needs (docs/deployment.md, "The application user").
 *
 *   1. the user GOVERNANCE_LOG_DB_USER, in no group, with the password from .env;
 *   2. the default ACL in `$settings`: user streams read and written by that user only;
 *   3. the ACL of `$all`: read by that user (otherwise only `$admins` may read `$all`);
 *   4. a check, signed in as that user, that it can read `$all` and a user stream.
 *
 * Every `docker compose up` runs it again. Each step looks first and writes only what differs, so
 * a second run writes nothing; a changed password in .env is set on the user.
 *
 * `node kurrentdb-init.mjs rotate-admin-password` instead changes admin's password from
 * KURRENTDB_ADMIN_PASSWORD to NEW_KURRENTDB_ADMIN_PASSWORD.
 *
 * It runs in the API's image: `@eventstore/db-client` is the API's own dependency. Users go
 * through the HTTP users API, ACLs through gRPC (AtomPub, KurrentDB's HTTP streams API, stays off).
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The API image's working directory is /app, where its node_modules are.
const { EventStoreDBClient, BACKWARDS, END, LEADER, StreamNotFoundError, jsonEvent } = createRequire(
  join(process.cwd(), 'package.json'),
)('@eventstore/db-client');

const ATTEMPTS = 30;
const PAUSE_MS = 2000;
const TIMEOUT_MS = 10000;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see .env.example)`);
  return value;
}

const nodes = required('KURRENTDB_NODES')
  .split(',')
  .map((node) => {
    const [address, port = '2113'] = node.trim().split(':');
    return { address, port: Number(port) };
  });
const ca = readFileSync(required('KURRENTDB_CA_FILE'));
const admin = { username: 'admin', password: required('KURRENTDB_ADMIN_PASSWORD') };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One HTTPS request to a node, trusting only the private CA. Resolves with the status and the parsed body. */
function call(node, method, path, credentials, body) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: node.address,
        port: node.port,
        method,
        path,
        ca,
        timeout: TIMEOUT_MS,
        headers: {
          accept: 'application/json',
          authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, body: json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * A request retried while the cluster cannot answer yet (no connection, 408 "try again", 5xx),
 * going round the nodes; any other answer is returned to the caller. A follower forwards users
 * API requests to the leader itself.
 */
async function http(method, path, credentials = admin, body = undefined) {
  let last;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const node = nodes[attempt % nodes.length];
    try {
      const answer = await call(node, method, path, credentials, body);
      if (answer.status !== 408 && answer.status < 500) return answer;
      last = `HTTP ${answer.status}`;
    } catch (error) {
      last = error.message;
    }
    await sleep(PAUSE_MS);
  }
  throw new Error(`${method} ${path}: KurrentDB did not answer (${last})`);
}

/** The answer, if its status is one of `statuses`; else an error saying what failed. */
function answered(answer, statuses, what, hint = '') {
  if (!statuses.includes(answer.status)) throw new Error(`${what}: HTTP ${answer.status}${hint}`);
  return answer;
}

/**
 * The server makes `admin` when it first becomes leader, which can be a moment after it reports
 * ready: until then the password is refused. Waits for it, a minute at most.
 */
async function waitForAdmin() {
  for (let attempt = 1; ; attempt++) {
    const current = await http('GET', '/users/$current', admin);
    if (current.status !== 401 || attempt === ATTEMPTS)
      return answered(current, [200], 'signing in as admin', ' (is KURRENTDB_ADMIN_PASSWORD the one the database was created with?)');
    await sleep(PAUSE_MS);
  }
}

const grpc = (credentials) =>
  new EventStoreDBClient(
    nodes.length === 1 ? { endpoint: nodes[0] } : { endpoints: nodes, nodePreference: LEADER },
    { rootCertificate: ca },
    credentials,
  );

/** JSON with sorted keys, so that two settings compare equal whatever their key order. */
const canonical = (value) =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

async function ensureUser(user) {
  const path = `/users/${encodeURIComponent(user.username)}`;
  const found = answered(await http('GET', path), [200, 404], `reading user ${user.username}`);
  if (found.status === 404) {
    const made = { loginName: user.username, fullName: 'governance-log API', groups: [], password: user.password };
    const created = answered(await http('POST', '/users/', admin, made), [201, 409], `creating user ${user.username}`);
    // 409: made by an earlier attempt whose answer was lost; it is then checked as a user in place.
    if (created.status === 409) return ensureUser(user);
    console.log(`Created user ${user.username}.`);
    return;
  }
  const data = found.body?.data ?? found.body?.Data ?? {};
  if (data.disabled ?? data.Disabled)
    throw new Error(`user ${user.username} is disabled in KurrentDB; enable it (docs/deployment.md) or the API cannot sign in`);
  const groups = data.groups ?? data.Groups ?? [];
  if (groups.length > 0) {
    answered(await http('PUT', path, admin, { fullName: data.fullName ?? data.FullName, groups: [] }), [200], `clearing the groups of ${user.username}`);
    console.log(`Removed user ${user.username} from the groups ${groups.join(', ')}: it needs none.`);
  }
  // Signed in as the user itself: 200 when .env holds its password, 401 when it does not (yet).
  const current = await http('GET', '/users/$current', user);
  if (current.status === 200) return console.log(`User ${user.username} is in place.`);
  answered(current, [401], `signing in as ${user.username}`);
  answered(await http('POST', `${path}/command/reset-password`, admin, { newPassword: user.password }), [200], `setting the password of ${user.username}`);
  answered(await http('GET', '/users/$current', user), [200], `signing in as ${user.username} with the new password`);
  console.log(`Set the password of user ${user.username} to the one in .env.`);
}

/**
 * `$settings` holds the default ACLs: `$userStreamAcl` for streams without an ACL of their own,
 * `$systemStreamAcl` for `$`-streams. The API reads and appends to its streams; it never deletes
 * them nor touches their metadata. `$admins` may do everything whatever an ACL says.
 */
async function ensureDefaultAcl(client, username) {
  const wanted = {
    $userStreamAcl: { $r: [username], $w: [username], $d: ['$admins'], $mr: ['$admins'], $mw: ['$admins'] },
    $systemStreamAcl: { $r: ['$admins'], $w: ['$admins'], $d: ['$admins'], $mr: ['$admins'], $mw: ['$admins'] },
  };
  let current;
  try {
    for await (const resolved of client.readStream('$settings', { direction: BACKWARDS, fromRevision: END, maxCount: 1 }))
      current = resolved.event?.data;
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  if (current !== undefined && canonical(current) === canonical(wanted)) return console.log('Default ACL ($settings) is in place.');
  await client.appendToStream('$settings', jsonEvent({ type: 'update-default-acl', data: wanted }));
  console.log(`Set the default ACL ($settings): user streams are read and written by ${username} only.`);
}

/** Reading or subscribing to `$all` checks the ACL of `$all` (its metadata, `$$$all`), else `$systemStreamAcl`. */
async function ensureAllStreamAcl(client, username) {
  const { metadata = {} } = await client.getStreamMetadata('$all');
  const wanted = { ...metadata, acl: { readRoles: [username] } };
  if (canonical(metadata) === canonical(wanted)) return console.log('ACL of $all is in place.');
  await client.setStreamMetadata('$all', wanted);
  console.log(`Set the ACL of $all: read by ${username}.`);
}

async function drain(read) {
  let count = 0;
  for await (const _event of read) count++;
  return count;
}

/** Signed in as the API's user: `$all` and a user stream can be read. Nothing is written. */
async function checkRights(user) {
  const client = grpc(user);
  try {
    await drain(client.readAll({ maxCount: 1 }));
    try {
      await drain(client.readStream('kurrentdb-init-probe', { maxCount: 1 }));
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    console.log(`Checked: ${user.username} can read $all and user streams.`);
  } finally {
    await client.dispose();
  }
}

async function init() {
  const user = { username: required('GOVERNANCE_LOG_DB_USER'), password: required('GOVERNANCE_LOG_DB_PASSWORD') };
  // The API puts this password in a URL (EVENTSTORE_CONNECTION_STRING) as it is, so it must be
  // valid there; the client percent-decodes it, and so does this script.
  if (!/^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$/.test(user.password))
    throw new Error('GOVERNANCE_LOG_DB_PASSWORD may hold only A-Z a-z 0-9 - . _ ~ and %XX escapes (see .env.example)');
  user.password = decodeURIComponent(user.password);

  await waitForAdmin();
  await ensureUser(user);
  const client = grpc(admin);
  try {
    await ensureDefaultAcl(client, user.username);
    await ensureAllStreamAcl(client, user.username);
  } finally {
    await client.dispose();
  }
  await checkRights(user);
}

async function rotateAdminPassword() {
  await waitForAdmin();
  const next = { username: 'admin', password: required('NEW_KURRENTDB_ADMIN_PASSWORD') };
  answered(await http('POST', '/users/admin/command/reset-password', admin, { newPassword: next.password }), [200], "changing admin's password");
  answered(await http('GET', '/users/$current', next), [200], 'signing in as admin with the new password');
  console.log("Changed admin's password. Now put the new one in .env as KURRENTDB_ADMIN_PASSWORD.");
}

const command = process.argv[2] ?? 'init';
const commands = { init, 'rotate-admin-password': rotateAdminPassword };
if (!commands[command]) {
  console.error(`unknown command "${command}": init or rotate-admin-password`);
  process.exit(2);
}
commands[command]().then(
  () => process.exit(0),
  (error) => {
    console.error(`kurrentdb-init failed: ${error.message}`);
    process.exit(1);
  },
);
