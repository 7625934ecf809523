import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteEventStore } from './sqlite-event-store';

const root = resolve(__dirname, '../../../../..');
const child = join(root, 'test/support/append-loop.ts');

/** Runs the append loop in a child process and SIGKILLs it after `acks` acknowledged appends. */
function appendUntilKilled(path: string, runId: string, acks: number): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', child, path, runId], {
      cwd: root,
      env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: string[] = [];
    let buffered = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acknowledged.push(...line.slice(4).split(' '));
      if (acknowledged.length >= acks * 2 && proc.exitCode === null && !proc.killed) proc.kill('SIGKILL');
    });
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(acknowledged);
      else reject(new Error(`append loop exited by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('embedded store durability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'governance-log-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in WAL mode with synchronous=FULL, so an acknowledged commit is on disk', async () => {
    const store = new SqliteEventStore(join(dir, 'settings.db'));
    expect(store.durabilitySettings()).toEqual({ journalMode: 'wal', synchronous: 2 });
    await store.close();
  });

  // A SIGKILL checks atomicity and that acknowledged appends are committed; it cannot cut the
  // power, which is what synchronous=FULL (checked above) is for.
  it('keeps every acknowledged append across repeated kill -9 and opens cleanly each time', async () => {
    const path = join(dir, 'store.db');
    let expectedTotal = 0;
    for (const run of ['1', '2', '3']) {
      const acknowledged = await appendUntilKilled(path, run, 300);
      expect(acknowledged.length).toBeGreaterThanOrEqual(600);

      const store = new SqliteEventStore(path);
      try {
        expect(store.integrityCheck()).toBe('ok');
        const stored = new Set((await store.readAll()).map((e) => e.id));
        const lost = acknowledged.filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
        // Appends are atomic: whatever else survived the kill came in whole pairs.
        expect(stored.size % 2).toBe(0);
        expect(stored.size).toBeGreaterThanOrEqual(expectedTotal + acknowledged.length);
        expectedTotal = stored.size;
      } finally {
        await store.close();
      }
    }
  });
});
