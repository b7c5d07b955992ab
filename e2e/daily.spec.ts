/**
 * Daily use of the datamuur, the groepsoverzicht and the groepsplan, as a teacher sees it: few signals
 * with their reasons on hover and focus, a pupil who missed a test in a lane of their own, what was
 * written last period carried over and confirmed in one click, and a plan version only when the
 * teacher records one. Screenshots at 1366 × 768 go to test-results/daily-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

interface Signal {
  rule: string;
  vak: string | null;
  severity: string;
}
interface Analysis {
  vakken: string[];
  pupils: { id: string; leftOn: string | null; signals: Signal[] }[];
}
interface Card {
  id: string;
  name: string;
  level: string | null;
  moment: string | null;
  instructie: string | null;
  lastResult: { level: string | null; moment: string } | null;
  signals: Signal[];
}
interface Wall {
  vak: string | null;
  vakken: string[];
  meetpunt: string | null;
  cards: Card[];
}

async function groupsOf(page: Page) {
  const schools = await apiGet<{ schools: { id: string }[] }>(page, '/schools');
  const groups = await apiGet<{ groups: { id: string; name: string; pupilCount: number }[] }>(
    page,
    `/schools/${schools.body.schools[0]?.id ?? ''}/groups`,
  );
  return groups.body.groups;
}

/** The teacher's own group: the first one on the home page. */
async function ownGroup(page: Page) {
  await page.goto('/');
  const href = (await page.locator('.group-card a[href^="/groepen/"]').first().getAttribute('href')) ?? '';
  return href.split('/')[2] ?? '';
}

