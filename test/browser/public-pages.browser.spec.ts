import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { WEB_APP_DIR } from '../../apps/api/src/http/web-app';
import { browserOnHistory, screenshot, seriousViolations } from '../support/browser';

/**
 * The web app in a real browser, on the recorded history, as the public sees it (the auditor's
 * journey so far): the strategy on a date, moved across the adjusted proposal (28 draft goals
 * become 6 prioritised goals), then Mål 5 and where it comes from, down to the workshops' inputs;
 * the vedtak register, searched and filtered; Riksrevisjonen's findings and their follow-up.
 */
const ui = browserOnHistory('ui-public');
const { api } = ui;
let page: Page;
beforeAll(() => {
  page = ui.page();
});

it('shows the strategy on 04.02.2022 in Norwegian: 400 inputs, 26 change areas, 28 draft goals', async () => {
  await page.goto(`${api.url}/ui/strategy?at=2022-02-04`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Strategien per 04.02.2022');
  await page.getByTestId('draft-goals').getByText('28').waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nb');
  await expect(page.locator('.funnel').innerText()).resolves.toMatch(/400\s+innspill fra 10 arbeidsmøter/);
  await expect(page.locator('.goals li').count()).resolves.toBe(28);
  await screenshot(page, 'strategy-2022-02-04');
  expect(await seriousViolations(page)).toEqual([]);
});

it('moved to 01.06.2022 with the date field, shows the 6 prioritised goals, and the address cites the date', async () => {
  await page.getByLabel('Vis strategien slik den sto på dato').fill('2022-06-01');
  await page.getByTestId('prioritised-goals').getByText('6').waitFor();
  await expect(page.locator('.goals li').count()).resolves.toBe(6);
  expect(new URL(page.url()).searchParams.get('at')).toBe('2022-06-01');
  await screenshot(page, 'strategy-2022-06-01');
  expect(await seriousViolations(page)).toEqual([]);
});

it('opens Mål 5 from the goals and follows where it comes from down to the 400 inputs, interpretations marked as such', async () => {
  await page.getByRole('link', { name: /Mål 5 HELHETLIG DIGITAL SAMHANDLING/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mål 5: HELHETLIG DIGITAL SAMHANDLING' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/ui/goals/mal-5');
  const origins = page.locator('.lineage');
  await expect(origins.innerText()).resolves.toContain('400 innspill fra 10 arbeidsmøter i november 2021');
  await expect(origins.getByRole('link', { name: /Mål 2\.1/ }).count()).resolves.toBeGreaterThan(0);
  // Which draft goal went into Mål 5 is the recorder's reading of the adjusted proposal, not its words.
  await expect(page.locator('.lineage li.interpreted').count()).resolves.toBeGreaterThan(0);
  await expect(page.locator('.lineage li.interpreted summary').first().innerText()).resolves.toBe('Tolkning');
  await expect(page.locator('.timeline').innerText()).resolves.toContain('Utkast');
  await screenshot(page, 'goal-mal-5');
  expect(await seriousViolations(page)).toEqual([]);
  await origins
    .getByRole('link', { name: /Mål 2\.1/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /^Mål 2\.1:/ }).waitFor();
  await expect(page.locator('.lineage').innerText()).resolves.toContain('Endringsområdet Pasientinformasjon');
});

it('the vedtak register: searched and filtered, the filters in the address, each vedtak with its source', async () => {
  await page.getByRole('link', { name: 'Vedtak', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Vedtaksregister' }).waitFor();
  const all = Number(/av (\d+) vedtak/.exec((await page.getByTestId('count').innerText()) ?? '')?.[1]);
  expect(all).toBeGreaterThanOrEqual(3);
  await page.getByLabel('År').fill('2021');
  await page.getByLabel('År').press('Tab');
  await page.getByLabel('Søk i sak, tittel og vedtak').fill('visjon');
  await page.getByRole('rowheader', { name: '40/21' }).waitFor();
  const rows = page.locator('.register tbody tr');
  for (const text of await rows.allInnerTexts()) expect(text.toLocaleLowerCase('nb')).toContain('visjon');
  await expect(rows.first().innerText()).resolves.toContain('09.12.2021');
  const address = new URL(page.url()).searchParams;
  expect([address.get('q'), address.get('year')]).toEqual(['visjon', '2021']);
  await screenshot(page, 'decisions-2021-visjon');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Sakstype').selectOption('orientering');
  // No orientering sak on 2021's register mentions the vision: the register says so, nothing shown.
  await page
    .getByTestId('count')
    .filter({ hasText: /^0 av \d+ vedtak$/ })
    .waitFor();
  await expect(page.locator('.register').count()).resolves.toBe(0);
});

it('Riksrevisjonen’s findings on 20.10.2021: the gaps first, an unreported status said to be unknown, a passed deadline in words', async () => {
  await page.goto(`${api.url}/ui/findings?at=2021-10-20`);
  await page.getByRole('heading', { level: 1, name: 'Riksrevisjonens funn og oppfølgingen per 20.10.2021' }).waitFor();
  const gaps = page.locator('.gaps');
  await gaps.getByText('Helse- og omsorgsdepartementet ikke har fulgt opp', { exact: false }).waitFor();
  await expect(gaps.innerText()).resolves.toContain(
    'Styringsmodellen skal evalueres og videreutvikles. – frist 15.10.2021, status: Ukjent',
  );
  await expect(page.locator('.finding li.gap').first().innerText()).resolves.toContain('frist passert');
  await screenshot(page, 'findings-2021-10-20');
  expect(await seriousViolations(page)).toEqual([]);
});

it('an unknown page under /ui/ says so, in Norwegian, with a way back', async () => {
  await page.goto(`${api.url}/ui/finnes-ikke`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Fant ikke siden');
  await expect(page.getByRole('link', { name: 'Til strategien' }).count()).resolves.toBe(1);
});

it('keeps the first load within its budget: at most 250 KB of compressed JavaScript', () => {
  const assets = join(WEB_APP_DIR, 'assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const compressed = scripts.reduce((bytes, file) => bytes + gzipSync(readFileSync(join(assets, file))).length, 0);
  expect(compressed).toBeLessThanOrEqual(250 * 1024);
});
