import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, login, USERS } from './helpers';
import { LAST_RESULTS_SCHOOLJAAR, TODAY } from './today';

/** The pages no other spec visits, each checked by axe once its content has arrived. */

async function openSchooloverzicht(page: Page) {
  await login(page, USERS.schoolleider);
  await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schooloverzicht' })).toBeVisible();
  await expect(page.locator('.overzicht-grid')).toBeVisible();
}

test('the trend analyses pass axe', async ({ page }) => {
  await openSchooloverzicht(page);
  await page.getByRole('link', { name: 'Trends', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trendanalyses' })).toBeVisible();
  await expect(page.locator('figure').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a teambespreking passes axe', async ({ page }) => {
  await openSchooloverzicht(page);
  await page.getByRole('textbox', { name: 'Datum van de bespreking' }).fill(TODAY);
  await page.getByRole('button', { name: 'Teambespreking vastleggen' }).click();
  await expect(page).toHaveURL(/\/teambesprekingen\/[^/]+$/);
  const day = TODAY.split('-').reverse().join('-');
  await expect(page.getByRole('heading', { level: 1, name: `Teambespreking ${day}` })).toBeVisible();
  // The figures are frozen at the server's clock, which `--today` set to the same day.
  await expect(page.getByText(`zoals ze op ${day} stonden`, { exact: false })).toBeVisible();
  await expect(
    page.getByText('Zijn de afgesproken doelen en ambities behaald? Zo nee, wat is de oorzaak?'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the datamuur of a whole jaargroep passes axe', async ({ page }) => {
  await openSchooloverzicht(page);
  await page.getByRole('combobox', { name: 'Schooljaar', exact: true }).click();
  await page.getByRole('option', { name: LAST_RESULTS_SCHOOLJAAR }).click();
  await page.getByRole('button', { name: /^Groep 5, Spelling/ }).click();
  await page.getByRole('dialog').getByRole('link', { name: 'Datamuur jaargroep 5' }).click();
  await expect(page).toHaveURL(/\/scholen\/[^/]+\/datamuur\?jaargroep=5/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Datamuur');
  await expect(page.locator('[data-testid="datamuur-card"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the beheerder’s list of schools passes axe', async ({ page }) => {
  await login(page, USERS.beheerder);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Scholen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scholen' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page);
});
