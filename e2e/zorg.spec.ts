import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { LAST_RESULTS_SCHOOLJAAR } from './today';

async function choose(page: Page, label: string, option: string | RegExp, within: Page | Locator = page) {
  await within.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

/** axe measures contrast mid-animation otherwise. */
async function settledDialog(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  return dialog;
}

const ANSWERS = [
  'Rekenen: de doelen zijn grotendeels bereikt, behalve bij de subgroep verlengde instructie.',
  'Begrijpend lezen blijft onder de ambitie van de school; spelling is niet te onderscheiden.',
  'Meer modelen en hardop denken bij begrijpend lezen; de leerkracht vraagt om een collegiale consultatie.',
  'In het nieuwe groepsplan een subgroep begrijpend lezen met twee keer per week verlengde instructie.',
];
/** The last day of the schooljaar whose results the demo has: the groepsbespreking closes its period 2. */
const HELD_ON = `${LAST_RESULTS_SCHOOLJAAR.slice(5)}-07-01`;
const RAISE_ON = `${LAST_RESULTS_SCHOOLJAAR.slice(5)}-07-08`;
const AFSPRAAK = 'Begrijpend lezen: twee keer per week modelen in de instructie';

test('the IB plans a groepsbespreking, fills it from the demo, sends a pupil on and vaststelt it; the teacher finds the afspraak', async ({
  page,
  browser,
}) => {
  // The group's teacher, as the teacher's own account names her.
  const teacherContext = await browser.newContext();
  const teacherPage = await teacherContext.newPage();
  await login(teacherPage, USERS.leerkracht);
  const teacher = (await apiGet<{ user: { name: string } }>(teacherPage, '/auth/me')).body.user.name;
  expect(teacher.length).toBeGreaterThan(0);

  await login(page, USERS.ib);
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Leerlingzorg' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leerlingzorg' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Jaarplanning' }).click();
  await expect(page.getByRole('table', { name: /^Jaarplanning groepsbesprekingen/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('tab', { name: 'Te bespreken' }).click();
  await expect(page.getByRole('table', { name: 'Leerlingen om te bespreken, met de reden' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('tab', { name: 'Afspraken' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Toon' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Plan the groepsbespreking of groep 5 that closes the demo's last full schooljaar.
  await page.getByRole('tab', { name: 'Besprekingen' }).click();
  await choose(page, 'Schooljaar', LAST_RESULTS_SCHOOLJAAR);
  await page.getByRole('button', { name: 'Nieuwe bespreking' }).click();
  const dialog = await settledDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Soort bespreking' })).toHaveValue(/^Groepsbespreking/);
  await choose(page, 'Groep', 'Groep 5', dialog);
  await choose(page, 'Periode', /^Periode 2/, dialog);
  await dialog.getByRole('textbox', { name: 'Datum' }).fill(HELD_ON);
  await expect(dialog).toContainText(teacher);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Plannen en openen' }).click();

  // The agenda is filled from the demo: per vak the group's result with N, against the ambition.
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsbespreking Groep 5' })).toBeVisible();
  await expect(page).toHaveURL(/\/besprekingen\/[^/]+$/);
  const results = page.getByRole('table', { name: /^Groep 5, .* E: per vak het resultaat/ });
  for (const vak of ['Rekenen-wiskunde', 'Spelling', 'Begrijpend lezen', 'Technisch lezen'])
    await expect(results.getByRole('rowheader', { name: new RegExp(`^${vak}`) })).toBeVisible();
  const n = Number(await results.locator('tbody tr').first().locator('td').first().textContent());
  expect(n).toBeGreaterThanOrEqual(10);
  await expect(results.getByText(/^minstens \d+ % op III of hoger$/).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Gesignaleerde leerlingen' })).toBeVisible();
  // The group's teacher takes part from the start.
  await expect(page.locator('.mantine-Pill-root', { hasText: teacher })).toBeVisible();
  await expectNoAxeViolations(page);

  // The four questions, saved as they are typed; a reload keeps them.
  const questions = page.getByRole('textbox', { name: /^[1-4]\. / });
  await expect(questions).toHaveCount(4);
  for (const [i, answer] of ANSWERS.entries()) await questions.nth(i).fill(answer);
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen \d/ })).toBeVisible();
  await page.reload();
  for (const [i, answer] of ANSWERS.entries())
    await expect(page.getByRole('textbox', { name: /^[1-4]\. / }).nth(i)).toHaveValue(answer);

  // An afspraak for the group's teacher.
  await page.getByRole('textbox', { name: 'Afspraak' }).fill(AFSPRAAK);
  await choose(page, 'Wie', teacher);
  await page.getByRole('textbox', { name: 'Uiterlijk' }).fill('2026-12-15');
  await page.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  const afspraken = page.getByRole('table', { name: 'Afspraken van deze bespreking' });
  await expect(afspraken.getByRole('row', { name: new RegExp(AFSPRAAK) })).toContainText(teacher);

  // A signalled pupil goes on to a leerlingbespreking, planned at once.
  const signalled = page.getByRole('table', { name: 'Gesignaleerde leerlingen' });
  const firstRow = signalled.locator('tbody tr').first();
  const pupil = ((await firstRow.getByRole('rowheader').textContent()) ?? '').trim();
  expect(pupil.length).toBeGreaterThan(0);
  await firstRow.getByRole('button', { name: `${pupil} naar een leerlingbespreking` }).click();
  const raise = await settledDialog(page);
  await raise.getByRole('textbox', { name: 'Waarom?' }).fill('Twee keer het laagste niveau; lage groei.');
  await raise.getByRole('textbox', { name: /^Datum leerlingbespreking/ }).fill(RAISE_ON);
  await expectNoAxeViolations(page);
  await raise.getByRole('button', { name: 'Doorsturen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const raised = page.getByRole('table', { name: 'Naar een leerlingbespreking' });
  await expect(raised.getByRole('row', { name: new RegExp(pupil) })).toContainText(
    'Twee keer het laagste niveau',
  );
  await expect(raised.getByRole('link', { name: `Leerlingbespreking ${pupil} openen` })).toBeVisible();

  // Vaststellen: the dialog says it locks; afterwards the answers are read-only and a correction asks why.
  await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  const confirm = await settledDialog(page);
  await expect(confirm).toContainText('bevroren');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Vaststellen en vergrendelen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(
    page.getByText('Deze bespreking is vastgesteld en kan niet meer veranderen.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^1\. / })).not.toBeEditable();
  await expect(page.getByRole('textbox', { name: /^1\. / })).toHaveValue(ANSWERS[0] ?? '');
  await expect(page.getByRole('button', { name: 'Vaststellen', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Afspraak vastleggen' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Eerdere versies van deze bespreking' })).toContainText(
    'Vastgesteld',
  );
  await expectNoAxeViolations(page);

  // The leerlingbespreking the pupil was sent to: the pupil's own agenda.
  await page.getByRole('link', { name: `Leerlingbespreking ${pupil} openen` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Leerlingbespreking ${pupil}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ontwikkeling per vak' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Besluit' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The teacher finds the afspraak on the start page.
  await teacherPage.goto('/');
  await expect(teacherPage.getByRole('heading', { name: 'Mijn afspraken' })).toBeVisible();
  const mine = teacherPage.getByRole('table', { name: 'Mijn open afspraken, met de termijn' });
  await expect(mine.getByRole('row', { name: new RegExp(AFSPRAAK) })).toBeVisible();
  await expectNoAxeViolations(teacherPage);
  await teacherContext.close();
});
