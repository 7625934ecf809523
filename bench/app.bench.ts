/**
 * `npm run bench -- --events <N> [--json] [--path <store.db>] [--keep]`: the performance
 * targets of issue #11, each ratio with both sides measured in the same run. On a synthetic
 * store (synthetic.ts; made in a temporary directory unless `--path` names one), it runs the
 * built app (`npm run build` first) as a child process and measures over real HTTP:
 *   - restart until /health/ready, and the first GET /strategy after it;
 *   - GET /strategy?at= against a plain Fastify server sending the same bytes (requests/s, same
 *     load: 4 keep-alive connections), and its p99 on random dates;
 *   - lineage p99; a write on the 10,000-event goal stream against one on a fresh goal;
 *   - GET /health p99 while GET /audit/verify runs; the app's resident memory at the end;
 * and in this process: batched appends through the EventLog against bare SQLite inserting the
 * same rows, and a full rebuild of the read models (`npm run projections -- rebuild`) against
 * JSON.parse of the same stored events already in memory.
 * With `--json` the last line is one JSON object of the figures. No thresholds: figures.
 */
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLog, SqliteEventStore, type NewEvent } from '@app/event-store';
import { ManualClock } from '@app/shared-kernel';
import { option } from './synthetic-cli';
import { LONG_GOAL, SYNTHETIC_START, generateSynthetic } from './synthetic';
import { seededRandom as random } from '../test/support/random';

const MAIN = 'dist/apps/api/apps/api/src/main.js';
const PROJECTIONS = 'dist/apps/api/apps/api/src/projections.js';
const NODE_FLAGS = ['--max-semi-space-size=64'];
const DAY = 24 * 60 * 60 * 1000;