test('the demo signals at most a fifth of a group per vak and a third in any vak', async ({ page }) => {
  let compared = 0;
  // Both schools' IB: the second school has the combination groups.
  for (const ib of [USERS.ib, 'ib.kompas@leerwinst.example']) {
    await login(page, ib);
    compared += await compareShares(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  }
  expect(compared).toBeGreaterThan(6);
});

/** Checks every group of the logged-in IB's school with results; returns how many it compared. */
async function compareShares(page: Page): Promise<number> {
  let compared = 0;
  for (const group of await groupsOf(page)) {
    const { body } = await apiGet<Analysis>(page, `/groups/${group.id}/analysis`);
    const pupils = (body.pupils ?? []).filter((p) => p.leftOn === null);
    if (pupils.length < 10 || (body.vakken ?? []).length === 0) continue;
    const any = pupils.filter((p) => p.signals.length > 0).length / pupils.length;
    expect(any, `${group.name}: any vak`).toBeLessThanOrEqual(0.35);
    for (const vak of body.vakken) {
      const share = pupils.filter((p) => p.signals.some((s) => s.vak === vak)).length / pupils.length;
      expect(share, `${group.name}: ${vak}`).toBeLessThanOrEqual(0.2);
    }
    compared++;
  }
  return compared;
}

test('the "!" on a card shows its reasons on focus, and a click on the card opens the pupil', async ({
  page,
}) => {
  await login(page, USERS.leerkracht);
  const groupId = await ownGroup(page);
  let wall: Wall | null = null;
  for (const vak of (await apiGet<Wall>(page, `/groups/${groupId}/datamuur`)).body.vakken) {
    const w = (await apiGet<Wall>(page, `/groups/${groupId}/datamuur?vak=${vak}`)).body;
    if (w.cards.some((c) => c.signals.some((s) => s.vak !== null))) {
      wall = w;
      break;
    }
  }
  if (!wall?.vak) throw new Error('no signalled pupil on any wall of the group');
  const signalled = wall.cards.find((c) => c.signals.some((s) => s.vak !== null));
  await page.goto(`/groepen/${groupId}/datamuur?vak=${wall.vak}`);
  const card = page.locator('[data-testid="datamuur-card"]', { hasText: signalled?.name ?? '' });
  const mark = card.getByRole('button', { name: /^gesignaleerd/ });
  const tip = card.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await mark.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(`Signalen van ${signalled?.name ?? ''}`);
  // Worded per vak: the vak's name starts the reason.
  await expect(tip).toContainText(/Rekenen-wiskunde|Spelling|Begrijpend lezen|Technisch lezen/);
  await expect(mark).toHaveAccessibleDescription(/Signalen van/);
  await page.screenshot({ path: 'test-results/daily-datamuur.png' });
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expectNoAxeViolations(page);

  // Anywhere on the card, not only on the name.
  await card.click({ position: { x: 20, y: 34 } });
  await expect(page).toHaveURL(new RegExp(`/leerlingen/${signalled?.id ?? ''}$`));
});

test('a pupil who missed the test is in a lane of their own and is placed with a reason', async ({
  page,
}) => {
  await login(page, USERS.leerkracht);
  const groupId = await ownGroup(page);
  let found: { wall: Wall; card: Card } | null = null;
  const first = (await apiGet<Wall>(page, `/groups/${groupId}/datamuur`)).body;
  for (const vak of first.vakken) {
    const wall = (await apiGet<Wall>(page, `/groups/${groupId}/datamuur?vak=${vak}`)).body;
    const card = wall.cards.find((c) => c.level === null && c.lastResult && c.moment && !c.instructie);
    if (card) {
      found = { wall, card };
      break;
    }
  }
  if (!found?.card.lastResult) throw new Error('no pupil who missed a test in the teacher’s group');
  const { wall, card } = found;
  await page.goto(`/groepen/${groupId}/datamuur?vak=${wall.vak ?? ''}`);
  const lane = page.getByRole('region', { name: 'Geen resultaat op dit meetpunt' });
  const missed = lane.locator('[data-testid="datamuur-card"]', { hasText: card.name });
  await expect(missed).toContainText(
    `laatste resultaat: ${card.lastResult?.level ? `${card.lastResult.level} op ` : ''}${card.lastResult?.moment ?? ''}`,
  );
  await missed.getByRole('button', { name: `Acties voor ${card.name}` }).click();
  await page.getByRole('menuitem', { name: 'Plaatsen in basisinstructie' }).click();
  const dialog = page.getByRole('dialog', { name: `${card.name} naar basisinstructie` });
  await expect(dialog).toContainText('Er is geen toetsresultaat op dit meetpunt');
  await dialog
    .getByRole('textbox', { name: /^Waarom\?/ })
    .fill('Was ziek tijdens de toets; werkt in de les mee op basisniveau.');
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  const placed = page
    .getByRole('region', { name: 'Basisinstructie' })
    .locator('[data-testid="datamuur-card"]', { hasText: card.name });
  await expect(placed).toContainText('laatste resultaat');
  await expect(placed).toHaveClass(/dm-card--override/);

  // In the groepsoverzicht the same vak names the missed test and the latest earlier result.
  await page.goto(`/groepen/${groupId}/groepsoverzicht`);
  // The pupils' table: the social-emotional section below it names the same pupils.
  const row = page
    .locator('.go-table')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: card.name }) });
  await expect(row).toContainText('laatste resultaat');

  // Back as it was, for the other specs.
  const response = await page.request.delete(
    `/api/pupils/${card.id}/placement?vak=${wall.vak ?? ''}&schooljaar=${wall.meetpunt?.slice(0, 9) ?? ''}&moment=${card.moment ?? ''}`,
    { headers: { 'content-type': 'application/json' } },
  );
  expect(response.status()).toBe(200);
});

interface Overview {
  periods: { id: string; name: string }[];
  periode: { id: string };
  pupils: { id: string; name: string; row: { version: number }; carriedFrom: { name: string } | null }[];
}

