/**
 * The prints a teacher hands out: the groepsoverzicht (A4 landscape), a groepsplan (A4, two pages for
 * three subgroups) and the datamuur (one A3 sheet). Each is printed to PDF the way Chromium prints it
 * (the page's own @page size), its pages counted from the PDF's bytes, and the page laid out at the
 * paper's width under print media checked for what a reader must not meet: form controls, placeholders,
 * cut-off text, a missing name.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, login, USERS } from './helpers';

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree node) and the first MediaBox. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Math.round(Number(box?.[1])), height: Math.round(Number(box?.[2])) };
}

/** Paper sizes in PDF points (1/72 inch). */
const A4_LANDSCAPE = { width: 842, height: 595 };
const A4_PORTRAIT = { width: 595, height: 842 };
const A3_LANDSCAPE = { width: 1191, height: 842 };

/** The CSS pixels between the margins of each @page, so the DOM is laid out as on the paper. */
const mmToPx = (mm: number) => Math.floor((mm * 96) / 25.4);

async function printToPdf(page: Page, name: string) {
  const pdf = await page.pdf({ path: test.info().outputPath(`${name}.pdf`), preferCSSPageSize: true });
  return pdfPages(pdf);
}

/**
 * Under print media at the paper's width: every visible form control, every element of `selector`
 * whose content is wider than its box (cut or clipped text), and whatever sticks out past the right
 * edge of the sheet.
 */
