/**
 * Social-emotional scores in the browser: the teacher of groep 5 finds the demo's ZIEN! in the
 * groepsoverzicht (a column per scale, the latest score of this schooljaar with its band and signal)
 * and on a pupil's page (every administration per scale); the IB switches a rule on ("ZIEN!
 * welbevinden laag") and the pupil's signal appears. Expected figures come from the demo generated
 * here with the server's options, not from the API.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DEMO, generateDemo } from '../src/demo/generator';
import { fullName } from '../src/shared/names';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { SCHOOLJAAR, TODAY } from './today';

const demo = generateDemo({ ...DEFAULT_DEMO, now: new Date(`${TODAY}T12:00:00.000Z`) });
const schoolA = demo.summary.schoolIds[0] ?? '';
const yearId = demo.schooljaar.find((y) => y.school_id === schoolA && y.name === SCHOOLJAAR)?.id;
const groep5 = demo.groep.find(
  (g) => g.school_id === schoolA && g.schooljaar_id === yearId && g.name === 'Groep 5',
);
const pupilsOf5 = new Set(demo.plaatsing.filter((p) => p.groep_id === groep5?.id).map((p) => p.leerling_id));
const nameOf = (id: string) => {
  const l = demo.leerling.find((x) => x.id === id);
  return l
    ? fullName({ roepnaam: l.roepnaam, voorvoegsel: l.voorvoegsel ?? null, achternaam: l.achternaam })
    : '';
};
const BAND: Record<string, string> = { laag: 'laag', gemiddeld: 'gemiddeld', hoog: 'hoog' };
const dutch = (iso: string) => iso.split('-').reverse().join('-');

type Row = (typeof demo.seo)[number];
/** The latest score of this schooljaar of a pupil on one list and scale. */
function latest(pupilId: string, lijst: string, schaal: string): Row | undefined {
  return demo.seo
    .filter(
      (r) =>
        r.leerling_id === pupilId && r.lijst === lijst && r.schaal === schaal && r.schooljaar === SCHOOLJAAR,
    )
    .sort((a, b) => b.afnamedatum.localeCompare(a.afnamedatum))[0];
}
const badge = (r: Row) => `P${r.percentiel} ${BAND[r.band ?? ''] ?? ''}${r.signaal ? r.signaal : ''}`;

/** A pupil of groep 5 whose latest teacher's welbevinden is laag: the one the rule will signal. */
const lowPupil = [...pupilsOf5].find((id) => latest(id, 'leerkracht', 'welbevinden')?.band === 'laag') ?? '';

/** Ids are the server's own: groep 5 is found by its name from the home page. */
async function openGroepsoverzicht(page: Page) {
  await page.getByRole('link', { name: 'Groep 5', exact: true }).first().click();
  await page.getByRole('link', { name: 'Groepsoverzicht', exact: true }).click();
  await expect(page.locator('.go-row').first()).toBeVisible();
}

async function schoolIdOf(page: Page): Promise<string> {
  const name = demo.school[0]?.name;
  const { body } = await apiGet<{ schools: { id: string; name: string }[] }>(page, '/schools');
  return body.schools.find((x) => x.name === name)?.id ?? '';
}

