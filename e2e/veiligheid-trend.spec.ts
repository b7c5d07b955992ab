/**
 * Social safety and well-being over the years on the school's trends page: per schooljaar and domain
 * the table shows the school's figure of the yearly monitoring of that year (its scale with the most
 * pupils), read here from the monitoring's own API year by year; each year links to that monitoring.
 * The bestuur sees the small school's years the same way, a withheld figure as such.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { SCHOOLJAAR } from './today';

interface Cell {
  n: number;
  favourable: number | null;
  interval: { low: number; high: number } | null;
  suppressed: boolean;
}
interface Monitoring {
  schooljaar: string;
  complete: boolean;
  scales: { domain: string; schaal: string; instrument: string; school: Cell }[];
}

const DOMAINS = ['veiligheid', 'welbevinden'] as const;
/** A percentage as the page writes it: at most one decimal, with a comma. */
const pctText = (share: number) => String(Math.round(share * 1000) / 10).replace('.', ',');

/** The schooljaren from the first with lists to this one, each one once. */
function yearsFrom(first: string): string[] {
  const years: string[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(SCHOOLJAAR.slice(0, 4)); y++)
    years.push(`${y}-${y + 1}`);
  return years;
}

/**
 * Each year's row against the monitoring API of that year: N, the share with its count, the margin;
 * the domain's scale with the most pupils speaks for it. Returns how many years had lists.
 */
async function checkYears(page: Page, schoolId: string): Promise<number> {
  const section = page.getByRole('region', { name: 'Sociale veiligheid en welbevinden', exact: true });
  await expect(section.getByRole('figure', { name: /^Grafiek: deel van de leerlingen/ })).toBeVisible();
  const table = section.getByRole('table', { name: /^Per schooljaar en domein/ });
  const first = (await apiGet<{ years: string[] }>(page, `/schools/${schoolId}/veiligheid`)).body.years;
  let measured = 0;
  let firstListed: string | null = null;
  for (const year of first) {
    const m = (await apiGet<Monitoring>(page, `/schools/${schoolId}/veiligheid?schooljaar=${year}`)).body;
    if (m.scales.length === 0) continue;
    firstListed ??= year;
    measured += 1;
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: year, exact: true }) });
    const cells = row.getByRole('cell');
    await expect(cells.first()).toHaveText(m.complete ? 'compleet' : 'niet compleet');
    let at = 1;
    for (const domain of DOMAINS) {
      const best = m.scales
        .filter((s) => s.domain === domain)
        .reduce<Monitoring['scales'][number] | null>((b, s) => (!b || s.school.n > b.school.n ? s : b), null);
      if (!best) {
        await expect(cells.nth(at)).toHaveText('–');
        await expect(cells.nth(at + 1)).toHaveText('niet gemeten');
        at += 2;
        continue;
      }
      const c = best.school;
      await expect(cells.nth(at)).toHaveText(String(c.n));
      if (c.suppressed || c.favourable === null || !c.interval) {
        await expect(cells.nth(at + 1)).toContainText('minder dan 10 leerlingen: geen cijfer');
        at += 2;
        continue;
      }
      await expect(cells.nth(at + 1)).toContainText(
        `${pctText(c.favourable / c.n)} % (${c.favourable} van ${c.n})`,
      );
      await expect(cells.nth(at + 2)).toHaveText(`${pctText(c.interval.low)}–${pctText(c.interval.high)} %`);
      at += 3;
    }
  }
  // Every schooljaar since the first lists has a row, newest first, a year without lists included.
  const expected = firstListed ? yearsFrom(firstListed).reverse() : [];
  await expect(table.getByRole('rowheader')).toHaveText(expected);
  return measured;
}

test('the schoolleider follows safety and well-being over the years on the trends page', async ({ page }) => {
  await login(page, USERS.schoolleider);
  await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
  await page.getByRole('link', { name: 'Trends' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trendanalyses' })).toBeVisible();
  const schoolId = new URL(page.url()).pathname.split('/')[2] ?? '';
  // The demo's pupils fill in ZIEN! every November: several years, this one included.
  expect(await checkYears(page, schoolId)).toBeGreaterThanOrEqual(2);
  const section = page.getByRole('region', { name: 'Sociale veiligheid en welbevinden', exact: true });
  await page.screenshot({ path: 'test-results/veiligheid-trend.png', fullPage: true });
  await expectNoAxeViolations(page);

  // A year leads to that year's monitoring.
  await section.getByRole('link', { name: SCHOOLJAAR, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring sociale veiligheid' })).toBeVisible();
  await expect(page.getByText(`schooljaar ${SCHOOLJAAR}`)).toBeVisible();
});

test('the bestuur sees every school’s years as its monitoring shows them', async ({ page }) => {
  await login(page, USERS.bestuur);
  const overview = await apiGet<{ besturen: { schools: { id: string; name: string }[] }[] }>(
    page,
    '/bestuur/overview',
  );
  const schools = overview.body.besturen.flatMap((b) => b.schools);
  expect(schools.length).toBeGreaterThanOrEqual(2);
  for (const s of schools) {
    await page.goto(`/scholen/${s.id}/trends`);
    await expect(page.getByRole('heading', { level: 1, name: 'Trendanalyses' })).toBeVisible();
    expect(await checkYears(page, s.id)).toBeGreaterThanOrEqual(1);
  }
  await page
    .getByRole('region', { name: 'Sociale veiligheid en welbevinden', exact: true })
    .screenshot({ path: 'test-results/veiligheid-trend-bestuur.png' });
  await expectNoAxeViolations(page);
});