async function printFaults(page: Page, selector: string, paperWidthMm: number) {
  await page.setViewportSize({ width: mmToPx(paperWidthMm), height: 900 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((sel) => {
    const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const main = document.querySelector('main') ?? document.body;
    // A button that reads as text on paper (a card's name, the "!" mark) is no form control; a
    // Mantine button, a field or a list to choose from is.
    const controls = [
      ...main.querySelectorAll(
        'input, textarea, select, .mantine-Button-root, .mantine-ActionIcon-root, [role="combobox"], [placeholder]',
      ),
    ]
      .filter(visible)
      .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent ?? ''}`);
    const clipped = [...main.querySelectorAll(sel)]
      .filter((el) => visible(el) && el instanceof HTMLElement)
      .filter((el) => (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1)
      .map(describe);
    const sheet = document.documentElement.clientWidth;
    const outside = [...main.querySelectorAll('table, section, .dm-board, .dm-legend')]
      .filter((el) => visible(el) && el.getBoundingClientRect().right > sheet + 1)
      .map(describe);
    return { controls, clipped, outside };
  }, selector);
}

async function ownGroup(page: Page): Promise<string> {
  const href = (await page.locator('a[href^="/groepen/"]').first().getAttribute('href')) ?? '';
  return href.split('/')[2] ?? '';
}

test('the groepsoverzicht prints on A4 landscape with every column, texts instead of fields', async ({
  page,
}) => {
  await login(page, USERS.leerkracht);
  const groupId = await ownGroup(page);
  const api = await apiGet<{ pupils: { name: string }[] }>(page, `/groups/${groupId}/groepsoverzicht`);
  const names = api.body.pupils.map((p) => p.name);
  expect(names.length).toBeGreaterThanOrEqual(20);
  await page.goto(`/groepen/${groupId}/groepsoverzicht`);
  await expect(page.locator('.go-row')).toHaveCount(names.length);

  const faults = await printFaults(
    page,
    '.go-table th, .go-table td, .go-mini th, .go-mini td, .mantine-Badge-label',
    277,
  );
  expect(faults).toEqual({ controls: [], clipped: [], outside: [] });
  const table = page.locator('.go-table');
  for (const header of ['Leerling', 'Toetsgegevens', 'Observaties', 'Onderwijsbehoeften'])
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  for (const name of names) await expect(table.getByRole('rowheader', { name })).toBeVisible();
  // The screen's hints to the teacher are not printed; an empty field is a dash on paper.
  const text = await page.locator('#inhoud').innerText();
  expect(text).not.toContain('klopt dit nog?');
  expect(text).not.toContain('Wat helpt, wat remt');
  expect(text).not.toContain('heeft … nodig om … te bereiken');
  await expect(table.locator('.go-print-label', { hasText: 'Pedagogisch' }).first()).toBeVisible();

  const pdf = await printToPdf(page, 'groepsoverzicht');
  expect({ width: pdf.width, height: pdf.height }).toEqual(A4_LANDSCAPE);
  // 25 pupils of about 25 mm each on sheets of 190 mm: four to seven pages, never the 8 of portrait.
  expect(pdf.pages).toBeGreaterThanOrEqual(3);
  expect(pdf.pages).toBeLessThanOrEqual(7);
});

interface Cycle {
  plans: { id: string; vak: string }[];
}
interface PlanDetail {
  content: { subgroepen: { naam: string; leerlingen: string[] }[] };
  pupils: { id: string; name: string }[];
}

test('a groepsplan of three subgroups prints on two A4 pages, the evaluation as words', async ({ page }) => {
  await login(page, USERS.leerkracht);
  const groupId = await ownGroup(page);
  const cycle = (await apiGet<Cycle>(page, `/groups/${groupId}/cycle`)).body;
  const planId = cycle.plans.find((p) => p.vak === 'rekenen-wiskunde')?.id ?? '';
  const plan = (await apiGet<PlanDetail>(page, `/plans/${planId}`)).body;
  expect(plan.content.subgroepen).toHaveLength(3);
  await page.goto(`/groepsplannen/${planId}`);
  await expect(page.locator('.plan-subgroup')).toHaveCount(3);

  // Before the closing results nothing is judged: on paper one sentence, not tables of "onbekend".
  let faults = await printFaults(page, '.plan-page th, .plan-page td, .mantine-Badge-label', 188);
  expect(faults).toEqual({ controls: [], clipped: [], outside: [] });
  const evaluation = page.locator('.plan-evaluation');
  await expect(evaluation.getByText('Nog geen leerling beoordeeld op de doelen.')).toBeVisible();
  await expect(evaluation.locator('table:visible')).toHaveCount(0);
  for (const sub of plan.content.subgroepen)
    await expect(page.getByRole('heading', { name: `${sub.naam} (${sub.leerlingen.length})` })).toBeVisible();
  const inPlan = new Set(plan.content.subgroepen.flatMap((s) => s.leerlingen));
  for (const p of plan.pupils.filter((x) => inPlan.has(x.id)))
    await expect(page.locator('.plan-pupils').getByRole('rowheader', { name: p.name })).toBeVisible();
  let pdf = await printToPdf(page, 'groepsplan');
  expect({ width: pdf.width, height: pdf.height }).toEqual(A4_PORTRAIT);
  expect(pdf.pages).toBe(2);

  // The teacher judges a pupil by hand: the evaluation's tables print, each judgement as a word.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1366, height: 768 });
  const first = plan.pupils.find((p) => p.id === plan.content.subgroepen[0]?.leerlingen[0]);
  await page
    .getByRole('combobox', { name: new RegExp(`^Evaluatie .* voor ${first?.name ?? ''}$`) })
    .first()
    .click();
  await page.getByRole('option', { name: 'Behaald', exact: true }).click();
  faults = await printFaults(page, '.plan-page th, .plan-page td, .mantine-Badge-label', 188);
  expect(faults).toEqual({ controls: [], clipped: [], outside: [] });
  await expect(evaluation.locator('table').first()).toBeVisible();
  await expect(evaluation.getByText('Behaald', { exact: true }).first()).toBeVisible();
  await expect(evaluation.getByText('Onbekend', { exact: true }).first()).toBeVisible();
  pdf = await printToPdf(page, 'groepsplan-beoordeeld');
  expect(pdf.pages).toBeLessThanOrEqual(3);
});

test('the datamuur prints on one A3 sheet with whole names and a legend; projected, with initials', async ({
  page,
}) => {
  await login(page, USERS.leerkracht);
  const groupId = await ownGroup(page);
  const wall = (
    await apiGet<{ cards: { name: string; initials: string }[] }>(page, `/groups/${groupId}/datamuur`)
  ).body;
  await page.goto(`/groepen/${groupId}/datamuur`);
  await expect(page.locator('[data-testid="datamuur-card"]')).toHaveCount(wall.cards.length);

  const faults = await printFaults(
    page,
    '.dm-card__name, .dm-card__note, .dm-column__title, .mantine-Badge-label',
    400,
  );
  expect(faults).toEqual({ controls: [], clipped: [], outside: [] });
  const cards = page.locator('[data-testid="datamuur-card"] .dm-card__name');
  expect((await cards.allInnerTexts()).sort()).toEqual(wall.cards.map((c) => c.name).sort());
  const legend = page.getByRole('region', { name: 'Legenda' });
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('gesignaleerd');
  // The board spans the sheet, not the screen's column of content.
  const board = await page.locator('.dm-board').boundingBox();
  expect(board?.width ?? 0).toBeGreaterThan(mmToPx(400) * 0.95);
  let pdf = await printToPdf(page, 'datamuur');
  expect({ width: pdf.width, height: pdf.height }).toEqual(A3_LANDSCAPE);
  expect(pdf.pages).toBe(1);

  // Projected with initials (the default for a room): the print shows what the room sees.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Projecteren' }).click();
  await page.getByRole('button', { name: 'Start projectie' }).click();
  await expect(page.locator('.dm-projection')).toBeVisible();
  await page.setViewportSize({ width: mmToPx(400), height: 900 });
  await page.emulateMedia({ media: 'print' });
  const shown = await page.locator('.dm-projection .dm-card__name').allInnerTexts();
  expect(shown.sort()).toEqual(wall.cards.map((c) => c.initials).sort());
  expect(await page.locator('.dm-projection').innerText()).not.toContain(wall.cards[0]?.name ?? '');
  await expect(page.getByRole('region', { name: 'Legenda' })).toBeVisible();
  pdf = await printToPdf(page, 'datamuur-projectie');
  expect(pdf.pages).toBe(1);
});