const args = process.argv.slice(2);
const json = args.includes('--json');
const log = (line: string) => console.log(line);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** One HTTP request; its status, body and time in ms. */
function http(port: number, method: string, path: string, body?: unknown): Promise<{ status: number; body: string; ms: number }> {
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
        headers: payload ? { 'content-type': 'application/json', 'x-actor': 'bench', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: performance.now() - start }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Requests per second for `seconds` with `connections` keep-alive connections. */
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

interface App {
  child: ChildProcess;
  port: number;
}

async function startApp(env: Record<string, string>): Promise<App & { readyAfterS: number }> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, MAIN], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
    try {
      if ((await http(port, 'GET', '/health/ready')).status === 200)
        return { child, port, readyAfterS: (performance.now() - start) / 1000 };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function stop({ child }: App): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

const rssMb = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

/** EventLog.append in batches of 500 against bare better-sqlite3 inserting the same rows with the same schema and pragmas. */
async function appendBatches(dir: string, count = 100_000): Promise<{ evS: number; ratio: number }> {
  const path = join(dir, 'append.db');
  const store = new SqliteEventStore(path);
  const eventLog = new EventLog(store, new ManualClock(new Date(SYNTHETIC_START)));
  const batch = (i: number): NewEvent[] =>
    Array.from({ length: 500 }, (_, j) => ({
      type: 'InputsRegistered',
      data: { workshopId: `w-${i}`, inputs: [{ inputId: `i-${i}-${j}`, text: `Innspill ${i}-${j} om bedre samhandling` }] },
      effectiveAt: '2022-02-04',
    }));
  let start = performance.now();
  for (let i = 0; i < count / 500; i++) {
    await eventLog.append(`workshop-w-${i}`, batch(i), { expectedRevision: 'no_stream', context: { actor: 'bench' } });
  }
  const logSeconds = (performance.now() - start) / 1000;
  await store.close();

  const source = new Database(path, { readonly: true });
  const schema = source
    .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const rows = source.prepare('SELECT * FROM events ORDER BY global_position').raw().all() as unknown[][];
  source.close();
  const bare = new Database(join(dir, 'bare.db'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  for (const sql of schema) bare.exec(sql);
  const insert = bare.prepare(`INSERT INTO events VALUES (${rows[0].map(() => '?').join(', ')})`);
  const insertBatch = bare.transaction((from: number) => {
    for (const row of rows.slice(from, from + 500)) insert.run(...row);
  });
  start = performance.now();
  for (let from = 0; from < rows.length; from += 500) insertBatch(from);
  const bareSeconds = (performance.now() - start) / 1000;
  bare.close();
  return { evS: Math.round(count / logSeconds), ratio: round(bareSeconds / logSeconds) };
}

/** A full rebuild of every read model from the store, against JSON.parse of the same stored events already in memory. */
function rebuildAgainstParse(env: Record<string, string>, storePath: string): { rebuildS: number; parseS: number } {
  const rebuild = spawnSync(process.execPath, [...NODE_FLAGS, PROJECTIONS, 'rebuild'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (rebuild.status !== 0) throw new Error(`projections rebuild failed: ${rebuild.stderr}`);
  const { total_ms } = JSON.parse(rebuild.stdout.trim().split('\n').at(-1)!) as { total_ms: number };
  const db = new Database(storePath, { readonly: true });
  const rows = db.prepare('SELECT data, metadata FROM events ORDER BY global_position').raw().all() as [string, string][];
  db.close();
  const start = performance.now();
  let keys = 0;
  for (const [data, metadata] of rows) keys += Object.keys(JSON.parse(data)).length + Object.keys(JSON.parse(metadata)).length;
  if (keys === 0) throw new Error('nothing parsed');
  return { rebuildS: total_ms / 1000, parseS: (performance.now() - start) / 1000 };
}

async function main(): Promise<void> {
  const events = Number(option(args, 'events') ?? 100_000);
  if (!existsSync(MAIN)) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-bench-'));
  const storePath = option(args, 'path') ?? join(dir, 'synthetic.db');
  const env = { EVENT_STORE_PATH: storePath, IMPORT_HISTORY: 'false' };
  try {
    let days: number;
    if (existsSync(storePath)) {
      const db = new Database(storePath, { readonly: true });
      const last = db
        .prepare("SELECT json_extract(metadata, '$.effectiveAt') FROM events ORDER BY global_position DESC LIMIT 1")
        .pluck()
        .get();
      days = Math.floor((Date.parse(String(last)) - SYNTHETIC_START) / DAY) + 1;
      db.close();
      log(`store: ${storePath}`);
    } else {
      const clock = new ManualClock(new Date(SYNTHETIC_START));
      const store = new SqliteEventStore(storePath);
      const start = performance.now();
      ({ days } = await generateSynthetic(new EventLog(store, clock), clock, events));
      await store.close();
      log(
        `synthetic store: ${events.toLocaleString('en')} events over ${days} days in ${((performance.now() - start) / 1000).toFixed(1)} s`,
      );
    }
    const stored = (() => {
      const db = new Database(storePath, { readonly: true });
      const n = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
      db.close();
      return n;
    })();

    const append = await appendBatches(dir);
    log(`batched append (EventLog, 500 per append): ${append.evS.toLocaleString('en')} ev/s = ${append.ratio} of bare SQLite`);

    const { rebuildS, parseS } = rebuildAgainstParse(env, storePath);
    log(`full rebuild of the read models: ${rebuildS.toFixed(2)} s; JSON.parse of the same events in memory: ${parseS.toFixed(2)} s`);

    // The rebuild left every projection kept: this start is a restart.
    const app = await startApp(env);
    log(`restart until ready: ${app.readyAfterS.toFixed(2)} s`);
    const date = (d: number) => new Date(SYNTHETIC_START + d * DAY).toISOString().slice(0, 10);
    const middle = date(Math.floor(days / 2));
    const first = await http(app.port, 'GET', `/strategy?at=${middle}`);
    log(`first GET /strategy after ready: ${first.ms.toFixed(1)} ms (${first.status})`);

    const next = random(11);
    const asOf: number[] = [];
    for (let i = 0; i < 550; i++) {
      const { ms, status } = await http(app.port, 'GET', `/strategy?at=${date(Math.floor(next() * days))}`);
      if (status !== 200) throw new Error(`GET /strategy: ${status}`);
      if (i >= 50) asOf.push(ms);
    }
    log(`GET /strategy on random dates: p50 ${percentile(asOf, 50).toFixed(2)} ms, p99 ${percentile(asOf, 99).toFixed(2)} ms`);

    // The same bytes from a plain Fastify route, as a separate process, under the same load, alternating.
    const plainPort = await freePort();
    const bytesPath = join(dir, 'strategy.json');
    writeFileSync(bytesPath, first.body);
    const plain = spawn(
      process.execPath,
      [
        '-e',
        `const f=require(${JSON.stringify(require.resolve('fastify'))})();const b=require('fs').readFileSync(${JSON.stringify(bytesPath)});` +
          `f.get('/strategy',(q,r)=>{r.header('content-type','application/json; charset=utf-8').send(b)});f.listen({port:${plainPort},host:'127.0.0.1'});`,
      ],
      { stdio: 'ignore' },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const appRps: number[] = [];
    const plainRps: number[] = [];
    for (let i = 0; i < 2; i++) {
      appRps.push(await load(app.port, `/strategy?at=${middle}`));
      plainRps.push(await load(plainPort, '/strategy'));
    }
    plain.kill();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const strategyRatio = round(mean(appRps) / mean(plainRps));
    log(`GET /strategy: ${Math.round(mean(appRps))} req/s; plain Fastify, same bytes: ${Math.round(mean(plainRps))} req/s`);

    const strategy = JSON.parse(first.body) as { themes: { goals: { goalId: string }[] }[]; changeAreas: { changeAreaId: string }[] };
    const goalIds = strategy.themes.flatMap((t) => t.goals.map((g) => g.goalId)).filter((id) => id !== LONG_GOAL);
    const areaIds = strategy.changeAreas.map((c) => c.changeAreaId);
    const lineage: number[] = [];
    for (let i = 0; i < 330; i++) {
      const path =
        i % 2 === 0
          ? `/goals/${goalIds[Math.floor(next() * goalIds.length)]}/lineage?direction=up`
          : `/change-areas/${areaIds[Math.floor(next() * areaIds.length)]}/lineage?direction=up`;
      const { ms, status } = await http(app.port, 'GET', path);
      if (status !== 200) throw new Error(`${path}: ${status}`);
      if (i >= 30) lineage.push(ms);
    }
    log(
      `lineage (goals and change areas, up to the inputs): p50 ${percentile(lineage, 50).toFixed(1)} ms, p99 ${percentile(lineage, 99).toFixed(1)} ms`,
    );

    const write = async (goalId: string, n: number) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const { ms, status } = await http(app.port, 'POST', `/goals/${goalId}/rewordings`, { title: `Ordlyd ${goalId} ${i} ${next()}` });
        if (status !== 201) throw new Error(`rewording ${goalId}: ${status}`);
        times.push(ms);
      }
      return percentile(times, 50);
    };
    const fresh = `g-fresh-${Date.now()}`;
    const drafted = await http(app.port, 'POST', '/goals', {
      goalId: fresh,
      code: '9.8',
      title: 'Nytt mål',
      themeCode: 'aktiv-medvirkning',
      fromChangeAreas: [areaIds[0]],
    });
    if (drafted.status !== 201) throw new Error(`drafting a goal: ${drafted.status} ${drafted.body}`);
    await write(LONG_GOAL, 20);
    await write(fresh, 20);
    const [longMs, freshMs] = [await write(LONG_GOAL, 200), await write(fresh, 200)];
    log(
      `a write on the goal of ${(10_000).toLocaleString('en')}+ events: ${longMs.toFixed(2)} ms; on a fresh goal: ${freshMs.toFixed(2)} ms (medians)`,
    );

    let verifying = true;
    const verify = http(app.port, 'GET', '/audit/verify').finally(() => (verifying = false));
    const health: number[] = [];
    while (verifying) {
      health.push((await http(app.port, 'GET', '/health')).ms);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const verified = await verify;
    log(
      `GET /health while /audit/verify ran (${(verified.ms / 1000).toFixed(1)} s, ${health.length} probes): p99 ${percentile(health, 99).toFixed(1)} ms`,
    );

    const rss = rssMb(app.child.pid!);
    log(`app resident memory, every read model warm: ${rss} MiB`);
    await stop(app);

    const figures = {
      events: stored,
      restart_ready_s: round(app.readyAfterS),
      first_strategy_after_ready_ms: round(first.ms, 1),
      strategy_http_ratio_vs_fastify: strategyRatio,
      lineage_p99_ms: round(percentile(lineage, 99), 1),
      write_slowdown_long_stream: round(longMs / freshMs),
      append_batch_ev_s: append.evS,
      append_batch_ratio_vs_bare_sqlite: append.ratio,
      rebuild_ratio_vs_parse_only: round(parseS / rebuildS),
      rebuild_s: round(rebuildS),
      health_p99_ms_during_verify: round(percentile(health, 99), 1),
      rss_mb: rss,
      asof_p99_ms: round(percentile(asOf, 99)),
    };
    if (json) console.log(JSON.stringify(figures));
  } finally {
    agent.destroy();
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else log(`kept: ${dir}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