test('what was written in period 1 is carried into period 2, marked, and confirmed in one click', async ({
  page,
}) => {
  await login(page, USERS.leerkracht);
  const groupId = await ownGroup(page);
  const now = (await apiGet<Overview>(page, `/groups/${groupId}/groepsoverzicht`)).body;
  const [p1, p2] = now.periods;
  if (!p1 || !p2) throw new Error('two periods expected');
  const inP1 = (await apiGet<Overview>(page, `/groups/${groupId}/groepsoverzicht?periode=${p1.id}`)).body;
  const inP2 = (await apiGet<Overview>(page, `/groups/${groupId}/groepsoverzicht?periode=${p2.id}`)).body;
  const pupil = inP2.pupils.find((p) => p.row.version === 0) ?? inP2.pupils[0];
  const before = inP1.pupils.find((p) => p.id === pupil?.id);
  const texts = {
    stimulerend: 'Werkt graag samen met een maatje.',
    belemmerend: 'Raakt snel afgeleid bij drukte.',
    behoeftePedagogisch: 'Heeft nodig dat de leerkracht de start van de les rustig houdt.',
    behoefteDidactisch: 'Heeft nodig dat nieuwe stof concreet begint, met materiaal.',
  };
  const saved = await page.request.put(`/api/groups/${groupId}/groepsoverzicht/${pupil?.id ?? ''}`, {
    data: { periodeId: p1.id, version: before?.row.version ?? 0, ...texts },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/groepen/${groupId}/groepsoverzicht?periode=${p2.id}`);
  const row = page
    .locator('.go-table')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: pupil?.name ?? '' }) });
  await expect(row).toContainText('uit periode 1 — klopt dit nog?');
  await expect(
    row.getByRole('textbox', { name: `Onderwijsbehoeften didactisch: ${pupil?.name ?? ''}` }),
  ).toHaveValue(texts.behoefteDidactisch);
  await page.screenshot({ path: 'test-results/daily-groepsoverzicht.png' });
  await row
    .getByRole('button', { name: `Factoren en onderwijsbehoeften van ${pupil?.name ?? ''} kloppen nog` })
    .click();
  await expect(row).not.toContainText('klopt dit nog?');
  await expect
    .poll(async () => {
      const o = (await apiGet<Overview>(page, `/groups/${groupId}/groepsoverzicht?periode=${p2.id}`)).body;
      const p = o.pupils.find((x) => x.id === pupil?.id);
      return [p?.carriedFrom ?? null, p?.row.version];
    })
    .toEqual([null, 1]);
  await page.reload();
  await expect(
    page
      .locator('.go-table')
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: pupil?.name ?? '' }) }),
  ).not.toContainText('klopt dit nog?');
  await expectNoAxeViolations(page);
});

interface Plan {
  id: string;
  version: number;
  stage: string;
  history: { number: number }[];
}
interface Cycle {
  periode: { id: string };
  plans: { id: string; vak: string }[];
  vakken: string[];
}

test('typing keeps the plan as a draft; a version is made only on "vastleggen"', async ({ page }) => {
  await login(page, USERS.leerkracht);
  const groupId = await ownGroup(page);
  const cycle = (await apiGet<Cycle>(page, `/groups/${groupId}/cycle`)).body;
  let planId = cycle.plans[0]?.id;
  if (!planId) {
    const created = await page.request.post(`/api/groups/${groupId}/plans`, {
      data: { periodeId: cycle.periode.id, vak: cycle.vakken[0], vorm: 'groepsplan' },
    });
    planId = ((await created.json()) as Plan).id;
  }
  await page.goto(`/groepsplannen/${planId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  let plan = (await apiGet<Plan>(page, `/plans/${planId}`)).body;
  if (plan.stage === 'concept') {
    await page
      .getByRole('button', { name: /^Doel toevoegen/ })
      .first()
      .click();
    await page
      .getByRole('textbox', { name: /^Streefwaarde: Doelen 1/ })
      .first()
      .fill('5');
  }
  const kept = () => apiGet<Plan>(page, `/plans/${planId}`).then((r) => r.body.history.length);
  const keptBefore = plan.history.length;
  await page
    .getByRole('textbox', { name: 'Basisdoel voor de hele groep' })
    .fill('Alle leerlingen lezen vlot en foutloos.');
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Basisdoel voor de hele groep' }).press('End');
  await page.keyboard.type(' Ook thuis.');
  await expect
    .poll(async () => (await apiGet<Plan>(page, `/plans/${planId}`)).body.version)
    .toBeGreaterThan(plan.version + 1);
  // Several saves, no new version.
  expect(await kept()).toBe(keptBefore);
  await expect(page.getByText('Gewijzigd sinds de laatste versie')).toBeVisible();
  await page.screenshot({ path: 'test-results/daily-plan.png' });
  await page.getByRole('button', { name: 'Vastleggen als versie' }).click();
  await expect(page.getByText('Vastgelegd', { exact: true })).toBeVisible();
  expect(await kept()).toBe(keptBefore + 1);
  plan = (await apiGet<Plan>(page, `/plans/${planId}`)).body;
  await page.getByRole('button', { name: /^Geschiedenis/ }).click();
  await expect(page.getByTestId('plan-history')).toContainText(`Versie ${plan.history[0]?.number ?? 0}`);
  await expect(page.getByTestId('plan-history')).toContainText('vastgelegd');
  await expectNoAxeViolations(page);
});
