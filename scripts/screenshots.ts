/**
 * Screenshots of the main pages for a person to look at (`node bin/run-ts.js scripts/screenshots.ts`).
 * Needs a running app (npm start) and Debian's Chromium; writes PNGs to ./screenshots/.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const out = 'screenshots';
const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function login(page: Page, email: string) {
  await page.goto(`${base}/login`);
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill('demo-leerwinst');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

async function shoot(page: Page, name: string, size: { width: number; height: number }, fullPage = false) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${out}/${name}-${size.width}.png`, fullPage });
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const size of sizes) {
  const page = await browser.newPage({ viewport: size });
  await page.goto(`${base}/login`);
  await shoot(page, 'login', size);
  await login(page, 'leerkracht@leerwinst.example');
  await shoot(page, 'home-leerkracht', size);
  await page.locator('a[href^="/groepen/"]').first().click();
  await page.locator('tbody tr').first().waitFor();
  await shoot(page, 'group', size, true);
  const groupUrl = page.url();
  await page.getByRole('link', { name: 'Datamuur' }).click();
  await page.locator('[data-testid="datamuur-card"]').first().waitFor();
  await shoot(page, 'datamuur', size);
  await page.getByRole('button', { name: 'Projecteren' }).click();
  await page.getByRole('button', { name: 'Start projectie' }).click();
  await page.locator('.dm-projection').waitFor();
  await shoot(page, 'projectie', size);
  await page.getByRole('button', { name: 'Stoppen' }).click();
  await page.goto(`${groupUrl}/groepsoverzicht`);
  await page.locator('.go-row').first().waitFor();
  await shoot(page, 'groepsoverzicht', size);
  await page.goto(`${groupUrl}/cyclus`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, 'cyclus', size, true);
  await page.goto(groupUrl);
  await page.locator('tbody a[href^="/leerlingen/"]').first().click();
  await page.locator('figure svg').first().waitFor();
  await shoot(page, 'pupil', size, true);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  for (const [who, email] of [
    ['ib', 'ib@leerwinst.example'],
    ['schoolleider', 'directie@leerwinst.example'],
    ['bestuur', 'bestuur@leerwinst.example'],
    ['beheerder', 'beheer@leerwinst.example'],
  ] as const) {
    await login(page, email);
    await shoot(page, `home-${who}`, size, true);
    if (who === 'ib') {
      await page.getByRole('link', { name: 'Instellingen' }).click();
      await page.getByRole('table', { name: 'Normtabellen' }).waitFor();
      await shoot(page, 'settings', size, true);
    }
    if (who === 'ib') {
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Cyclus van alle groepen' }).click();
      await page.locator('tbody tr').first().waitFor();
      await shoot(page, 'school-cyclus', size, true);
    }
    if (who === 'schoolleider') {
      await page.getByRole('link', { name: 'Schooloverzicht' }).first().click();
      await page.locator('.overzicht-grid').waitFor();
      await shoot(page, 'schooloverzicht', size, true);
      await page.getByRole('link', { name: 'Ambities' }).click();
      await page.locator('tbody tr').first().waitFor();
      await shoot(page, 'ambities', size);
      await page.goto(page.url().replace(/ambities.*/, 'trends'));
      await page.locator('figure').first().waitFor();
      await shoot(page, 'trends', size, true);
    }
    if (who === 'bestuur') {
      await page.getByRole('link', { name: 'Resultaten per school' }).click();
      await page.locator('.overzicht-grid').waitFor();
      await shoot(page, 'bestuur-grid', size);
    }
    if (who === 'beheerder') {
      await page.goto(`${base}/beheer/gebruikers`);
      await page.locator('tbody tr').first().waitFor();
      await shoot(page, 'admin-users', size, true);
      await page.goto(`${base}/beheer/scholen`);
      await page.locator('tbody tr').first().waitFor();
      await shoot(page, 'admin-schools', size);
    }
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  }
  await page.close();
}
await browser.close();