test('the groepsoverzicht and the pupil page show the demo’s ZIEN! scores', async ({ page }) => {
  expect(groep5).toBeDefined();
  expect(lowPupil).not.toBe('');
  await login(page, USERS.leerkracht);
  await openGroepsoverzicht(page);
  const section = page.getByRole('region', { name: 'Sociaal-emotioneel (ZIEN!)' });
  await expect(section).toBeVisible();
  const table = section.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Leerling',
    'Betrokkenheidleerkrachtlijst',
    'Welbevindenleerkrachtlijst',
    'Sociaal initiatiefleerkrachtlijst',
    'Sociale flexibiliteitleerkrachtlijst',
    'Sociale autonomieleerkrachtlijst',
    'Impulsbeheersingleerkrachtlijst',
    'Inlevingsvermogenleerkrachtlijst',
    'Welbevindenleerlinglijst',
    'Veiligheidsbelevingleerlinglijst',
  ]);
  const scored = [...pupilsOf5].filter((id) => latest(id, 'leerkracht', 'welbevinden'));
  await expect(table.getByRole('rowheader')).toHaveCount(scored.length);
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: nameOf(lowPupil) }) });
  const cells = row.getByRole('cell');
  const columns: [string, string][] = [
    ['leerkracht', 'betrokkenheid'],
    ['leerkracht', 'welbevinden'],
    ['leerkracht', 'sociaal-initiatief'],
    ['leerkracht', 'sociale-flexibiliteit'],
    ['leerkracht', 'sociale-autonomie'],
    ['leerkracht', 'impulsbeheersing'],
    ['leerkracht', 'inlevingsvermogen'],
    ['leerling', 'welbevinden'],
    ['leerling', 'veiligheidsbeleving'],
  ];
  await expect(cells).toHaveText(
    columns.map(([lijst, schaal]) => {
      const r = latest(lowPupil, lijst, schaal);
      return r ? badge(r) : '–';
    }),
  );
  await expectNoAxeViolations(page);

  await row.getByRole('link', { name: nameOf(lowPupil) }).click();
  await expect(page.getByRole('heading', { level: 1, name: nameOf(lowPupil) })).toBeVisible();
  const teacherList = page.getByRole('table', { name: /^ZIEN!, Leerkrachtlijst/ });
  const own = demo.seo.filter((r) => r.leerling_id === lowPupil && r.lijst === 'leerkracht');
  const dates = [...new Set(own.map((r) => r.afnamedatum))].sort();
  await expect(teacherList.getByRole('columnheader')).toHaveText(['Schaal', ...dates.map(dutch), 'Verloop']);
  const welbevinden = own
    .filter((r) => r.schaal === 'welbevinden')
    .sort((a, b) => a.afnamedatum.localeCompare(b.afnamedatum));
  const wRow = teacherList
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Welbevinden' }) });
  const last = welbevinden.at(-1);
  const before = welbevinden.at(-2);
  const change = last && before ? (last.percentiel ?? 0) - (before.percentiel ?? 0) : 0;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const rank: Record<string, number> = { laag: 0, gemiddeld: 1, hoog: 2 };
  const moved = (rank[last?.band ?? ''] ?? 0) - (rank[before?.band ?? ''] ?? 0);
  const movement = moved > 0 ? 'gunstiger band' : moved < 0 ? 'ongunstiger band' : 'zelfde band';
  await expect(wRow.getByRole('cell')).toHaveText([
    ...welbevinden.map(badge),
    `${sign}${Math.abs(change)} percentielpunten, ${movement}`,
  ]);

  await expectNoAxeViolations(page);
});

test('a school that switches on "ZIEN! welbevinden laag" sees the signal on the pupil page', async ({
  page,
}) => {
  await login(page, USERS.ib);
  const school = await schoolIdOf(page);
  const original = await apiGet<{ settings: unknown }>(page, `/schools/${school}/settings`);
  try {
    await page.goto(`/scholen/${school}/instellingen`);
    const master = page.getByRole('checkbox', {
      name: 'Sociaal-emotionele scores (kies hieronder per instrument)',
    });
    await expect(master).not.toBeChecked();
    await master.check();
    // The school may hold another instrument's scores too (the import spec adds KanVAS): ZIEN!'s rule.
    await page
      .getByRole('group', { name: 'Regels voor ZIEN!' })
      .getByRole('checkbox', { name: 'Welbevinden laag' })
      .check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Rekenregels opslaan' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'De nieuwe regels gelden meteen' }),
    ).toBeVisible();

    await page.goto('/');
    await openGroepsoverzicht(page);
    await page
      .getByRole('link', { name: nameOf(lowPupil), exact: true })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(lowPupil) })).toBeVisible();
    const w = latest(lowPupil, 'leerkracht', 'welbevinden');
    await expect(
      page.getByText(
        `ZIEN! welbevinden (leerkrachtlijst): laag (ongunstige kant van de schaal) op ${dutch(w?.afnamedatum ?? '')} (percentiel ${w?.percentiel}).`,
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await page.request.put(`/api/schools/${school}/settings`, { data: original.body.settings });
  }
});
