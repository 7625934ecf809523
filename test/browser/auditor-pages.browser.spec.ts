import type { Page } from 'playwright-core';
import { browserOnHistory, screenshot, seriousViolations } from '../support/browser';

/**
 * The auditor's journey in a real browser, on the recorded history: the strategy moved through
 * time with the date field and its slider (28 draft goals on 04.02.2022, 6 goals after the
 * adjusted proposal), an impossible date refused in Norwegian, the funnel as a flow whose steps
 * open their lists, a goal's lineage as a graph with interpretations dashed, and the changes
 * between two dates in words; signed in, the strategy as it was known on a date, and the log with
 * its verification.
 */

/** Not in the recorded history: a rewording of Mål 5 recorded here, to show a wording's reason and deciding sak. */
const REWORDING = {
  title: 'HELHETLIG OG SIKKER DIGITAL SAMHANDLING',
  reason: 'Språklig bearbeidet (testdata)',
  effectiveAt: '2022-05-01',
  decidedIn: 'nehs-2022-2',
  source: { document: 'nehs-2022-1-saksdokument', basis: 'stated', locator: 'Sak 2/22 (testdata)' },
};

let auditorToken: string;
const ui = browserOnHistory('ui-auditor', {
  prepare: async (api) => {
    expect((await api.post('/goals/mal-5/rewordings', REWORDING)).status).toBe(201);
    auditorToken = await api.issue('Ola Revisor', 'auditor');
  },
});
const { api } = ui;
let page: Page;
beforeAll(() => {
  page = ui.page();
});

const slider = () => page.getByRole('slider', { name: 'Tidslinje' });
const dateField = () => page.getByLabel('Vis strategien slik den sto på dato');

/** Moves the slider with the keyboard, a day a key, to `date` (YYYY-MM-DD), until the field shows it as dd.mm.åååå. */
async function slideTo(date: string) {
  const target = (Date.parse(date) - Date.parse('2021-01-01')) / 86_400_000;
  const day = Number(await slider().inputValue());
  for (let i = 0; i < Math.abs(target - day); i++) await slider().press(target > day ? 'ArrowRight' : 'ArrowLeft');
  const shown = date.split('-').reverse().join('.');
  await page.waitForFunction(`document.getElementById('at').value === '${shown}'`);
}

it('moves through time with the slider: 28 draft goals on 04.02.2022, 6 goals after the adjusted proposal', async () => {
  await page.goto(`${api.url}/ui/strategy?at=2022-01-20`);
  await expect(dateField().inputValue()).resolves.toBe('20.01.2022');
  await expect(slider().getAttribute('aria-valuetext')).resolves.toBe('20.01.2022');
  await page.getByTestId('draft-goals').getByText('0', { exact: true }).waitFor();

  await slideTo('2022-02-04');
  await page.getByTestId('draft-goals').getByText('28').waitFor();
  await expect(page.locator('.goals li').count()).resolves.toBe(28);
  expect(new URL(page.url()).searchParams.get('at')).toBe('2022-02-04');

  await slideTo('2022-03-22');
  await page.getByTestId('prioritised-goals').getByText('6').waitFor();
  await expect(page.locator('.goals li').count()).resolves.toBe(6);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Strategien per 22.03.2022');
  await screenshot(page, 'auditor-strategy-slider-2022-03-22');
  expect(await seriousViolations(page)).toEqual([]);
});

