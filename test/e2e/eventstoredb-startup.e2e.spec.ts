import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreDbEnv } from '../support/both-stores';
import { AppProcesses, exited, readiness, type AppProcess } from '../support/app-process';
import { EventStoreDbStandIn } from '../eventstoredb-stand-in/stand-in-server';

/**
 * The app started against an EventStoreDB node that is alive but not ready yet (it answers
 * UNAVAILABLE, as a node starting or a cluster electing its leader does): it waits and asks
 * again, and is ready once the node answers, instead of exiting.
 */
const dir = mkdtempSync(join(tmpdir(), 'governance-log-esdb-startup-'));
let standIn: EventStoreDbStandIn;
let app: AppProcess | undefined;

beforeAll(async () => {
  standIn = await EventStoreDbStandIn.start();
});

afterAll(async () => {
  if (app) {
    app.child.kill();
    await exited(app.child);
  }
  await standIn.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('given a node that is not ready, waits and asks again, then becomes ready', async () => {
  standIn.faults.refuseNext = ['unavailable', 'unavailable', 'unavailable'];
  const apps = new AppProcesses(dir, { ...eventStoreDbEnv(standIn.connectionString, dir), IMPORT_HISTORY: 'false' });
  app = await apps.start();
  await readiness(app, (status) => status === 'ready', 60_000);
  expect(standIn.faults.refuseNext).toEqual([]);
  expect(app.stdout()).toMatch(/The event store does not answer yet \(.*\); asking again in 500 ms/);
  expect(app.stdout()).toMatch(/asking again in 1000 ms/);
}, 90_000);
