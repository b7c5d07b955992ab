import { expect, test } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

test('the IB sees every group of the school, including combination groups, and can switch schooljaar', async ({
  page,
}) => {
  await login(page, USERS.ib);
  await expect(page.getByRole('heading', { name: /^Groepen van / })).toBeVisible();
  // The import spec may have added a group to this school earlier in the run, so the API is the yardstick.
  const schools = await apiGet<{ schools: { id: string }[] }>(page, '/schools');
  const current = await apiGet<{ groups: { id: string }[] }>(
    page,
    `/schools/${schools.body.schools[0]?.id ?? ''}/groups`,
  );
  const groupCount = current.body.groups.length;
  expect(groupCount).toBeGreaterThanOrEqual(8);
  const links = page.locator('.group-card a[href^="/groepen/"]');
  await expect(links).toHaveCount(groupCount);
  await expect(page.getByText('combinatiegroep').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('combobox', { name: 'Schooljaar' }).click();
  const options = page.getByRole('option');
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await options.nth(count - 1).click();
  await expect(links).toHaveCount(8);

  await page.getByRole('link', { name: 'Groep 7', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groep 7' })).toBeVisible();
});

test('the bestuur user sees counts per school and no pupil name anywhere', async ({ page, browser }) => {
  const ibPage = await browser.newPage();
  await login(ibPage, USERS.ib);
  const schools = await apiGet<{ schools: { id: string }[] }>(ibPage, '/schools');
  const schoolId = schools.body.schools[0]?.id ?? '';
  const groups = await apiGet<{ groups: { id: string }[] }>(ibPage, `/schools/${schoolId}/groups`);
  const group = await apiGet<{ pupils: { id: string; name: string }[] }>(
    ibPage,
    `/groups/${groups.body.groups[2]?.id ?? ''}`,
  );
  const pupil = group.body.pupils[0];
  expect(pupil).toBeDefined();
  await ibPage.close();

  await login(page, USERS.bestuur);
  await expect(page.getByRole('table', { name: /^Scholen van / })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await expectNoAxeViolations(page);
  const html = await page.content();
  for (const p of group.body.pupils) expect(html).not.toContain(p.name);
  await expect(page.locator('a[href^="/groepen/"], a[href^="/leerlingen/"]')).toHaveCount(0);

  const direct = await apiGet<{ error: { code: string } }>(page, `/pupils/${pupil?.id ?? ''}`);
  expect(direct.status).toBe(403);
  await page.goto(`/leerlingen/${pupil?.id ?? ''}`);
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await page.content()).not.toContain(pupil?.name ?? '');
});

test('the beheerder creates a teacher account, links a group, and the teacher sees that group', async ({
  page,
  browser,
}) => {
  await login(page, USERS.beheerder);
  await page.getByRole('link', { name: 'Gebruikers' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Nieuw account' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Nina Nieuw');
  await dialog.getByRole('textbox', { name: 'E-mailadres' }).fill('nina.nieuw@leerwinst.example');
  await dialog.getByRole('textbox', { name: 'Startwachtwoord' }).fill('een-goed-wachtwoord');
  await dialog.getByRole('combobox', { name: 'School of bestuur' }).click();
  await page.getByRole('option', { name: /^De Regenboog/ }).click();
  await dialog.getByRole('button', { name: 'Aanmaken' }).click();
  await expect(dialog).toHaveCount(0);

  const row = page.getByRole('row', { name: /Nina Nieuw/ });
  await row.getByRole('button', { name: /Acties/ }).click();
  await page.getByRole('menuitem', { name: 'Groepen koppelen' }).click();
  const groupsDialog = page.getByRole('dialog');
  await groupsDialog.getByRole('checkbox', { name: 'Groep 3' }).check();
  await groupsDialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(row).toContainText('Groep 3');

  const teacher = await browser.newPage();
  await login(teacher, 'nina.nieuw@leerwinst.example', 'een-goed-wachtwoord');
  await expect(teacher.locator('.group-card a[href^="/groepen/"]')).toHaveCount(1);
  await expect(teacher.locator('.group-card a[href^="/groepen/"]').first()).toHaveText('Groep 3');
  await teacher.close();
});
