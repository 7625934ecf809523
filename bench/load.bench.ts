/**
 * `npm run bench:load [-- --seconds 60 --connections 10]`: a bounded load test on loopback. The
 * app runs as `npm start` runs it, in a process of its own, on a new embedded store with the
 * recorded history imported; autocannon runs in this process (one core each) and holds
 * `--connections` keep-alive connections for `--seconds` on each of:
 *   - a read: GET /strategy?at=2022-06-01 as the public (the six goals and where they come from);
 *   - a write: POST /saker/:id/attachments as the secretariat, each with a new attachment name,
 *     all to one sak: one stream, every write a new event.
 * Prints requests/s, latency percentiles and the errors (socket errors, timeouts and non-2xx
 * answers), which should be 0, then checks the log with /audit/verify. No thresholds: figures,
 * for bench/RESULTS.md.
 */
import autocannon, { type Options, type Result } from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcesses, kill9, readiness } from '../test/support/app-process';
import { option } from './synthetic-cli';

const load = (options: Options) => autocannon(options) as unknown as Promise<Result>;

const line = (name: string, r: Result) =>
  `${name.padEnd(6)} ${Math.round(r.requests.average)} req/s, ${r.requests.total} requests; latency p50 ${r.latency.p50} ms, ` +
  `p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
  `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const duration = Number(option(args, 'seconds') ?? 60);
  const connections = Number(option(args, 'connections') ?? 10);
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-load-'));
  const apps = new AppProcesses(dir, { EVENT_STORE_PATH: join(dir, 'load.db'), WRITES_PER_MINUTE: '100000000' });
  const app = await apps.start();
  try {
    await readiness(app, (status) => status === 'ready', 120_000);
    const token = await apps.token('Last Test', 'secretariat');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const post = async (path: string, body: object) => {
      const answer = await fetch(`${app.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
    };
    await post('/bodies', { bodyId: 'last', name: 'Lasttest', effectiveAt: '2030-01-01' });
    await post('/meetings', { bodyId: 'last', number: '1/30', date: '2030-01-10' });
    await post('/saker', { meetingId: 'last-2030-1', number: '1/30', title: 'Lasttest', sakstype: 'orientering' });

    console.log(`load: ${connections} connections, ${duration} s each, loopback (the app in a process of its own)`);
    const read = await load({ url: `${app.url}/strategy?at=2022-06-01`, connections, duration });
    console.log(line('read', read));
    let n = 0;
    const write = await load({
      url: `${app.url}/saker/last-2030-1/attachments`,
      connections,
      duration,
      method: 'POST',
      headers,
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ attachment: { name: `Vedlegg ${++n}`, title: 'Lasttest' } }) }),
        },
      ],
    });
    console.log(line('write', write));
    const verify = (await fetch(`${app.url}/audit/verify`, { headers }).then((r) => r.json())) as { ok: boolean; logEvents: number };
    console.log(`after: /audit/verify ok=${verify.ok}, ${verify.logEvents} events`);
    const figures = (r: Result) => ({
      rps: r.requests.average,
      requests: r.requests.total,
      latency: r.latency,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
    });
    console.log(JSON.stringify({ read: figures(read), write: figures(write), verified: verify.ok, events: verify.logEvents }));
  } finally {
    await kill9(app);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
