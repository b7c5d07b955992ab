/**
 * The yearly monitoring of social safety in the browser: the schoolleider finds the demo's ZIEN! pupils'
 * lists of groep 5–8 from the start page, every groep measured, each share written as the count of
 * pupils it is about (the school's count the sum of the groepen's), another year chosen in the address;
 * the bestuur reaches the small school through its overview and sees no figure of a groep under ten
 * pupils, nor of the groep that would give it away beside the school total.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { SCHOOLJAAR } from './today';

interface Cell {
  n: number;
  favourable: number | null;
  suppressed: boolean;
}
interface Monitoring {
  schooljaar: string;
  complete: boolean;
  groepen: { jaargroep: string; pupils: number }[];
  scales: { instrument: string; schaal: string; school: Cell; groepen: (Cell & { jaargroep: string })[] }[];
}

/** A share as the page writes it: a percentage with at most one decimal comma, and the count. */
const shareText = (favourable: number, n: number) =>
  `${String(Math.round((favourable / n) * 1000) / 10).replace('.', ',')} % (${favourable} van ${n})`;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const schoolIdOf = (page: Page) => new URL(page.url()).pathname.split('/')[2] ?? '';

test('the schoolleider reads this year’s monitoring: every groep 5–8 measured, shares counted per groep', async ({
  page,
}) => {
  await login(page, USERS.schoolleider);
  await page.getByRole('link', { name: 'Sociale veiligheid' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring sociale veiligheid' })).toBeVisible();
  // The demo's pupils fill in ZIEN! each November: on this day the current year is the latest.
  await expect(page.getByText(`schooljaar ${SCHOOLJAAR}`)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Monitoring compleet' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Instrument' })).toContainText('ZIEN!: afgenomen van');

  const body = (await apiGet<Monitoring>(page, `/schools/${schoolIdOf(page)}/veiligheid`)).body;
  expect(body.groepen.map((g) => g.jaargroep)).toEqual(['5', '6', '7', '8']);
  const coverage = region(page, 'Gemeten per groep');
  await expect(coverage.getByRole('rowheader')).toHaveText(['Groep 5', 'Groep 6', 'Groep 7', 'Groep 8']);

  for (const [schaal, title] of [
    ['veiligheidsbeleving', 'Veiligheidsbeleving · ZIEN!'],
    ['welbevinden', 'Welbevinden · ZIEN!'],
  ] as const) {
    const scale = body.scales.find((s) => s.instrument === 'zien' && s.schaal === schaal);
    if (!scale) throw new Error(`no ${schaal} in the demo`);
    // Every groep of the big school has ten or more pupils: all shown, and the school is their sum.
    const sum = (f: (c: Cell) => number) => scale.groepen.reduce((total, g) => total + f(g), 0);
    expect(scale.school.n).toBe(sum((g) => g.n));
    expect(scale.school.favourable).toBe(sum((g) => g.favourable ?? Number.NaN));
    const rows = region(page, title).getByRole('row');
    for (const g of scale.groepen) {
      const row = rows.filter({ has: page.getByRole('rowheader', { name: `Groep ${g.jaargroep}` }) });
      await expect(row.getByRole('cell').nth(1)).toHaveText(shareText(g.favourable ?? 0, g.n));
    }
    const school = rows.filter({ has: page.getByRole('rowheader', { name: 'School' }) });
    await expect(school.getByRole('cell').nth(1)).toHaveText(
      shareText(
        sum((g) => g.favourable ?? 0),
        sum((g) => g.n),
      ),
    );
  }
  await expect(page.getByRole('button', { name: 'Afdrukken voor de Inspectie' })).toBeVisible();
  await page.screenshot({ path: 'test-results/veiligheid-schoolleider.png', fullPage: true });
  await expectNoAxeViolations(page);

  // The year before, chosen in the select: its own lists, in the address.
  const previous = `${Number(SCHOOLJAAR.slice(0, 4)) - 1}-${SCHOOLJAAR.slice(0, 4)}`;
  await page.getByRole('combobox', { name: 'Schooljaar', exact: true }).click();
  await page.getByRole('option', { name: previous }).click();
  await expect(page).toHaveURL(new RegExp(`schooljaar=${previous}`));
  await expect(page.getByText(`schooljaar ${previous}`)).toBeVisible();
  await expect(region(page, 'Veiligheidsbeleving · ZIEN!')).toBeVisible();
});

