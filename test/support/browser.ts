import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { importHistory } from '../../apps/api/src/history/history-importer';
import { WEB_APP_DIR } from '../../apps/api/src/http/web-app';
import { RunningApi } from './running-api';

/** Debian's Chromium (no browser can be downloaded here); CHROMIUM_PATH for another. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = join(__dirname, '../..');
export const ARTEFACTS = join(root, 'test-artifacts/ui');

/** Builds the web app if there is no build: the browser tests see what `npm start` serves. */
export function webAppBuilt(): void {
  if (existsSync(join(WEB_APP_DIR, 'index.html'))) return;
  const built = spawnSync('npm', ['run', 'build:web'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build:web failed: ${built.stderr}`);
}

/** Chromium, headless; a missing browser fails the test with how to install it (never a skip). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // This machine's network is closed: Chromium's own background connections are turned off.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page (WCAG 2.1 A and AA rules), as `rule: what`
 * lines. axe is added as an inline script, which the app's content security policy refuses: the
 * page must come from `newPage`, whose context bypasses the policy.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  // Runs in the page: `globalThis` is its window (the test's own types have no DOM).
  const violations = await page.evaluate(async () => {
    const inPage = globalThis as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
      document: unknown;
    };
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    const result = await inPage.axe.run(inPage.document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/** A page in Norwegian into which axe can be added (see seriousViolations). */
export const newPage = (browser: Browser): Promise<Page> => browser.newPage({ locale: 'nb-NO', bypassCSP: true });

/** A screenshot of the page as a test artefact. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
}

/**
 * The app on a fresh embedded store with the recorded history imported, and a page in Chromium:
 * made before a spec file's tests, taken down after them. `prepare` records what a spec adds to
 * the history; `issueTokens: false` leaves the access tokens to the spec.
 */
export function browserOnHistory(
  name: string,
  { issueTokens = true, prepare }: { issueTokens?: boolean; prepare?: (api: RunningApi) => Promise<void> } = {},
): { api: RunningApi; page: () => Page } {
  const dir = mkdtempSync(join(tmpdir(), `governance-log-${name}-`));
  const api = new RunningApi(() => ({ EVENT_STORE: 'embedded', EVENT_STORE_PATH: join(dir, `${name}.db`) }));
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    webAppBuilt();
    await api.start({ issueTokens });
    const imported = await importHistory(api.app);
    expect(imported.failures).toEqual([]);
    await prepare?.(api);
    browser = await launchChromium();
    page = await newPage(browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api.app?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    api,
    page: () => {
      if (!page) throw new Error('The browser is not started: browserOnHistory sets it up in beforeAll');
      return page;
    },
  };
}
