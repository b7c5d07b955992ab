import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { LAST_RESULTS_SCHOOLJAAR } from './today';

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

test('the schoolleider sets an ambition, finds it in the schooloverzicht and drills down to a datamuur', async ({
  page,
}) => {
  await login(page, USERS.schoolleider);
  await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schooloverzicht' })).toBeVisible();
  await expect(page.locator('.overzicht-grid')).toBeVisible();
  await expectNoAxeViolations(page);
  // Other specs may have imported results into the current year; the demo's last full year is fixed.
  const schooljaar = LAST_RESULTS_SCHOOLJAAR;
  await choose(page, 'Schooljaar', schooljaar);
  await expect(page.getByRole('button', { name: /^Groep 5, Spelling/ })).toBeVisible();

  await page.getByRole('link', { name: 'Ambities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ambities' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Schooljaar', exact: true })).toHaveValue(schooljaar);
  // The grid of jaargroep × vak at the chosen moment: a cell opens to set its ambition.
  await page.getByText('Eind (E)', { exact: true }).click();
  await page.getByRole('button', { name: /^Groep 5, Spelling: ambities/ }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, 'Soort', 'Minstens … % met leerwinst zoals verwacht');
  const percentage = dialog.getByRole('textbox', { name: 'Percentage' });
  await percentage.fill('60');
  await dialog
    .getByRole('textbox', { name: 'Waarom?' })
    .fill('Spelling groeide vorig jaar te weinig in groep 5.');
  await dialog.getByRole('textbox', { name: /^Besloten door/ }).fill('Teambespreking november');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  const cell = page.getByRole('button', { name: /^Groep 5, Spelling: ambities/ });
  await expect(cell).toContainText('minstens 60 % met leerwinst zoals verwacht');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Schooloverzicht' }).click();
  await page.getByRole('button', { name: /^Groep 5, Spelling/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('row', { name: /minstens 60 % met leerwinst zoals verwacht/ })).toBeVisible();
  // axe measures contrast mid-animation otherwise.
  await expect(page.locator('.mantine-Drawer-content')).toHaveCSS('opacity', '1');
  await expectNoAxeViolations(page);

  const groupLink = drawer.getByRole('link', { name: /^Datamuur (?!jaargroep)/ }).first();
  const groupName = ((await groupLink.textContent()) ?? '').replace(/^Datamuur /, '');
  expect(groupName.length).toBeGreaterThan(0);
  await groupLink.click();
  await expect(page).toHaveURL(/\/groepen\/[^/]+\/datamuur\?vak=spelling/);
  await expect(page.locator('[data-testid="datamuur-card"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(groupName);
});

test('the bestuur user sees the board grid with figures per school and no pupil name in the DOM', async ({
  page,
  browser,
}) => {
  // Every pupil name of the first school, as the IB may read them, to search the bestuur's page for.
  const ibPage = await browser.newPage();
  await login(ibPage, USERS.ib);
  const schools = await apiGet<{ schools: { id: string }[] }>(ibPage, '/schools');
  const schoolId = schools.body.schools[0]?.id ?? '';
  const groups = await apiGet<{ groups: { id: string }[] }>(ibPage, `/schools/${schoolId}/groups`);
  const names: string[] = [];
  for (const g of groups.body.groups) {
    const group = await apiGet<{ pupils: { name: string }[] }>(ibPage, `/groups/${g.id}`);
    names.push(...group.body.pupils.map((p) => p.name));
  }
  expect(names.length).toBeGreaterThan(100);
  await ibPage.close();

  await login(page, USERS.bestuur);
  await page.getByRole('link', { name: 'Resultaten per school' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultaten van de scholen' })).toBeVisible();
  const grid = page.locator('.overzicht-grid');
  await expect(grid).toBeVisible();
  await expect(grid.locator('tbody tr')).toHaveCount(3);
  await expect(grid.getByText('Alle scholen samen')).toBeVisible();
  await expect(grid.getByText(/\d+(,\d)? %/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await choose(page, 'Vak', 'Spelling');
  await expect(page.getByText(/^Spelling, .*aandeel op III of hoger per school$/)).toBeVisible();

  // The outflow of the newest cohort per school; all schools together count every school's pupils.
  const uitstroom = page.getByRole('table', { name: /^Uitstroom van cohort/ });
  await expect(uitstroom.locator('tbody tr')).toHaveCount(3);
  const pupils = async (row: number) =>
    Number(await uitstroom.locator('tbody tr').nth(row).getByRole('cell').first().textContent());
  expect(await pupils(2)).toBe((await pupils(0)) + (await pupils(1)));
  expect(await pupils(2)).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/bestuur-uitstroom.png', fullPage: true });
  await expectNoAxeViolations(page);
  const html = await page.content();
  for (const name of names) expect(html).not.toContain(name);
  await expect(page.locator('a[href^="/groepen/"], a[href^="/leerlingen/"]')).toHaveCount(0);

  const pupilLevel = await apiGet<{ error: { code: string } }>(
    page,
    `/groups/${groups.body.groups[0]?.id ?? ''}`,
  );
  expect(pupilLevel.status).toBe(403);
});
