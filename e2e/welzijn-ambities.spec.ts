/**
 * Ambitions on social safety and satisfaction in the browser: the schoolleider sets "90 % of the
 * pupils feel safe" on the ambitions page and reads its outcome against the demo's ZIEN! lists (share
 * and N as the monitoring route counts them), sets one on the parents' survey of last year and reads
 * it against that survey, and finds the safety ambition again in the schooloverzicht, read-only.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { SCHOOLJAAR } from './today';

interface Monitoring {
  scales: { domain: string; school: { n: number; favourable: number | null } }[];
}
interface Tevredenheid {
  groepen: {
    groep: string;
    themas: { thema: string; points: { schooljaar: string; n: number; positief: number | null }[] }[];
  }[];
}

const [startYear] = SCHOOLJAAR.split('-').map(Number);
const LAST_YEAR = `${(startYear ?? 0) - 1}-${startYear ?? 0}`;

/** A share as the page writes it: a percentage with at most one decimal comma. */
const pct = (share: number) => `${String(Math.round(share * 1000) / 10).replace('.', ',')} %`;

const section = (page: Page) => page.getByRole('region', { name: 'Welzijn en tevredenheid' });

async function setAmbition(page: Page, measure: string, percent: string) {
  const s = section(page);
  await s.getByRole('combobox', { name: 'Waarover' }).click();
  await page.getByRole('option', { name: measure, exact: true }).click();
  await s.getByRole('textbox', { name: 'Minstens (%)' }).fill(percent);
  await s.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(s.getByRole('status')).toContainText('De ambitie is vastgelegd.');
}

test('the schoolleider sets ambitions on safety and on the parents, and reads their verdicts', async ({
  page,
}) => {
  await login(page, USERS.schoolleider);
  await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
  await page.getByRole('link', { name: 'Ambities', exact: true }).click();
  const schoolId = /\/scholen\/([^/]+)\/ambities/.exec(page.url())?.[1] ?? '';
  // This schooljaar by name: the page may open on another year.
  await page.goto(`/scholen/${schoolId}/ambities?schooljaar=${SCHOOLJAAR}`);
  await expect(section(page)).toContainText('Nog geen ambities');

  // The school's safety figure as the monitoring counts it: the veiligheid scale with the most pupils.
  const monitoring = (
    await apiGet<Monitoring>(page, `/schools/${schoolId}/veiligheid?schooljaar=${SCHOOLJAAR}`)
  ).body;
  const safety = monitoring.scales
    .filter((s) => s.domain === 'veiligheid')
    .map((s) => s.school)
    .sort((a, b) => b.n - a.n)[0];
  if (!safety || safety.favourable === null) throw new Error('the demo has no safety lists this year');
  await setAmbition(page, 'Leerlingen voelen zich veilig (monitoring)', '90');
  const row = section(page).getByRole('row', { name: /Minstens 90 % van de leerlingen voelt zich veilig/ });
  await expect(row).toContainText(`${pct(safety.favourable / safety.n)} (N = ${safety.n})`);
  await expect(row).toContainText('90%:');
  await expectNoAxeViolations(page);

  // Last year's parents' survey: its share positive and N.
  const surveys = (await apiGet<Tevredenheid>(page, `/schools/${schoolId}/tevredenheid`)).body;
  const theme = surveys.groepen.find((g) => g.groep === 'ouders')?.themas[0];
  const point = theme?.points.filter((p) => p.schooljaar === LAST_YEAR).at(-1);
  if (!theme || !point || point.positief === null)
    throw new Error('the demo has no parents’ survey last year');
  await page.goto(`/scholen/${schoolId}/ambities?schooljaar=${LAST_YEAR}`);
  await setAmbition(page, `Tevredenheid van de ouders: ${theme.thema}`, '80');
  const parents = section(page).getByRole('row', {
    name: new RegExp(`van de ouders positief over ${theme.thema}`),
  });
  const count = Math.round((point.positief / 100) * point.n);
  await expect(parents).toContainText(`${pct(count / point.n)} (N = ${point.n})`);
  await expect(parents.locator('.verdict-badge')).toHaveText(
    count / point.n >= 0.8
      ? /Boven de ambitie|Duidelijk boven|Op de ambitie/
      : /Onder de ambitie|Duidelijk onder/,
  );

  // The schooloverzicht of this year shows the safety ambition, without a form.
  await page.goto(`/scholen/${schoolId}/schooloverzicht?schooljaar=${SCHOOLJAAR}`);
  await expect(section(page).getByRole('row', { name: /voelt zich veilig/ })).toContainText(
    `(N = ${safety.n})`,
  );
  await expect(section(page).getByRole('button', { name: 'Vastleggen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
