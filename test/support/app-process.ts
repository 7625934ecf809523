/**
 * The app as `npm start` runs it, in a process of its own, for the tests that kill it (kill -9)
 * and start it again on the same store.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const root = join(__dirname, '../..');

/** A started app: its process, where it listens, and the tail of what it wrote to stderr (for a failure's message). */
export interface AppProcess {
  child: ChildProcess;
  url: string;
  /** The last 64,000 characters it wrote to stderr (errors), and to stdout (its log). */
  stderr: () => string;
  stdout: () => string;
}

/**
 * Starts the app (and its CLIs) from its sources, transpiled into `dir` at the first start as ts-node's
 * transpile-only mode would transpile them at each start: the same code, started in about 2 s rather than 5.
 */
export class AppProcesses {
  private built: string | undefined;

  constructor(
    private readonly dir: string,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<AppProcess> {
    // A port free a moment ago: the app is told its port, and says it nowhere we could read.
    const port = await freePort();
    const child = spawn(process.execPath, this.nodeArgs('main'), {
      cwd: root,
      env: { ...this.processEnv(), PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-64_000)));
    child.stdout!.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-64_000)));
    return { child, url: `http://127.0.0.1:${port}`, stderr: () => stderr, stdout: () => stdout };
  }

  /** A new API token from `npm run token`, as its last line of output (it writes to the store itself). */
  async token(holder: string, role: string): Promise<string> {
    const { stdout } = await promisify(execFile)(process.execPath, [...this.nodeArgs('token'), '--name', holder, '--role', role], {
      cwd: root,
      env: this.processEnv(),
    });
    return stdout.trim().split('\n').at(-1)!;
  }

  private build(): string {
    return (this.built ??= transpileApp(join(this.dir, 'app')));
  }

  private nodeArgs(script: 'main' | 'token'): string[] {
    return ['-r', 'tsconfig-paths/register', join(this.build(), `apps/api/src/${script}.js`)];
  }

  private processEnv(): NodeJS.ProcessEnv {
    // The transpiled files live outside the repository: the path aliases and the packages are found from there.
    const paths = { TS_NODE_PROJECT: join(root, 'tsconfig.json'), TS_NODE_BASEURL: this.build(), NODE_PATH: join(root, 'node_modules') };
    return { ...process.env, ...paths, NO_COLOR: '1', ...this.env };
  }
}

/**
 * Transpiles apps/ and libs/ (not their tests) into `into`, each file on its own, with the
 * repository's tsconfig; the JSON their sources import (the OpenAPI answers' schemas) goes along.
 */
function transpileApp(into: string): string {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const compilerOptions = { ...ts.parseJsonConfigFileContent(config, ts.sys, root).options, sourceMap: false };
  for (const folder of ['apps', 'libs'])
    for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      const source = join(root, folder, file);
      if (file.endsWith('.json') && file.includes('src/')) {
        mkdirSync(dirname(join(into, folder, file)), { recursive: true });
        copyFileSync(source, join(into, folder, file));
      }
      if (!file.endsWith('.ts') || file.endsWith('.spec.ts') || file.endsWith('.d.ts')) continue;
      const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions, fileName: source });
      const target = join(into, folder, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
  return into;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
  });
}

/**
 * Polls /health/ready; the statuses it said, until `until` says stop. Fails at once if the app
 * exits instead (with what it wrote to stderr), and after `timeoutMs` if it never settles.
 */
export async function readiness(app: AppProcess, until: (status: string) => boolean, timeoutMs = 60_000): Promise<string[]> {
  const seen: string[] = [];
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 25))) {
    if (app.child.exitCode !== null || app.child.signalCode !== null)
      throw new Error(`the app exited (${app.child.exitCode ?? app.child.signalCode}) before it was ready: ${app.stderr()}`);
    const status = await fetch(`${app.url}/health/ready`)
      .then(async (r) => (await r.json()) as { status?: string; details?: { status?: string } })
      .then((b) => b.status ?? b.details?.status ?? 'unknown')
      .catch(() => undefined);
    if (status === undefined) continue;
    if (seen.at(-1) !== status) seen.push(status);
    if (until(status)) return seen;
  }
  throw new Error(`readiness did not settle: ${seen.join(', ')}; stderr: ${app.stderr()}`);
}

export const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** kill -9, and wait until the process is gone (so that its store file is as it left it). */
export async function kill9(app: AppProcess): Promise<void> {
  app.child.kill('SIGKILL');
  await exited(app.child);
}
