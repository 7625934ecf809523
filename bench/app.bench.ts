/**
 * `npm run bench -- --events <N> [--json] [--path <store.db>] [--keep]`: the performance
 * targets of issue #11, each ratio with both sides measured in the same run. On a synthetic
 * store (synthetic.ts; made in a temporary directory unless `--path` names one, reused if it
 * exists; `--keep` keeps the directory), it runs the built app (`npm run build` first) as a child
 * process and measures over real HTTP:
 *   - a restart until /health/ready (after one start and stop), and the first GET /strategy after it;
 *   - GET /strategy?at= on random dates (p99), and its requests/s against a plain Fastify server
 *     sending the same bytes (same load: 4 keep-alive connections, 5 s, twice each, alternating);
 *     today's GET /strategy, with no date (p99);
 *   - lineage p99 (goals up to their inputs, change areas down to their goals), and by the size of the answer;
 *   - a write on the 10,000-event goal stream against one on a fresh goal (means, interleaved);
 *   - GET /health requests/s alone and while two clients run GET /audit/verify (and its p99 then);
 *     the first start's one-time verification of the whole log; the app's resident memory at the end;
 * and in this process: batched appends through the EventLog against bare SQLite inserting the
 * same rows, and a full rebuild of the read models against JSON.parse of the same stored events
 * already in memory. With `--json` the last line is one JSON object of the figures. No
 * thresholds: figures.
 */
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, SqliteEventStore, type NewEvent } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { option } from './synthetic-cli';
import { LONG_GOAL, SYNTHETIC_START, writeSyntheticStore } from './synthetic';
import { seededRandom as random } from '../test/support/random';

const MAIN = 'dist/apps/api/apps/api/src/main.js';
const PROJECTIONS = 'dist/apps/api/apps/api/src/projections.js';
const TOKEN = 'dist/apps/api/apps/api/src/token.js';

/** The secretariat's token the bench writes and verifies with (reads of the strategy go as the public). */
let bearer = '';
const NODE_FLAGS = ['--max-semi-space-size=64'];
const DAY = 24 * 60 * 60 * 1000;
/** A lineage answer of at most this many nodes counts as small (the recorded history's largest has 20). */
const SMALL_LINEAGE = 500;

const args = process.argv.slice(2);
const json = args.includes('--json');
const log = (line: string) => console.log(line);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

interface Answer {
  status: number;
  body: string;
  contentType: string;
  ms: number;
}

/** One HTTP request on a keep-alive connection; its status, body and time in ms. Writes and the audit carry the bench's token. */
function http(port: number, method: string, path: string, body?: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(payload || path.startsWith('/audit') ? { authorization: `Bearer ${bearer}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            contentType: String(res.headers['content-type'] ?? ''),
            ms: performance.now() - start,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** An answer that must be a 200, or the bench stops saying what the app answered. */
async function ok(port: number, path: string): Promise<Answer> {
  const answer = await http(port, 'GET', path);
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${answer.body.slice(0, 500)}`);
  return answer;
}

/** Requests per second for `seconds` over `connections` keep-alive connections, each sending its next request when the last is answered. */
async function load(port: number, path: string, seconds = 5, connections = 4): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const { status } = await http(port, 'GET', path);
        if (status !== 200) throw new Error(`${path}: ${status}`);
        done++;
      }
    }),
  );
  return done / seconds;
}

/** Every child this bench started, ended if the bench ends first (an error, Ctrl-C). */
const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));
process.on('SIGINT', () => process.exit(130));

function spawnChild(nodeArgs: string[], env: Record<string, string>, logPath?: string): ChildProcess {
  const out = logPath ? openSync(logPath, 'a') : 'ignore';
  const child = spawn(process.execPath, nodeArgs, { env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  if (typeof out === 'number') closeSync(out);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGINT');
  });
}

interface App {
  child: ChildProcess;
  port: number;
  readyAfterS: number;
}

