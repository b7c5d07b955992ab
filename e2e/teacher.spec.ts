import { expect, test } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

interface GroupList {
  groups: { id: string; name: string }[];
}
interface SchoolList {
  schools: { id: string }[];
}

test('the login page is accessible and a wrong password gives one generic message', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(USERS.leerkracht);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill('verkeerd-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Het e-mailadres of het wachtwoord klopt niet.');
});

test('a teacher sees only their own group, its pupils with levels, and a pupil with history', async ({
  page,
}) => {
  await login(page, USERS.leerkracht);
  await expect(page.getByRole('heading', { name: 'Mijn groepen' })).toBeVisible();
  const groupLinks = page.locator('.group-card a[href^="/groepen/"]');
  await expect(groupLinks).toHaveCount(1);
  await expect(groupLinks.first()).toHaveText('Groep 5');
  await expectNoAxeViolations(page);

  await groupLinks.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groep 5' })).toBeVisible();
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(15);
  await expect(page.getByRole('columnheader', { name: 'Rekenen-wiskunde' })).toBeVisible();
  // Every pupil of groep 5 took tests in groep 4 last year: levels are shown, not empty cells.
  await expect(page.locator('tbody .mantine-Badge-root').first()).toHaveText(/^(I\+?|II|III|IV|V)$/);
  await expectNoAxeViolations(page);

  const firstPupil = page.locator('tbody a[href^="/leerlingen/"]').first();
  const name = (await firstPupil.textContent()) ?? '';
  await firstPupil.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Toetsresultaten' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Resultaten Rekenen-wiskunde' })).toBeVisible();
  await expect(page.locator('figure svg').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The teacher records an observation, and it is there after a reload.
  await page
    .getByRole('textbox', { name: 'Toelichting' })
    .fill('Werkt geconcentreerd in de kleine instructiegroep.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toHaveText('Observatie opgeslagen.');
  await page.reload();
  await expect(page.getByText('Werkt geconcentreerd in de kleine instructiegroep.')).toBeVisible();
});

test("a teacher gets 'not found' for another teacher's group, even by direct URL", async ({ browser }) => {
  const ibPage = await browser.newPage();
  await login(ibPage, USERS.ib);
  const schools = await apiGet<SchoolList>(ibPage, '/schools');
  const schoolId = schools.body.schools[0]?.id ?? '';
  const groups = await apiGet<GroupList>(ibPage, `/schools/${schoolId}/groups`);
  const groep7 = groups.body.groups.find((g) => g.name === 'Groep 7');
  expect(groep7).toBeDefined();
  await ibPage.close();

  const page = await browser.newPage();
  await login(page, USERS.leerkracht);
  await page.goto(`/groepen/${groep7?.id ?? ''}`);
  await expect(page.getByText('Deze pagina bestaat niet, of je hebt er geen toegang toe.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  const api = await apiGet<{ error: { code: string } }>(page, `/groups/${groep7?.id ?? ''}`);
  expect(api.status).toBe(404);
  await page.close();
});

test('keyboard: the skip link and the main navigation work without a mouse', async ({ page }) => {
  await login(page, USERS.leerkracht);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#inhoud')).toBeFocused();
  // Tab to the group card link and open it with Enter.
  const groupLink = page.locator('.group-card a[href^="/groepen/"]').first();
  await groupLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Groep 5' })).toBeVisible();
});
