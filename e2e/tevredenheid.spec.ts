/**
 * Satisfaction in the browser: the IB finds the demo's surveys of pupils, parents and team, refuses a
 * file with a bad line (naming it, saving nothing), then imports a team theme no other spec reads and
 * sees its figures and change, worked out by hand from the file. The bestuur sees the small school's
 * team survey without figures and cannot import.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

const HEADER = 'datum;groep;thema;n;gemiddelde;schaal;positief;instrument';
/** Autumn team scans in 2024 and 2026: the demo asks the team in spring only, on other themes. */
const GOOD = [
  '01-10-2024;team;Werkplezier;14;7,2;1-10;71;Teamscan',
  '01-10-2026;team;Werkplezier;15;7,9;1-10;87%;Teamscan',
];
/** The same, with a mean above its scale on line 3. */
const BAD = [GOOD[1] ?? '', '01-10-2026;team;Rust in het team;15;12;1-10;40;Teamscan'];

interface TevredenheidBody {
  groepen: { groep: string; themas: { key: string; points: { n: number; suppressed: boolean }[] }[] }[];
}

async function upload(page: Page, lines: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Kies een CSV-bestand' }).click();
  const csv = Buffer.from([HEADER, ...lines].join('\r\n'));
  await (await chooser).setFiles({ name: 'peiling.csv', mimeType: 'text/csv', buffer: csv });
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('the IB reads the surveys over the years and imports a team scan, refusing a bad file whole', async ({
  page,
}) => {
  await login(page, USERS.ib);
  await page.getByRole('link', { name: 'Tevredenheid' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tevredenheid' })).toBeVisible();

  // The demo: pupils every spring, parents and team in 2024 and 2026.
  const pupils = section(page, 'Leerlingen');
  await expect(pupils.getByRole('columnheader')).toHaveText([
    'Thema',
    '2023-2024',
    '2024-2025',
    '2025-2026',
    'Verloop sinds de vorige peiling',
  ]);
  await expect(pupils.getByRole('rowheader')).toHaveCount(5);
  await expect(section(page, 'Ouders').getByRole('columnheader')).toHaveText([
    'Thema',
    '2023-2024',
    '2025-2026',
    'Verloop sinds de vorige peiling',
  ]);
  await expect(section(page, 'Team').getByRole('rowheader', { name: 'Werkdruk' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A mean of 12 on a 1–10 scale: refused whole, the line named, nothing saved.
  await upload(page, BAD);
  const refused = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(refused).toContainText('Regel 3: gemiddelde 12 ligt buiten de schaal 1-10.');
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await expect(section(page, 'Team').getByRole('rowheader', { name: 'Werkplezier' })).toHaveCount(0);
  const schoolId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const after = await apiGet<TevredenheidBody>(page, `/schools/${schoolId}/tevredenheid`);
  const team = after.body.groepen.find((g) => g.groep === 'team')?.themas.map((t) => t.key);
  expect(team).not.toContain('werkplezier');
  expect(team).not.toContain('rust in het team');
  await expectNoAxeViolations(page);

  await upload(page, GOOD);
  await expect(page.getByRole('status').filter({ hasText: 'Ingelezen' })).toHaveText(
    'Ingelezen: 2 regels uit 2 peilingen (team 01-10-2024, team 01-10-2026).',
  );
  const teamSection = section(page, 'Team');
  // Two new schooljaren beside the demo's two.
  await expect(teamSection.getByRole('columnheader')).toHaveText([
    'Thema',
    '2023-2024',
    '2024-2025',
    '2025-2026',
    '2026-2027',
    'Verloop sinds de vorige peiling',
  ]);
  const row = teamSection
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Werkplezier' }) });
  await expect(row.getByRole('cell')).toHaveText([
    'niet gepeild',
    '71 % positiefgem. 7,2 (1–10)N = 14',
    'niet gepeild',
    '87 % positiefgem. 7,9 (1–10)N = 15',
    // 87 − 71 = 16 points; 7,9 − 7,2 = 0,7 on the same scale and instrument.
    '+16 procentpunt positiefgemiddelde +0,7sinds 2024-2025',
  ]);
  await expect(teamSection).toContainText('01-10-2024 (Teamscan)');
  await page.screenshot({ path: 'test-results/tevredenheid-ib.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('the bestuur sees a small team survey without figures, and no import', async ({ page }) => {
  await login(page, USERS.bestuur);
  const overview = await apiGet<{ besturen: { schools: { id: string; name: string }[] }[] }>(
    page,
    '/bestuur/overview',
  );
  const schools = overview.body.besturen.flatMap((b) => b.schools);
  // The school whose team answered with fewer than ten (the small demo school).
  let small: { id: string; name: string; n: number } | null = null;
  for (const s of schools) {
    const body = (await apiGet<TevredenheidBody>(page, `/schools/${s.id}/tevredenheid`)).body;
    const point = body.groepen.find((g) => g.groep === 'team')?.themas[0]?.points.find((p) => p.n < 10);
    if (point) small = { ...s, n: point.n };
  }
  expect(small, 'a school with a team survey of fewer than ten').not.toBeNull();
  // From the start page through the school's overview, as a bestuur member goes.
  await page.getByRole('link', { name: small?.name ?? '', exact: true }).click();
  await page.getByRole('link', { name: 'Tevredenheid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tevredenheid' })).toBeVisible();
  await expect(page.getByText(small?.name ?? '', { exact: true })).toBeVisible();
  const team = section(page, 'Team');
  await expect(team.getByText('minder dan 10 respondenten: geen cijfer').first()).toBeVisible();
  await expect(team).not.toContainText('% positief');
  await expect(team).toContainText(`N = ${small?.n ?? 0}`);
  await expect(page.getByText(/^Geen cijfer: minder dan 10 respondenten/)).toBeVisible();
  // The pupils, many more than ten, keep their figures.
  await expect(section(page, 'Leerlingen')).toContainText('% positief');
  await expect(page.getByRole('button', { name: 'Kies een CSV-bestand' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/tevredenheid-bestuur.png', fullPage: true });
  await expectNoAxeViolations(page);
});
