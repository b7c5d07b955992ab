import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { LAST_RESULTS_SCHOOLJAAR } from './today';

interface Ambition {
  vak: string | null;
  jaargroep: number | null;
  moment: string | null;
  target: { kind: string; level?: string; minShare?: number };
  version: number;
  history: unknown[];
}

/** The verdict in the words the screen must use, written out here (direction × certainty). */
const VERDICT_WORDS: Record<string, string> = {
  'boven-zeker': 'Duidelijk boven de ambitie',
  'gelijk-zeker': 'Op de ambitie',
  'boven-marge': 'Boven de ambitie, maar binnen de toevalsmarge',
  'gelijk-marge': 'Op de ambitie, binnen de toevalsmarge',
  'onder-marge': 'Onder de ambitie, maar binnen de toevalsmarge',
  'onder-zeker': 'Duidelijk onder de ambitie',
};

const VAK_NAMES: Record<string, string> = {
  'rekenen-wiskunde': 'Rekenen-wiskunde',
  spelling: 'Spelling',
  'begrijpend-lezen': 'Begrijpend lezen',
  'technisch-lezen': 'Technisch lezen',
};

async function toAmbitions(page: Page) {
  await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schooloverzicht' })).toBeVisible();
  await page.getByRole('link', { name: 'Ambities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ambities' })).toBeVisible();
}

test('the ambitions grid shows the national share beside each ambition, and a second save of a key changes the first', async ({
  page,
}) => {
  await login(page, USERS.schoolleider);
  await toAmbitions(page);
  const schoolId = /\/scholen\/([^/]+)\/ambities/.exec(page.url())?.[1] ?? '';
  const grid = page.locator('.ambitie-grid');
  await expect(grid).toBeVisible();
  // The demo's ambitions at E: at least a share at III or higher, beside the national 60 %.
  const demoCell = page.getByRole('button', { name: /^Groep 4, Rekenen-wiskunde: ambities/ });
  await expect(demoCell).toContainText(/minstens \d+ % op III of hoger/);
  await expect(demoCell).toContainText('III of hoger: landelijk 60 %');
  await expect(demoCell).toContainText('op V: landelijk 20 %');
  await page.screenshot({ path: test.info().outputPath('ambitions-grid-1366.png'), fullPage: true });
  await page.screenshot({ path: test.info().outputPath('ambitions-view-1366.png') });
  await expectNoAxeViolations(page);

  // A key the demo leaves empty: groep 5, spelling, at B.
  await page.getByText('Begin (B)', { exact: true }).click();
  const cell = page.getByRole('button', { name: /^Groep 5, Spelling: ambities/ });
  await expect(cell).toContainText('geen ambitie');
  await cell.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Percentage' }).fill('55');
  await expect(dialog).toContainText('III of hoger: landelijk 60 %');
  await expect(dialog).toContainText('ambitie lager dan landelijk');
  await dialog.getByRole('textbox', { name: 'Waarom?' }).fill('Startpunt na de nieuwe methode.');
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  await page.screenshot({ path: test.info().outputPath('ambitions-dialog-1366.png') });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell).toContainText('minstens 55 % op III of hoger');
  await expect(cell).toContainText('III of hoger: landelijk 60 %');

  // The same key again: the form says it changes the one there, and the grid keeps one.
  await cell.click();
  await dialog.getByRole('textbox', { name: 'Percentage' }).fill('65');
  await expect(dialog).toContainText(
    'Deze groep heeft al een ambitie voor deze maat (minstens 55 % op III of hoger)',
  );
  await expect(dialog.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: /^Waarom\?/ }).fill('Boven het landelijk aandeel.');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('die is gewijzigd (versie 2)');
  await expect(cell).toContainText('minstens 65 % op III of hoger');
  await expect(cell).not.toContainText('55 %');

  const schooljaar = await page.getByRole('combobox', { name: 'Schooljaar', exact: true }).inputValue();
  const list = await apiGet<{ ambitions: Ambition[] }>(
    page,
    `/schools/${schoolId}/ambitions?schooljaar=${schooljaar}`,
  );
  const ofKey = list.body.ambitions.filter(
    (a) =>
      a.vak === 'spelling' &&
      a.jaargroep === 5 &&
      a.moment === 'B' &&
      a.target.kind === 'atOrAbove' &&
      a.target.level === 'III',
  );
  expect(ofKey.map((a) => [a.target.minShare, a.version, a.history.length])).toEqual([[0.65, 2, 2]]);
});