it('takes a date typed as dd.mm.åååå, and refuses an impossible one in Norwegian next to the field', async () => {
  await dateField().fill('04.02.2022');
  await page.getByTestId('draft-goals').getByText('28').waitFor();
  expect(new URL(page.url()).searchParams.get('at')).toBe('2022-02-04');
  await expect(slider().getAttribute('aria-valuetext')).resolves.toBe('04.02.2022');

  await dateField().fill('31.02.2022');
  await dateField().press('Enter');
  const error = page.locator('#at-error');
  await expect(error.innerText()).resolves.toBe(
    '«31.02.2022» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 04.02.2022.',
  );
  await expect(dateField().getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(dateField().getAttribute('aria-describedby')).resolves.toContain('at-error');
  // The refused date changes nothing: the strategy and the address stay on the last good date.
  expect(new URL(page.url()).searchParams.get('at')).toBe('2022-02-04');
  await screenshot(page, 'auditor-strategy-impossible-date');
  expect(await seriousViolations(page)).toEqual([]);

  await dateField().fill('2022-06-01');
  await page.getByTestId('prioritised-goals').getByText('6').waitFor();
  await expect(error.count()).resolves.toBe(0);
});

it('draws the funnel as a flow, unknown counts said as such, each step opening its list', async () => {
  await page.goto(`${api.url}/ui/strategy?at=2022-02-04`);
  const funnel = page.locator('.funnel');
  await page.getByTestId('draft-goals').getByText('28').waitFor();
  await expect(funnel.innerText()).resolves.toMatch(
    /400\s+innspill fra 10 arbeidsmøter\s+26\s+endringsområder\s+28\s+utkast til mål\s+0\s+prioriterte mål/,
  );
  await expect(funnel.locator('svg.band').count()).resolves.toBe(3);
  // Change areas formed from a workshop's total: how many inputs each rests on is unknown, not 0.
  await expect(page.locator('.change-areas li').first().innerText()).resolves.toContain('antall innspill: ukjent');
  // A step with nothing in it has nothing to open.
  await expect(page.getByTestId('prioritised-goals').getByRole('link').count()).resolves.toBe(0);

  await page.getByRole('link', { name: '28 utkast til mål' }).click();
  expect(new URL(page.url()).hash).toBe('#utkast-til-mal');
  await expect(page.locator('#utkast-til-mal .goals li').count()).resolves.toBe(28);
  await page.getByRole('link', { name: /26\s+endringsområder/ }).press('Enter');
  expect(new URL(page.url()).hash).toBe('#endringsomrader');
  await expect(page.locator('#endringsomrader .change-areas li').count()).resolves.toBe(26);
  expect(new URL(page.url()).searchParams.get('at')).toBe('2022-02-04');
  await screenshot(page, 'auditor-strategy-flow');
});

it('draws Mål 5’s lineage up and down as a graph, interpretations dashed and named in the legend, beside the list', async () => {
  await page.goto(`${api.url}/ui/goals/mal-5?at=2022-06-01`);
  await page.getByRole('heading', { level: 1, name: `Mål 5: ${REWORDING.title}` }).waitFor();
  const graph = page.locator('.lineage-graph');
  // The inputs, 4 change areas, 4 draft goals, the wording before the rewording, and Mål 5.
  await expect(graph.locator('.node').count()).resolves.toBe(11);
  await expect(graph.locator('.node.goal-wording').textContent()).resolves.toBe('Tidligere ordlyd HELHETLIG DIGITAL SAMHANDLING');
  await expect(graph.getByRole('link', { name: `Mål 5 ${REWORDING.title}` }).getAttribute('aria-current')).resolves.toBe('page');
  // Runs in the page: `globalThis` is its window (the test's own types have no DOM).
  const dashes = (basis: string) =>
    graph.locator(`path.edge.${basis}`).evaluateAll((paths) => {
      const inPage = globalThis as unknown as { getComputedStyle(element: unknown): { strokeDasharray: string } };
      return paths.map((path) => inPage.getComputedStyle(path).strokeDasharray);
    });
  const interpreted = await dashes('interpreted');
  expect(interpreted.length).toBeGreaterThan(0);
  for (const dash of interpreted) expect(dash).not.toBe('none');
  for (const dash of await dashes('stated')) expect(dash).toBe('none');
  await expect(graph.locator('.graph-legend').innerText()).resolves.toContain('Stiplet linje: Tolkning');
  // The list says the same link by link, with each link's source.
  await expect(page.locator('.lineage li.interpreted summary').first().innerText()).resolves.toBe('Tolkning');

  // Each wording with its date, reason, deciding sak and source.
  const rewording = page.locator('.timeline li', { hasText: 'Omformulert' });
  await expect(rewording.innerText()).resolves.toContain(`01.05.2022 Omformulert «${REWORDING.title}» – begrunnelse: ${REWORDING.reason}`);
  await expect(rewording.getByRole('link', { name: 'sak 2/22' }).getAttribute('href')).resolves.toBe(
    '/ui/meetings/nehs-2022-1#sak-nehs-2022-2',
  );
  await screenshot(page, 'auditor-goal-mal-5-graph');
  expect(await seriousViolations(page)).toEqual([]);

  await graph.getByRole('link', { name: /^Mål 2\.1 / }).click();
  await page.getByRole('heading', { level: 1, name: /^Mål 2\.1:/ }).waitFor();
  // Down from 2.1 too: the goal it was merged into stands in its graph.
  await expect(
    page
      .locator('.lineage-graph')
      .getByRole('link', { name: `Mål 5 ${REWORDING.title}` })
      .count(),
  ).resolves.toBe(1);
  await expect(page.locator('.timeline').innerText()).resolves.toContain('Slått sammen inn i Mål 5');
});

it('says what changed between 04.02.2022 and 01.06.2022 in words, each goal linked, each source on demand', async () => {
  await page.goto(`${api.url}/ui/diff`);
  await page.getByRole('heading', { level: 1, name: 'Endringer i målene fra 04.02.2022 til 01.06.2022' }).waitFor();
  const summary = page.locator('.diff-summary');
  await summary.getByText('Slått sammen: 28').waitFor();
  await expect(summary.innerText()).resolves.toMatch(/Nytt: 6\s+Omformulert: 0\s+Slått sammen: 28\s+Delt: 0\s+Avviklet: 0/);
  const merged = page.locator('#slatt-sammen li');
  await expect(merged.count()).resolves.toBe(28);
  await expect(merged.first().innerText()).resolves.toMatch(
    /^Mål 1\.1 «Tilpasse løsninger og informasjon til innbyggers kompetanse» ble slått sammen inn i Mål 3 «AKTIV MEDVIRKNING»/,
  );
  await expect(merged.first().getByRole('link').first().getAttribute('href')).resolves.toBe('/ui/goals/mal-1-1?at=2022-02-04');
  await merged.first().locator('summary', { hasText: 'Tolkning' }).click();
  await expect(merged.first().locator('.note').innerText()).resolves.toContain('No source states which draft goal went into which');
  expect(new URL(page.url()).search).toBe('?from=2022-02-04&to=2022-06-01');
  await screenshot(page, 'auditor-diff-2022-02-04-2022-06-01');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Fra dato', { exact: true }).fill('01.04.2022');
  await page.locator('#omformulert li').first().waitFor();
  await expect(page.locator('#omformulert li').first().innerText()).resolves.toContain(
    `Mål 5 «${REWORDING.title}» het før «HELHETLIG DIGITAL SAMHANDLING»`,
  );
  await page.locator('#omformulert').getByRole('link', { name: 'sak 2/22' }).waitFor();
  expect(new URL(page.url()).searchParams.get('from')).toBe('2022-04-01');
});

it('signed in, an auditor reads the strategy as it was known on a date: the 28 draft goals were not documented on 03.02.2022', async () => {
  await page.goto(`${api.url}/ui/strategy?at=2022-02-10`);
  // Once the page has read the strategy, the public is not offered "as known at".
  await page.getByTestId('draft-goals').getByText('28').waitFor();
  await expect(page.getByLabel('Slik det var kjent per').count()).resolves.toBe(0);
  await page.getByRole('link', { name: 'Logg inn' }).click();
  await page.getByLabel(/^Tilgangsnøkkel/).fill(auditorToken);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(/\/ui\/strategy\?at=2022-02-10$/);
  await page.getByTestId('draft-goals').getByText('28').waitFor();

  const knownAt = page.getByLabel('Slik det var kjent per');
  await knownAt.fill('31.02.2022');
  await knownAt.press('Enter');
  await page.getByText('«31.02.2022» er ikke en gyldig dato', { exact: false }).waitFor();
  await knownAt.fill('03.02.2022');
  await knownAt.press('Enter');
  await page.getByText('Viser det som var kjent per 03.02.2022: senere registreringer er ikke med.').waitFor();
  // The vedlegg with the draft goals is dated 04.02.2022: on the 3rd no one knew them.
  await page.getByTestId('draft-goals').getByText('0').waitFor();
  expect(new URL(page.url()).searchParams.get('knownAt')).toBe('2022-02-03');
  await screenshot(page, 'auditor-strategy-known-at');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Loggen' }).click();
  await page.getByTestId('verification').filter({ hasText: 'Uendret' }).waitFor();
  await expect(page.locator('.events tbody tr').count()).resolves.toBeGreaterThan(0);
  await screenshot(page, 'auditor-events');
  expect(await seriousViolations(page)).toEqual([]);
});
