import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

async function openDatamuur(page: Page) {
  await login(page, USERS.leerkracht);
  await page.locator('.group-card a[href^="/groepen/"]').first().click();
  await page.getByRole('link', { name: 'Datamuur' }).click();
  await expect(page.locator('[data-testid="datamuur-card"]').first()).toBeVisible();
}

test('a teacher moves a card with the keyboard, gives a reason, and finds it kept after a reload', async ({
  page,
}) => {
  await openDatamuur(page);
  await expectNoAxeViolations(page);
  const verkort = page.getByRole('region', { name: 'Verkorte instructie' });
  const card = verkort.locator('[data-testid="datamuur-card"]').first();
  const name = (await card.locator('.dm-card__name').textContent()) ?? '';
  const menu = card.getByRole('button', { name: `Acties voor ${name}` });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Naar basisinstructie' })).toBeVisible();
  // The menu takes the focus a moment after it shows; arrows pressed before that go nowhere.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null))
    .toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Naar verlengde instructie' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Heeft na de zomer moeite met automatiseren; eerst verlengde instructie.');
  // Tab past "Annuleren" to "Plaatsen".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Plaatsen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  await page.reload();
  const verlengd = page.getByRole('region', { name: 'Verlengde instructie' });
  const moved = verlengd.locator('[data-testid="datamuur-card"]', { hasText: name });
  await expect(moved).toBeVisible();
  await expect(moved).toHaveClass(/dm-card--override/);
  await expect(moved).toContainText('automatiseren');
  await expect(verkort.locator('[data-testid="datamuur-card"]', { hasText: name })).toHaveCount(0);

  // The suggestion stays one click away.
  await moved.getByRole('button', { name: `Acties voor ${name}` }).click();
  await page.getByRole('menuitem', { name: /Terug naar voorstel/ }).click();
  await expect(verkort.locator('[data-testid="datamuur-card"]', { hasText: name })).toBeVisible();
});

test('a teacher drags a card with the mouse to another column, gives a reason, and finds it kept after a reload', async ({
  page,
}) => {
  await openDatamuur(page);
  const basis = page.getByRole('region', { name: 'Basisinstructie' });
  const verkort = page.getByRole('region', { name: 'Verkorte instructie' });
  const card = basis.locator('[data-testid="datamuur-card"]').first();
  const name = (await card.locator('.dm-card__name').textContent()) ?? '';
  const from = await card.locator('.dm-card__name').boundingBox();
  const to = await verkort.locator('.dm-column__cards').boundingBox();
  if (!from || !to) throw new Error('the card or the column is not on the screen');

  // dnd-kit's pointer sensor starts a drag after 6 px of movement and follows the pointer in steps.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 5 });
  await expect(card).toHaveClass(/dm-card--dragging/);
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 20 });
  await expect(verkort).toHaveClass(/dm-column--over/);
  await page.mouse.up();

  const dialog = page.getByRole('dialog', { name: `${name} naar verkorte instructie` });
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole('textbox', { name: /^Waarom\?/ })
    .fill('Werkt zelfstandig door en beheerst de stof al; kan met de verkorte instructie verder.');
  await dialog.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(dialog).toHaveCount(0);

  await page.reload();
  const moved = verkort.locator('[data-testid="datamuur-card"]', { hasText: name });
  await expect(moved).toBeVisible();
  await expect(moved).toHaveClass(/dm-card--override/);
  await expect(moved).toContainText('Werkt zelfstandig door');
  await expect(basis.locator('[data-testid="datamuur-card"]', { hasText: name })).toHaveCount(0);

  // Back to the suggestion, so the other tests see the wall as the data put it.
  await moved.getByRole('button', { name: `Acties voor ${name}` }).click();
  await page.getByRole('menuitem', { name: /Terug naar voorstel/ }).click();
  await expect(basis.locator('[data-testid="datamuur-card"]', { hasText: name })).toBeVisible();
});

test('projection with names hidden shows no pupil name anywhere in the DOM', async ({ page }) => {
  await openDatamuur(page);
  const names = await page.locator('.dm-card__name').allTextContents();
  expect(names.length).toBeGreaterThan(15);
  await page.getByRole('button', { name: 'Projecteren' }).click();
  await expect(page.getByRole('dialog', { name: 'Datamuur projecteren' })).toBeVisible();
  await page.getByRole('button', { name: 'Start projectie' }).click();
  await expect(page.locator('.dm-projection')).toBeVisible();
  await expectNoAxeViolations(page);
  const html = await page.content();
  for (const name of names) expect(html).not.toContain(name);
  // Every pupil is on the wall, those without a result too, and every card is on the screen without scrolling.
  await expect(
    page.locator('.dm-projection [data-testid="datamuur-card"]').filter({ visible: true }),
  ).toHaveCount(names.length);
  const viewport = page.viewportSize();
  for (const box of await page
    .locator('[data-testid="datamuur-card"]')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom))) {
    expect(box).toBeLessThanOrEqual(viewport?.height ?? 0);
  }
  await page.locator('.dm-projection__bar').getByText('Nummers').click();
  await expect(page.locator('.dm-card__name').first()).toHaveText(/^#\d+$/);
});

test('a teacher of another group gets no access to the datamuur, not even by URL', async ({ browser }) => {
  const ib = await browser.newPage();
  await login(ib, USERS.ib);
  const schools = await apiGet<{ schools: { id: string }[] }>(ib, '/schools');
  const groups = await apiGet<{ groups: { id: string; name: string }[] }>(
    ib,
    `/schools/${schools.body.schools[0]?.id ?? ''}/groups`,
  );
  const groep5 = groups.body.groups.find((g) => g.name === 'Groep 5');
  await ib.close();

  const page = await browser.newPage();
  await login(page, 'leerkracht7@leerwinst.example');
  await page.goto(`/groepen/${groep5?.id ?? ''}/datamuur`);
  await expect(page.getByText('Deze pagina bestaat niet, of je hebt er geen toegang toe.')).toBeVisible();
  await expect(page.locator('[data-testid="datamuur-card"]')).toHaveCount(0);
  expect((await apiGet(page, `/groups/${groep5?.id ?? ''}/datamuur`)).status).toBe(404);
  await page.close();
});