test('the schooloverzicht says direction and certainty in words, neutral within the margin, with a legend', async ({
  page,
}) => {
  await login(page, USERS.schoolleider);
  await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
  await page.getByRole('combobox', { name: 'Schooljaar', exact: true }).click();
  await page.getByRole('option', { name: LAST_RESULTS_SCHOOLJAAR }).click();
  await expect(page.locator('.overzicht-grid')).toBeVisible();
  const schoolId = /\/scholen\/([^/]+)\/schooloverzicht/.exec(page.url())?.[1] ?? '';

  const overview = await apiGet<{
    cells: { jaargroep: number; vak: string; figures: { verdict: string | null }[] }[];
  }>(page, `/schools/${schoolId}/schooloverzicht?schooljaar=${LAST_RESULTS_SCHOOLJAAR}&moment=E`);
  const verdicts = overview.body.cells.flatMap((c) => c.figures.map((f) => f.verdict ?? ''));
  expect(verdicts.every((v) => v === '' || v in VERDICT_WORDS)).toBe(true);
  const badges = await page.locator('.overzicht-grid .verdict-badge').allInnerTexts();
  expect(badges.length).toBeGreaterThan(0);
  for (const text of badges) expect(Object.values(VERDICT_WORDS)).toContain(text);
  expect(badges).not.toContain('Niet te onderscheiden');

  // A cell within the margin reads as such, in grey, and its button says so to a screen reader.
  const margin = overview.body.cells.find((c) => c.figures[0]?.verdict?.endsWith('-marge'));
  if (margin) {
    const words = VERDICT_WORDS[margin.figures[0]?.verdict ?? ''] ?? '';
    const vak = VAK_NAMES[margin.vak] ?? margin.vak;
    const button = page.getByRole('button', {
      name: new RegExp(`^Groep ${margin.jaargroep}, ${vak}: details`),
    });
    await expect(button).toHaveAccessibleName(new RegExp(words.replace(/[()]/g, '\\$&')));
    await expect(button.locator('.verdict-badge').first()).toHaveClass(/tone-marge/);
  }
  const legend = page.locator('.ogw-legend');
  await expect(legend).toContainText('Grijs: binnen de toevalsmarge');
  await expect(legend).toContainText('90%: het 90%-interval, de toevalsmarge');
  await page.screenshot({ path: test.info().outputPath('schooloverzicht-1366.png'), fullPage: true });
  await page.locator('.overzicht-grid').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('schooloverzicht-view-1366.png') });
  await legend.screenshot({ path: test.info().outputPath('schooloverzicht-legend.png') });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: /^Groep 5, Spelling: details/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.locator('.ogw-legend')).toContainText('Rood: duidelijk onder de ambitie');
  await expect(page.locator('.mantine-Drawer-content')).toHaveCSS('opacity', '1');
  await page.screenshot({ path: test.info().outputPath('cell-drawer-1366.png') });
  await expectNoAxeViolations(page);
});

test('the bestuur grid and the trends explain their words and marks in a legend', async ({ page }) => {
  await login(page, USERS.bestuur);
  await page.getByRole('link', { name: 'Resultaten per school' }).click();
  await expect(page.locator('.overzicht-grid')).toBeVisible();
  const badges = await page.locator('.overzicht-grid .verdict-badge').allInnerTexts();
  for (const text of badges) expect(Object.values(VERDICT_WORDS)).toContain(text);
  await expect(page.locator('.ogw-legend')).toContainText('Aandeel III of hoger');
  await expect(page.locator('.ogw-legend')).toContainText('Geen cijfer: minder dan 10 leerlingen');
  await page.screenshot({ path: test.info().outputPath('bestuur-grid-1366.png'), fullPage: true });
  await expectNoAxeViolations(page);

  await page.context().clearCookies();
  await login(page, USERS.schoolleider);
  await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
  await page.getByRole('link', { name: 'Trends' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trendanalyses' })).toBeVisible();
  const legend = page.locator('.ogw-legend');
  await expect(legend).toContainText('Band om de lijn');
  await expect(legend).toContainText('90%: het 90%-interval');
  await page.screenshot({ path: test.info().outputPath('trends-1366.png'), fullPage: true });
  await expectNoAxeViolations(page);
});
