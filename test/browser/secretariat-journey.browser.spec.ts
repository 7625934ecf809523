import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTEFACTS, browserOnHistory, screenshot, seriousViolations } from '../support/browser';

/**
 * The secretariat's journey through the forms, on the recorded history: sign in, schedule a
 * meeting, put two saker on its agenda (a taken number refused and explained), mark it held with
 * who was present, record a vedtak that differs from its proposal, correct it with a reason,
 * publish one sak; then find the vedtak in the register and print the referat; reword a goal,
 * report the status of a follow-up assignment. Then the public's journey: signed out, only what
 * was published is shown.
 */
let token: string;
const ui = browserOnHistory('ui-secretariat', {
  issueTokens: false,
  prepare: async (api) => {
    token = await api.issue('Siri Sekretær', 'secretariat');
  },
});
const { api } = ui;
let page: Page;
beforeAll(() => {
  page = ui.page();
});

const PROPOSAL = 'Nasjonalt e-helsestyre tar saken til orientering.';
const VEDTAK = 'Nasjonalt e-helsestyre slutter seg til anbefalingen i saken.';
const CORRECTED = 'Nasjonalt e-helsestyre slutter seg til anbefalingen i saken, med innspillene fra møtet.';
const DRAFT_TITLE = 'Budsjett for 2023 (utkast)';

const section = (name: RegExp) => page.getByRole('form', { name });
/** Waits until the element with this id has the keyboard's focus (a page expression: the tests' types have no DOM). */
const focusOn = (id: string) => page.waitForFunction(`document.activeElement?.id === ${JSON.stringify(id)}`, undefined, { timeout: 5000 });

/**
 * The value a form suggests in a field, once it has settled on `expected` (a page still loading
 * may render the form empty, then fill it); after 5 s, whatever it holds, for the test to fail on.
 */
async function suggested(id: string, expected: string): Promise<string> {
  await page
    .waitForFunction(`document.getElementById(${JSON.stringify(id)})?.value === ${JSON.stringify(expected)}`, undefined, { timeout: 5000 })
    .catch(() => undefined);
  return page.locator(`#${id}`).inputValue();
}

/** Opens what the secretariat can record for a sak (left as it is if open). */
async function recordingFor(number: string) {
  const details = page.locator('details.recording', { hasText: `Registrer for sak ${number}` });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details;
}

