import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, login, USERS } from './helpers';

test('the pupil page shows functioneringsniveau, leerrendement and leerwinst per vak', async ({ page }) => {
  await login(page, USERS.leerkracht);
  await page.locator('.group-card a[href^="/groepen/"]').first().click();
  await page.locator('tbody a[href^="/leerlingen/"]').first().click();
  const rekenen = page.locator('div.mantine-Paper-root', {
    has: page.getByRole('heading', { name: 'Rekenen-wiskunde' }),
  });
  await expect(rekenen.getByText('Functioneringsniveau')).toBeVisible();
  await expect(rekenen.getByText(/DL \/ DLE · Leerrendement/)).toBeVisible();
  await expect(rekenen.getByText(/^Leerwinst sinds [BME]\d$/)).toBeVisible();
  await expect(rekenen.getByText('Instructie', { exact: true })).toBeVisible();
  // The demo has DLE tables, so leerrendement is a percentage, not "onbekend".
  await expect(rekenen.getByText(/\d+%/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the IB loads a school norm table: a bad file is refused line by line, a good one is read', async ({
  page,
}) => {
  await login(page, USERS.ib);
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schoolinstellingen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Normtabellen' })).toContainText('Rekenen-Wiskunde (demo)');
  await expectNoAxeViolations(page);

  const upload = page.getByRole('button', { name: /Normbestand/ });
  const bad =
    'toets;versie;moment;I;II;III;IV;gemiddelde\ndemo-rw;1.0;M5;90;80;70;60;75\ndemo-rw;1.0;M5;50;60;70;80;65\n';
  const chooser = page.waitForEvent('filechooser');
  await upload.click();
  await (await chooser).setFiles({ name: 'normen.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByRole('alert')).toContainText('regel 3');

  const good = 'toets;versie;moment;I;II;III;IV;gemiddelde\ndemo-rw;1.0;M5;90;80;70;60;75\n';
  const chooser2 = page.waitForEvent('filechooser');
  await upload.click();
  await (await chooser2).setFiles({ name: 'normen.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByRole('status')).toContainText('Ingelezen: 1 normregels');
  await expect(page.getByRole('table', { name: 'Normtabellen' })).toContainText('van deze school');
});