/** Spawns the built app and polls /health/ready every 20 ms: the time from spawn to the first 200. */
async function startApp(env: Record<string, string>, logPath: string): Promise<App> {
  const port = await freePort();
  const start = performance.now();
  const child = spawnChild([...NODE_FLAGS, MAIN], { ...env, PORT: String(port) }, logPath);
  for (;;) {
    if (child.exitCode !== null) {
      const tail = readFileSync(logPath, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`the app exited with ${child.exitCode}; the end of its log (${logPath}):\n${tail}`);
    }
    try {
      if ((await http(port, 'GET', '/health/ready')).status === 200)
        return { child, port, readyAfterS: (performance.now() - start) / 1000 };
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
}

const rssMb = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

/** The newest modification time of the files under `dir` ending in `ext`. */
function newest(dir: string, ext: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** The app is measured as built: build it if there is no build; say so if the sources are newer than it. */
function checkBuild(): void {
  if (!existsSync(MAIN)) {
    log('No build of the app (dist/): running npm run build');
    const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0 || !existsSync(MAIN)) {
      console.error('npm run build failed; build the app, then run the bench again');
      process.exit(1);
    }
  } else if (Math.max(newest('apps', '.ts'), newest('libs', '.ts')) > newest('dist/apps/api', '.js')) {
    log('Note: apps/ or libs/ changed after the last build; run npm run build to measure the current code');
  }
}

/**
 * EventLog.append in batches of 500 against bare better-sqlite3 inserting the same rows with the
 * same schema and pragmas. Each side first writes `warmUp` events that are not timed, as a
 * running server's append path is warm (the other measures also start after a warm-up).
 */
async function appendBatches(dir: string, count = 100_000, warmUp = 20_000): Promise<{ evS: number; ratio: number }> {
  const path = join(dir, 'append.db');
  const store = new SqliteEventStore(path);
  const eventLog = new EventLog(store, new ManualClock(new Date(SYNTHETIC_START)));
  const batch = (i: number): NewEvent[] =>
    Array.from({ length: 500 }, (_, j) => ({
      type: 'InputsRegistered',
      data: { workshopId: `w-${i}`, inputs: [{ inputId: `i-${i}-${j}`, text: `Innspill ${i}-${j} om bedre samhandling` }] },
      effectiveAt: '2011-01-01',
      source: { document: 'strategiarbeid-presentasjon', locator: 'side 3', basis: 'stated' },
      documentedAt: '2011-01-01',
    }));
  const appendBatch = (i: number) =>
    eventLog.append(`workshop-w-${i}`, batch(i), { expectedRevision: 'no_stream', context: { actor: 'bench' } });
  const batches = (count + warmUp) / 500;
  for (let i = 0; i < warmUp / 500; i++) await appendBatch(i);
  let start = performance.now();
  for (let i = warmUp / 500; i < batches; i++) await appendBatch(i);
  const logSeconds = (performance.now() - start) / 1000;
  await store.close();

  const written = new Database(path, { readonly: true });
  const schema = written
    .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const rows = written
    .prepare('SELECT event_id, stream_id, stream_revision, type, data, metadata FROM events ORDER BY global_position')
    .raw()
    .all() as unknown[][];
  written.close();
  // The adapter's settings and statement, nothing else: what SQLite itself costs for these rows.
  const bare = new Database(join(dir, 'bare.db'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.pragma('busy_timeout = 5000');
  for (const sql of schema) bare.exec(sql);
  const insert = bare.prepare('INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  const insertBatch = bare.transaction((from: number) => {
    for (let i = from; i < Math.min(from + 500, rows.length); i++) insert.run(...rows[i]);
  });
  for (let from = 0; from < warmUp; from += 500) insertBatch(from);
  start = performance.now();
  for (let from = warmUp; from < rows.length; from += 500) insertBatch(from);
  const bareSeconds = (performance.now() - start) / 1000;
  bare.close();
  return { evS: Math.round(count / logSeconds), ratio: round(bareSeconds / logSeconds) };
}

/**
 * How long catching every read model up from zero takes: `npm run projections -- rebuild` (the
 * built app's own command: it forgets what the read models kept and catches them all up from the
 * log, printing its time as its last line). The app must not be running.
 */
function rebuildSeconds(env: Record<string, string>): number {
  const rebuild = spawnSync(process.execPath, [...NODE_FLAGS, PROJECTIONS, 'rebuild'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (rebuild.status !== 0) throw new Error(`projections rebuild failed: ${rebuild.stderr}`);
  const { total_ms } = JSON.parse(rebuild.stdout.trim().split('\n').at(-1)!) as { total_ms: number };
  return total_ms / 1000;
}

/** JSON.parse of the data and metadata of every stored event, the rows already in memory: the floor for a rebuild. */
function parseOnlySeconds(storePath: string): number {
  const db = new Database(storePath, { readonly: true });
  const rows = db.prepare('SELECT data, metadata FROM events ORDER BY global_position').raw().all() as [string, string][];
  db.close();
  const start = performance.now();
  let keys = 0;
  for (const [data, metadata] of rows) keys += Object.keys(JSON.parse(data)).length + Object.keys(JSON.parse(metadata)).length;
  if (keys === 0) throw new Error('nothing parsed');
  return (performance.now() - start) / 1000;
}

async function main(): Promise<void> {
  const events = Number(option(args, 'events') ?? 100_000);
  if (!Number.isInteger(events) || events <= 0) {
    console.error('Usage: npm run bench -- --events <N> [--json] [--path <store.db>] [--keep]');
    process.exit(2);
  }
  checkBuild();
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-bench-'));
  const appLog = join(dir, 'app.log');
  const storePath = option(args, 'path') ?? join(dir, 'synthetic.db');
  const env = { EVENT_STORE_PATH: storePath, IMPORT_HISTORY: 'false' };
  let figures: Record<string, number> | undefined;
  try {
    if (existsSync(storePath) && statSync(storePath).size > 0) {
      log(`store: ${storePath} (reused)`);
    } else {
      const start = performance.now();
      const { written, days } = await writeSyntheticStore(storePath, events);
      log(
        `synthetic store: ${written.toLocaleString('en')} events over ${days} days in ${((performance.now() - start) / 1000).toFixed(1)} s: ${storePath}`,
      );
    }
    const { stored, days } = (() => {
      const db = new Database(storePath, { readonly: true });
      const count = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
      const last = db.prepare("SELECT MAX(json_extract(metadata, '$.effectiveAt')) FROM events").pluck().get() as string;
      db.close();
      return { stored: count, days: Math.floor((Date.parse(last) - SYNTHETIC_START) / DAY) + 1 };
    })();
    const storeMb = Math.round(statSync(storePath).size / 2 ** 20);
    log(`events in the store: ${stored.toLocaleString('en')} (${storeMb} MiB)`);

    const issued = spawnSync(process.execPath, [TOKEN, '--name', 'bench', '--role', 'secretariat'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (issued.status !== 0) throw new Error(`npm run token failed: ${issued.stderr}`);
    bearer = issued.stdout.trim().split('\n').at(-1)!;

    const append = await appendBatches(dir);
    log(`batched append (EventLog, 500 per append): ${append.evS.toLocaleString('en')} ev/s = ${append.ratio} of bare SQLite's speed`);

    const rebuildS = rebuildSeconds(env);
    const parseS = parseOnlySeconds(storePath);
    log(`full rebuild of the read models: ${rebuildS.toFixed(2)} s; JSON.parse of the same events in memory: ${parseS.toFixed(2)} s`);

    // Started once and stopped, so that the measured start is a restart on a store the app has served.
    // The first start verifies the whole log once and keeps its chain (AUDIT_PATH): a one-time cost, reported.
    const firstStart = await startApp(env, appLog);
    log(
      `first start until ready (verifies what the app has not verified before: on a new store file, the whole log, once): ${firstStart.readyAfterS.toFixed(2)} s`,
    );
    await stop(firstStart.child);
    const app = await startApp(env, appLog);
    log(`restart until ready: ${app.readyAfterS.toFixed(2)} s`);
    const date = (d: number) => new Date(SYNTHETIC_START + d * DAY).toISOString().slice(0, 10);
    const middle = `/strategy?at=${date(Math.floor(days / 2))}`;
    const first = await ok(app.port, middle);
    log(`first GET /strategy after ready: ${first.ms.toFixed(1)} ms`);

    const next = random(11);
    const asOf: number[] = [];
    for (let i = 0; i < 550; i++) {
      const { ms } = await ok(app.port, `/strategy?at=${date(Math.floor(next() * days))}`);
      if (i >= 50) asOf.push(ms);
    }
    log(
      `GET /strategy on random dates (after 50 to warm up): p50 ${percentile(asOf, 50).toFixed(2)} ms, p99 ${percentile(asOf, 99).toFixed(2)} ms`,
    );
    // Today's strategy (no date), as API clients ask for it (the web app names its date) and the start makes it.
    const today: number[] = [];
    for (let i = 0; i < 110; i++) {
      const { ms } = await ok(app.port, '/strategy');
      if (i >= 10) today.push(ms);
    }
    log(
      `GET /strategy for today (after 10 to warm up): p50 ${percentile(today, 50).toFixed(2)} ms, p99 ${percentile(today, 99).toFixed(2)} ms`,
    );

    // The same bytes and content type from a plain Fastify route, in a process of its own, under the same load, alternating.
    const plainPort = await freePort();
    const bytesPath = join(dir, 'strategy.json');
    writeFileSync(bytesPath, first.body);
    const plain = spawnChild(
      [
        '-e',
        `const f=require(${JSON.stringify(require.resolve('fastify'))})();` +
          `const b=require('fs').readFileSync(${JSON.stringify(bytesPath)});` +
          `f.get('/strategy',(q,r)=>{r.header('content-type',${JSON.stringify(first.contentType)}).send(b)});` +
          `f.listen({port:${plainPort},host:'127.0.0.1'});`,
      ],
      {},
    );
    while (
      !(await ok(plainPort, middle).then(
        () => true,
        () => false,
      ))
    ) {
      if (plain.exitCode !== null) throw new Error(`the plain Fastify server exited with ${plain.exitCode}`);
      await sleep(20);
    }
    const plainAnswer = await ok(plainPort, middle);
    if (plainAnswer.body !== first.body || plainAnswer.contentType !== first.contentType)
      throw new Error('the plain server sends other bytes');
    const appRps: number[] = [];
    const plainRps: number[] = [];
    for (let i = 0; i < 2; i++) {
      appRps.push(await load(app.port, middle));
      plainRps.push(await load(plainPort, middle));
    }
    await stop(plain);
    const strategyRatio = round(mean(appRps) / mean(plainRps));
    log(`GET /strategy: ${Math.round(mean(appRps))} req/s; plain Fastify, same bytes: ${Math.round(mean(plainRps))} req/s`);

    const strategy = JSON.parse(first.body) as { themes: { goals: { goalId: string }[] }[]; changeAreas: { changeAreaId: string }[] };
    // The long goal's lineage lists its 10,000 wordings: measured once, apart (see below).
    const goalIds = strategy.themes.flatMap((t) => t.goals.map((g) => g.goalId)).filter((id) => id !== LONG_GOAL);
    const areaIds = strategy.changeAreas.map((c) => c.changeAreaId);
    const lineage: number[] = [];
    // Beside each time, the answer's size in nodes: the work a lineage does is per node it answers.
    const sized: { ms: number; nodes: number }[] = [];
    for (let i = 0; i < 330; i++) {
      const path =
        i % 2 === 0
          ? `/goals/${goalIds[Math.floor(next() * goalIds.length)]}/lineage?direction=up`
          : `/change-areas/${areaIds[Math.floor(next() * areaIds.length)]}/lineage`;
      const { ms, body } = await ok(app.port, path);
      if (i < 30) continue;
      lineage.push(ms);
      sized.push({ ms, nodes: (JSON.parse(body) as { nodes: unknown[] }).nodes.length });
    }
    const small = sized.filter((s) => s.nodes <= SMALL_LINEAGE).map((s) => s.ms);
    // For the large answers, the time per 1,000 nodes (a small answer's time is mostly the request's own).
    const perThousandNodes = sized.filter((s) => s.nodes > SMALL_LINEAGE).map((s) => (s.ms / s.nodes) * 1000);
    log(
      `lineage (goals up to their inputs, change areas down to their goals; after 30 to warm up): p50 ${percentile(lineage, 50).toFixed(1)} ms, p99 ${percentile(lineage, 99).toFixed(1)} ms; ` +
        `answers of up to ${SMALL_LINEAGE} nodes (${small.length}): p99 ${percentile(small, 99).toFixed(1)} ms; ` +
        `larger ones, per 1,000 nodes: p50 ${percentile(perThousandNodes, 50).toFixed(1)} ms, p99 ${percentile(perThousandNodes, 99).toFixed(1)} ms; ` +
        `largest answer ${Math.max(...sized.map((s) => s.nodes)).toLocaleString('en')} nodes`,
    );

    const fresh = `g-fresh-${Date.now()}`;
    const drafted = await http(app.port, 'POST', '/goals', {
      goalId: fresh,
      code: '9.8',
      title: 'Nytt mål',
      themeCode: 'aktiv-medvirkning',
      fromChangeAreas: [areaIds[0]],
    });
    if (drafted.status !== 201) throw new Error(`drafting a goal: ${drafted.status} ${drafted.body}`);
    // Interleaved, so that whatever else the process does (GC, the live subscription) falls on both alike.
    const writes = { [LONG_GOAL]: [] as number[], [fresh]: [] as number[] };
    for (let i = 0; i < 220; i++) {
      for (const goalId of [LONG_GOAL, fresh]) {
        const { ms, status, body } = await http(app.port, 'POST', `/goals/${goalId}/rewordings`, {
          title: `Ordlyd ${goalId} ${i} ${next()}`,
        });
        if (status !== 201) throw new Error(`rewording ${goalId}: ${status} ${body}`);
        if (i >= 20) writes[goalId].push(ms);
      }
    }
    const [longMs, freshMs] = [mean(writes[LONG_GOAL]), mean(writes[fresh])];
    log(
      `a write on the goal of 10,000+ events: ${longMs.toFixed(2)} ms; on a fresh goal: ${freshMs.toFixed(2)} ms (means of 200, after 20 to warm up)`,
    );

    // GET /health one after another, with nothing else running, then while two clients verify the whole log.
    const healthBaseline: number[] = [];
    for (const until = performance.now() + 3000; performance.now() < until;) healthBaseline.push((await ok(app.port, '/health')).ms);
    let verifying = 2;
    const verifyStart = performance.now();
    const verifies = [0, 1].map(() => http(app.port, 'GET', '/audit/verify').finally(() => verifying--));
    const health: number[] = [];
    while (verifying > 0) health.push((await ok(app.port, '/health')).ms);
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    for (const verified of await Promise.all(verifies))
      if (verified.status !== 200 || !JSON.parse(verified.body).ok)
        throw new Error(`GET /audit/verify: ${verified.status} ${verified.body.slice(0, 500)}`);
    const [healthRateAlone, healthRateDuringVerify] = [healthBaseline.length / 3, health.length / verifySeconds];
    log(
      `GET /health one after another: ${healthRateAlone.toFixed(0)}/s alone; ${healthRateDuringVerify.toFixed(0)}/s while two clients ` +
        `verified the whole log (${verifySeconds.toFixed(1)} s), p99 ${percentile(health, 99).toFixed(1)} ms`,
    );

    const rss = rssMb(app.child.pid!);
    log(`app resident memory, every read endpoint above served: ${rss} MiB`);

    const longLineage = await ok(app.port, `/goals/${LONG_GOAL}/lineage?direction=up`);
    log(
      `lineage of the goal with 10,000+ wordings, once: ${longLineage.ms.toFixed(0)} ms (${longLineage.body.length.toLocaleString('en')} bytes)`,
    );
    await stop(app.child);

    figures = {
      events: stored,
      restart_ready_s: round(app.readyAfterS),
      first_strategy_after_ready_ms: round(first.ms, 1),
      strategy_http_ratio_vs_fastify: strategyRatio,
      lineage_p99_ms: round(percentile(lineage, 99), 1),
      lineage_p99_ms_small_answers: round(percentile(small, 99), 1),
      lineage_p99_ms_per_1000_nodes_large_answers: round(percentile(perThousandNodes, 99), 1),
      write_slowdown_long_stream: round(longMs / freshMs),
      append_batch_ev_s: append.evS,
      append_batch_ratio_vs_bare_sqlite: append.ratio,
      rebuild_ratio_vs_parse_only: round(parseS / rebuildS),
      health_p99_ms_during_verify: round(percentile(health, 99), 1),
      health_per_s_alone: Math.round(healthRateAlone),
      health_per_s_during_two_verifies: Math.round(healthRateDuringVerify),
      verify_full_s: round(verifySeconds),
      first_start_ready_s: round(firstStart.readyAfterS),
      rss_mb: rss,
      asof_p99_ms: round(percentile(asOf, 99)),
      strategy_today_p99_ms: round(percentile(today, 99)),
      rebuild_s: round(rebuildS),
      lineage_long_goal_ms: Math.round(longLineage.ms),
      store_mb: storeMb,
    };
  } finally {
    agent.destroy();
    await Promise.all([...children].map(stop));
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else log(`kept: ${dir}`);
  }
  if (json) console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