it('signs in with a token, and the header says who is signed in', async () => {
  await page.goto(`${api.url}/ui/meetings`);
  await page.getByRole('link', { name: 'Logg inn' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
  await page.getByLabel(/^Tilgangsnøkkel/).fill('feil-nøkkel');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByText('Tilgangsnøkkelen ble ikke godtatt', { exact: false }).waitFor();
  await focusOn('sign-in-token');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel(/^Tilgangsnøkkel/).fill(token);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL(/\/ui\/meetings$/);
  await page.getByText('Siri Sekretær (sekretariatet)').waitFor();
});

it('schedules a meeting: an impossible date refused in Norwegian next to the field, the next number suggested', async () => {
  const form = section(/Nytt møte/);
  await form.getByLabel(/^Dato/).fill('31.02.2022');
  await form.getByRole('button', { name: 'Opprett møtet' }).click();
  await form.getByText('Skriv en dato som finnes, som dd.mm.åååå.').waitFor();
  await expect(form.getByLabel(/^Dato/).getAttribute('aria-invalid')).resolves.toBe('true');
  // The refusal takes the focus to the field it names.
  await focusOn('schedule-date');
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByLabel(/^Dato/).fill('10.11.2022');
  // A corrected field no longer reads as wrong while the form waits to be sent again.
  await form.getByText('Skriv en dato som finnes, som dd.mm.åååå.').waitFor({ state: 'detached' });
  await expect(form.getByLabel(/^Dato/).getAttribute('aria-invalid')).resolves.toBeNull();
  // Møte 1/22 is the only meeting of 2022 in the history.
  await expect(form.getByLabel(/^Møtenummer/).inputValue()).resolves.toBe('2/22');
  await form.getByLabel(/^Starter kl/).fill('10:00');
  await form.getByLabel(/^Slutter kl/).fill('12:00');
  await form.getByLabel(/^Sted/).fill('Videomøte');
  await screenshot(page, 'meetings-schedule');
  await form.getByRole('button', { name: 'Opprett møtet' }).click();
  await page.waitForURL(/\/ui\/meetings\/nehs-2022-2$/);
  // Until it is held, the page is the meeting's innkalling (notice and agenda), not its referat.
  await page.getByRole('heading', { level: 1, name: 'Innkalling – Nasjonalt e-helsestyre, møte 2/22' }).waitFor();
  await expect(page.getByTestId('meeting-status').innerText()).resolves.toBe('Planlagt');
});

it('puts two saker on the agenda; a number already taken is explained next to the field, and nothing is recorded', async () => {
  const form = section(/Ny sak på sakslisten/);
  // Saker are numbered per body and year: 1/22–3/22 were on møte 1/22.
  await expect(suggested('add-sak-number', '4/22')).resolves.toBe('4/22');
  await form.getByLabel(/^Saksnummer/).fill('2/22');
  await form.getByLabel(/^Tittel/).fill('Status for e-helsestrategien');
  await form.getByLabel('Sakstype').selectOption('drofting');
  await form.getByRole('button', { name: 'Sett saken på sakslisten' }).click();
  await form.getByText('Saksnummeret er allerede brukt i organets år', { exact: false }).first().waitFor();
  await expect(form.getByLabel(/^Saksnummer/).getAttribute('aria-invalid')).resolves.toBe('true');
  await focusOn('add-sak-number');
  await form.getByText('Nummer/år; det neste ledige i organets år er 4/22').waitFor();
  await expect(page.locator('.agenda li').count()).resolves.toBe(0);
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByLabel(/^Saksnummer/).fill('4/22');
  await expect(form.getByLabel(/^Saksnummer/).getAttribute('aria-invalid')).resolves.toBeNull();
  await form.getByLabel(/^Presenterer saken/).fill('Karl Vestli');
  await form.getByLabel(/^Virksomheten til den som presenterer/).fill('Direktoratet for e-helse');
  await form.getByLabel(/^Planlagt start/).fill('10:05');
  await form.getByRole('button', { name: 'Legg til vedlegg' }).click();
  await form.getByLabel('Vedlegg 1: tittel').fill('Statusnotat');
  await form.getByLabel(/^Forslag til vedtak/).fill(PROPOSAL);
  await form.getByRole('button', { name: 'Sett saken på sakslisten' }).click();
  await page.getByText('Sak 4/22 er satt på sakslisten.').waitFor();

  await expect(form.getByLabel(/^Saksnummer/).inputValue()).resolves.toBe('5/22');
  await form.getByLabel(/^Tittel/).fill(DRAFT_TITLE);
  await form.getByRole('button', { name: 'Sett saken på sakslisten' }).click();
  await page.getByText('Sak 5/22 er satt på sakslisten.').waitFor();
  await expect(page.locator('.agenda').innerText()).resolves.toMatch(/10:05\s+Sak 4\/22 Status for e-helsestrategien \(Drøfting\)/);
  await expect(page.locator('.agenda li').count()).resolves.toBe(2);
});

it('marks the meeting held with who was present, records a vedtak prefilled from the proposal, and shows what differs', async () => {
  const held = section(/Møtet er avholdt/);
  await held.getByLabel('Ivar Halvorsen, Legeforeningen').uncheck();
  await held.getByRole('button', { name: 'Registrer at møtet er avholdt' }).click();
  await page.getByText('Møte 2/22 er registrert som avholdt.').waitFor();
  await expect(page.getByTestId('meeting-status').innerText()).resolves.toBe('Avholdt');
  await page.getByRole('heading', { level: 1, name: 'Referat – Nasjonalt e-helsestyre, møte 2/22' }).waitFor();
  await expect(page.locator('#attendance ~ h3 + ul').innerText()).resolves.toContain('Ivar Halvorsen');

  await recordingFor('4/22');
  const vedtak = section(/Vedtak, sak 4\/22/);
  await expect(vedtak.getByLabel(/^Vedtakets ordlyd/).inputValue()).resolves.toBe(PROPOSAL);
  await vedtak.getByLabel(/^Vedtakets ordlyd/).fill(VEDTAK);
  await vedtak.getByRole('button', { name: 'Registrer vedtaket' }).click();
  await page.getByText('Vedtaket er registrert (sak 4/22).').waitFor();
  const sak = page.locator('#sak-nehs-2022-4');
  await sak.getByText('Vedtaket avviker fra forslaget', { exact: false }).waitFor();
  await expect(sak.locator('.vedtak del').first().innerText()).resolves.toBe('tar saken ');
  await expect(sak.locator('.vedtak ins').first().innerText()).resolves.toBe('slutter seg ');
  await screenshot(page, 'meeting-2-22-vedtak');
  expect(await seriousViolations(page)).toEqual([]);
});

it('corrects the vedtak with a reason: the correction, who made it and why are shown; the original stays', async () => {
  await recordingFor('4/22');
  const correction = section(/Korriger vedtaket, sak 4\/22/);
  await correction.getByRole('button', { name: 'Registrer korrigeringen' }).click();
  await correction.getByText('Skriv en begrunnelse.').waitFor();
  await correction.getByLabel(/^Vedtakets ordlyd/).fill(CORRECTED);
  await correction.getByLabel(/^Begrunnelse/).fill('Referatet utelot innspillene fra møtet.');
  await correction.getByRole('button', { name: 'Registrer korrigeringen' }).click();
  await page.getByText('Korrigeringen er registrert (sak 4/22).').waitFor();
  const corrections = page.locator('#sak-nehs-2022-4 .corrections');
  await expect(corrections.innerText()).resolves.toContain('av Siri Sekretær. Begrunnelse: Referatet utelot innspillene fra møtet.');
  await expect(page.locator('#sak-nehs-2022-4').innerText()).resolves.toContain(`Vedtaket slik det står nå: ${CORRECTED}`);
});

it('publishes sak 4/22 and its vedtak, and finds the vedtak in the register', async () => {
  await (await recordingFor('4/22')).getByRole('button', { name: 'Publiser saken' }).click();
  await page.getByText('Sak 4/22 er publisert.').waitFor();
  await (await recordingFor('4/22')).getByRole('button', { name: 'Publiser vedtaket nå' }).click();
  await page.getByText('Vedtaket i sak 4/22 er publisert.').waitFor();

  await page.goto(`${api.url}/ui/decisions?q=anbefalingen&year=2022`);
  const row = page.locator('.register tbody tr', { hasText: '4/22' });
  await row.waitFor();
  await expect(row.innerText()).resolves.toContain(CORRECTED);
  await expect(row.innerText()).resolves.toContain('10.11.2022');
});

it('approves the referat of møte 2/22 at the next meeting, from a godkjenning sak on its agenda', async () => {
  await page.goto(`${api.url}/ui/meetings`);
  const schedule = section(/Nytt møte/);
  await schedule.getByLabel(/^Dato/).fill('15.12.2022');
  await expect(schedule.getByLabel(/^Møtenummer/).inputValue()).resolves.toBe('3/22');
  await schedule.getByRole('button', { name: 'Opprett møtet' }).click();
  await page.waitForURL(/\/ui\/meetings\/nehs-2022-3$/);
  const agenda = section(/Ny sak på sakslisten/);
  await expect(suggested('add-sak-number', '6/22')).resolves.toBe('6/22');
  await agenda.getByLabel(/^Tittel/).fill('Godkjenning av referat fra møte 2/22');
  await agenda.getByLabel('Sakstype').selectOption('godkjenning');
  await agenda.getByRole('button', { name: 'Sett saken på sakslisten' }).click();
  await page.getByText('Sak 6/22 er satt på sakslisten.').waitFor();
  await (await recordingFor('6/22')).getByRole('button', { name: 'Send med innkallingen' }).click();
  await page.getByText('Sak 6/22 er sendt med innkallingen.').waitFor();
  await section(/Møtet er avholdt/)
    .getByRole('button', { name: 'Registrer at møtet er avholdt' })
    .click();
  await page.getByText('Møte 3/22 er registrert som avholdt.').waitFor();

  await recordingFor('6/22');
  const approval = section(/Godkjenning av referat, sak 6\/22/);
  await expect(approval.getByLabel('Referatet fra møtet').locator('option:checked').innerText()).resolves.toBe('Møte 2/22 (10.11.2022)');
  await approval.getByRole('button', { name: 'Registrer godkjenningen' }).click();
  await page.getByText('Sak 6/22 godkjenner referatet.').waitFor();
  await page.locator('#sak-nehs-2022-6 .approves').filter({ hasText: 'Godkjenner referatet fra møte 2/22.' }).waitFor();
  // Approved at a held meeting by a sak that is not a draft: the referat of møte 2/22 is public now.
  await expect(api.get('/meetings/nehs-2022-2/minutes', { as: 'public' })).resolves.toMatchObject({ status: 200 });
});

it('prints the referat: the forms and the menu left out, the agenda, the vedtak and its correction kept', async () => {
  await page.goto(`${api.url}/ui/meetings/nehs-2022-2`);
  await page.locator('#sak-nehs-2022-4').waitFor();
  // The secretariat's forms are on the screen, then left out of the print.
  await section(/Ny sak på sakslisten/).waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form').count()).resolves.toBe(0);
  await expect(page.locator('header').isVisible()).resolves.toBe(false);
  await expect(page.locator('main').innerText()).resolves.toContain('Referatet utelot innspillene fra møtet.');
  await page.pdf({ path: join(ARTEFACTS, 'referat-nehs-2022-2.pdf') });
  await page.emulateMedia({ media: 'screen' });
});

it('rewords a goal with a reason, its date and deciding sak: the earlier wording stays in the timeline', async () => {
  await page.goto(`${api.url}/ui/goals/mal-5?at=2022-12-01`);
  await page.getByRole('heading', { level: 1, name: 'Mål 5: HELHETLIG DIGITAL SAMHANDLING' }).waitFor();
  await page.getByText('Registrer endring av målet').click();
  const form = section(/Omformuler målet/);
  await form.getByLabel(/^Ny ordlyd/).fill('HELHETLIG OG TRYGG DIGITAL SAMHANDLING');
  await form.getByLabel(/^Begrunnelse/).fill('Omformulert etter drøftingen i møte 2/22.');
  await form.getByLabel(/^Gjelder fra/).fill('10.11.2022');
  await form.getByLabel(/^Vedtatt i sak/).fill('nehs-2022-4');
  await form.getByRole('button', { name: 'Registrer ny ordlyd' }).click();
  await page.getByText('Ny ordlyd er registrert.').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Mål 5: HELHETLIG OG TRYGG DIGITAL SAMHANDLING' }).waitFor();
  // The deciding sak is named by its number once the sak is read.
  await page.locator('.timeline').getByRole('link', { name: 'sak 4/22' }).waitFor();
  const timeline = await page.locator('.timeline').innerText();
  expect(timeline).toContain('«HELHETLIG DIGITAL SAMHANDLING»');
  expect(timeline).toMatch(
    /10\.11\.2022 Omformulert «HELHETLIG OG TRYGG DIGITAL SAMHANDLING» – begrunnelse: Omformulert etter drøftingen i møte 2\/22\.\s*Vedtatt i sak 4\/22/,
  );
  expect(await seriousViolations(page)).toEqual([]);
});

it('records the attendance of a meeting marked held without it, from its page', async () => {
  // Held through the API alone, as a retry after a refused attendance would leave it.
  const secretariat = { token };
  const scheduled = await api.post('/meetings', { bodyId: 'nehs', number: '4/22', date: '2022-12-20', kind: 'ordinary' }, secretariat);
  expect(scheduled.status).toBe(201);
  expect((await api.post('/meetings/nehs-2022-4/held', {}, secretariat)).status).toBe(201);
  await page.goto(`${api.url}/ui/meetings/nehs-2022-4`);
  await page.getByText('Oppmøtet er ikke registrert.').waitFor();
  const form = section(/^Oppmøte$/);
  await form.getByLabel('Ivar Halvorsen, Legeforeningen').uncheck();
  await form.getByRole('button', { name: 'Registrer oppmøtet' }).click();
  await page.getByText('Oppmøtet på møte 4/22 er registrert.').waitFor();
  await expect(page.locator('#attendance ~ h3 + ul').innerText()).resolves.toContain('Ivar Halvorsen');
  await expect(section(/^Oppmøte$/).count()).resolves.toBe(0);
});

it('sends a refused attendance again: the meeting is recorded held once, with who was present', async () => {
  const scheduled = await api.post('/meetings', { bodyId: 'nehs', number: '5/22', date: '2022-12-21', kind: 'ordinary' }, { token });
  expect(scheduled.status).toBe(201);
  await page.goto(`${api.url}/ui/meetings/nehs-2022-5`);
  const form = section(/^Møtet er avholdt$/);
  // The attendance is lost on its way once: "held" is recorded, the attendance is not.
  let refused = 0;
  await page.route('**/meetings/nehs-2022-5/attendance', (route) =>
    refused++
      ? route.continue()
      : route.fulfill({ status: 503, contentType: 'application/json', body: '{"code":"EVENT_STORE.UNAVAILABLE"}' }),
  );
  await form.getByRole('button', { name: 'Registrer at møtet er avholdt' }).click();
  await form.getByText('Tjenesten svarte ikke som den skulle.', { exact: false }).waitFor();
  await form.getByRole('button', { name: 'Registrer at møtet er avholdt' }).click();
  await page.getByText('Møte 5/22 er registrert som avholdt.').waitFor();
  await page.unroute('**/meetings/nehs-2022-5/attendance');
  await expect(page.getByTestId('meeting-status').innerText()).resolves.toBe('Avholdt');
  await page.getByRole('heading', { level: 2, name: 'Til stede' }).waitFor();
  const recorded = await api.get('/events?stream=meeting-nehs-2022-5', { as: { token } });
  expect((recorded.body as { events: { type: string }[] }).events.map((e) => e.type)).toEqual([
    'MeetingScheduled',
    'MeetingHeld',
    'AttendanceRecorded',
  ]);
});

it('reports the status of a follow-up assignment: the status replaces "Ukjent" from the date it was reported', async () => {
  await page.goto(`${api.url}/ui/findings?at=2022-12-01`);
  const assignment = page.locator('.finding li', { hasText: 'Styringsmodellen skal evalueres og videreutvikles.' }).first();
  await expect(assignment.innerText()).resolves.toContain('Status: Ukjent');
  await assignment.getByText('Rapporter status').click();
  const form = section(/Status for «Styringsmodellen/);
  await form.getByLabel('Status').selectOption('done');
  await form.getByLabel(/^Rapportert/).fill('10.11.2022');
  await form.getByLabel(/^Hva ble rapportert/).fill('Forslaget til ny styringsmodell er levert departementet.');
  await form.getByRole('button', { name: 'Registrer statusen' }).click();
  await page.getByText('Statusen for «Styringsmodellen skal evalueres og videreutvikles.» er registrert.').waitFor();
  await page.locator('.finding li', { hasText: 'Status: Fullført per 10.11.2022' }).first().waitFor();
  await screenshot(page, 'findings-status-reported');
  expect(await seriousViolations(page)).toEqual([]);
  // The sent form closes, empty: a form left open would read as one not sent yet.
  await expect(assignment.locator('details.recording').getAttribute('open')).resolves.toBeNull();
  // The focus goes to what opens the form again, not lost with the hidden button.
  await page.waitForFunction("document.activeElement?.tagName === 'SUMMARY'", undefined, { timeout: 5000 });
  await assignment.getByText('Rapporter status').click();
  await expect(form.getByLabel(/^Hva ble rapportert/).inputValue()).resolves.toBe('');
});

it('the public, signed out, sees the published sak and its vedtak, and nothing of the draft sak', async () => {
  await page.goto(`${api.url}/ui/meetings/nehs-2022-2`);
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('link', { name: 'Logg inn' }).waitFor();
  await page.locator('#sak-nehs-2022-4').waitFor();
  const main = await page.locator('main').innerText();
  expect(main).toContain(CORRECTED);
  expect(main).not.toContain(DRAFT_TITLE);
  expect(main).not.toContain('5/22');
  // Who recorded a correction is for the secretariat and auditors.
  expect(main).not.toContain('Siri Sekretær');
  await expect(page.getByRole('form').count()).resolves.toBe(0);
  await screenshot(page, 'meeting-2-22-public');
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`${api.url}/ui/decisions?year=2022`);
  await page.locator('.register tbody tr', { hasText: '4/22' }).waitFor();
  await expect(page.locator('main').innerText()).resolves.not.toContain(DRAFT_TITLE);

  // Back past the sign-out to the findings the secretariat saw: read again, as the public's.
  await page.goBack();
  await page.goBack();
  await page.waitForURL(/\/ui\/findings/);
  await page.getByRole('link', { name: 'Logg inn' }).waitFor();
  await page.locator('.finding').first().waitFor();
  await expect(page.getByText('Rapporter status').count()).resolves.toBe(0);

  await page.goto(`${api.url}/ui/events`);
  await page.getByText('Hele loggen, med hvem som registrerte hva og når, er for revisorer og sekretariatet.').waitFor();
  await expect(page.locator('.events').count()).resolves.toBe(0);
});