test('the bestuur sees the small school without the figures of a small groep', async ({ page }) => {
  await login(page, USERS.bestuur);
  const overview = await apiGet<{ besturen: { schools: { id: string; name: string }[] }[] }>(
    page,
    '/bestuur/overview',
  );
  // The school with a groep 5–8 of fewer than ten pupils on the safety scale.
  let small: { name: string; scale: Monitoring['scales'][number] } | null = null;
  for (const s of overview.body.besturen.flatMap((b) => b.schools)) {
    const body = (await apiGet<Monitoring>(page, `/schools/${s.id}/veiligheid`)).body;
    const scale = body.scales.find((x) => x.instrument === 'zien' && x.schaal === 'veiligheidsbeleving');
    if (scale?.groepen.some((g) => g.n < 10)) small = { name: s.name, scale };
  }
  expect(small, 'a school with a groep of fewer than ten pupils').not.toBeNull();
  const scale = small?.scale;
  await page.getByRole('link', { name: small?.name ?? '', exact: true }).click();
  await page.getByRole('link', { name: 'Sociale veiligheid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring sociale veiligheid' })).toBeVisible();
  const table = region(page, 'Veiligheidsbeleving · ZIEN!');
  for (const g of scale?.groepen ?? []) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `Groep ${g.jaargroep}` }) });
    await expect(row.getByRole('cell').first()).toHaveText(String(g.n));
    if (g.n < 10) await expect(row).toContainText('minder dan 10 leerlingen: geen cijfer');
    else if (g.suppressed) await expect(row).toContainText('terug te rekenen uit het schooltotaal');
    else await expect(row).toContainText(`(${g.favourable ?? ''} van ${g.n})`);
  }
  // Whatever is withheld holds ten pupils or more together, so the school's own figure stays.
  const hidden = (scale?.groepen ?? []).filter((g) => g.suppressed).reduce((t, g) => t + g.n, 0);
  expect(hidden).toBeGreaterThanOrEqual(10);
  const school = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'School' }) });
  await expect(school).toContainText(`(${scale?.school.favourable ?? ''} van ${scale?.school.n ?? ''})`);
  await page.screenshot({ path: 'test-results/veiligheid-bestuur.png', fullPage: true });
  await expectNoAxeViolations(page);
});

test('the bestuur compares its schools on safety, well-being and satisfaction', async ({ page }) => {
  await login(page, USERS.bestuur);
  await page.getByRole('link', { name: 'Resultaten per school' }).first().click();
  const section = region(page, 'Sociale veiligheid en tevredenheid');
  await expect(section.getByRole('columnheader')).toHaveText([
    'School',
    'Voelt zich veilig',
    'Voelt zich goed',
    'Monitoring',
    'Tevreden: leerlingen',
    'Tevreden: ouders',
    'Tevreden: team',
  ]);
  const overview = await apiGet<{ besturen: { schools: { id: string; name: string }[] }[] }>(
    page,
    '/bestuur/overview',
  );
  // All schools together, from each school's own monitoring page: the counts added up.
  let favourable = 0;
  let n = 0;
  for (const s of overview.body.besturen.flatMap((b) => b.schools)) {
    const own = (await apiGet<Monitoring>(page, `/schools/${s.id}/veiligheid`)).body;
    // The grid takes the scale with the most pupils: the demo's ZIEN!, not a few imported KanVAS lists.
    const safety = own.scales.find(
      (x) => x.instrument === 'zien' && x.schaal === 'veiligheidsbeleving',
    )?.school;
    favourable += safety?.favourable ?? 0;
    n += safety?.n ?? 0;
    const row = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: s.name }) });
    await expect(row.getByRole('cell').nth(2)).toHaveText(own.complete ? 'compleet' : 'niet compleet');
  }
  const total = section
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Alle scholen samen' }) });
  await expect(total.getByRole('cell').first()).toContainText(shareText(favourable, n));
  // The small school's team answered with fewer than ten: its size only.
  await expect(section.getByText(/^N = \d: geen cijfer$/).first()).toBeVisible();
  await section.screenshot({ path: 'test-results/veiligheid-bestuur-grid.png' });
  await expectNoAxeViolations(page);
});
