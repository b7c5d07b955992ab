import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

/**
 * The start page of each role: its own to-do list at the top, each item linking to where it is done.
 * What the page must show is read from the API's own answers (the to-do list and, for the IB, the list
 * of pupils to discuss), so other specs that change the demo earlier in a run do not break this one.
 */

interface Todos {
  roles: string[];
  items: ({ code: string } & Record<string, unknown>)[];
}

const STEP_NAMES: Record<number, string> = {
  1: 'evalueren en groepsoverzicht aanvullen',
  2: 'signaleren',
  3: 'onderwijsbehoeften benoemen',
  4: 'clusteren',
  5: 'groepsplan opstellen',
  6: 'uitvoeren en evalueren',
};

async function firstSchool(page: Page) {
  const schools = await apiGet<{ schools: { id: string; name: string }[] }>(page, '/schools');
  const school = schools.body.schools[0];
  if (!school) throw new Error('no school');
  return school;
}

async function todosOf(page: Page, schoolId: string) {
  const todos = await apiGet<Todos>(page, `/schools/${schoolId}/todos`);
  expect(todos.status).toBe(200);
  return todos.body;
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/home-${name}.png`, fullPage: false });
}

test('the leerkracht sees their group’s step of the cycle and their afspraken first', async ({ page }) => {
  await login(page, USERS.leerkracht);
  const list = page.getByRole('region', { name: 'Wat nu te doen als leerkracht' });
  await expect(list).toBeVisible();
  const school = await firstSchool(page);
  const todos = await todosOf(page, school.id);
  expect(todos.roles).toEqual(['leerkracht']);

  const step = todos.items.find((i) => i.code === 'cycleStep') as
    { group: { id: string; name: string }; stap: number | null } | undefined;
  expect(step?.group.name).toBe('Groep 5');
  const stepLink = list.getByRole('link', {
    name:
      step?.stap == null
        ? new RegExp(`^Groep 5: de cyclus van .* is rond`)
        : `Groep 5: stap ${step.stap}, ${STEP_NAMES[step.stap] ?? ''}`,
  });
  await expect(stepLink).toHaveAttribute('href', `/groepen/${step?.group.id ?? ''}/cyclus`);

  const afspraken = todos.items.find((i) => i.code === 'afsprakenOpen') as { count: number } | undefined;
  if (afspraken) await expect(list.getByText(new RegExp(`^${afspraken.count} open afspra`))).toBeVisible();
  // Nothing of the IB's or the schoolleider's list; the own groups below as before.
  await expect(page.getByRole('region', { name: /als intern begeleider|als schoolleider/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Mijn groepen' })).toBeVisible();
  await screenshot(page, 'leerkracht');
  await expectNoAxeViolations(page);

  await stepLink.click();
  await expect(page).toHaveURL(new RegExp(`/groepen/${step?.group.id ?? ''}/cyclus$`));
});

test('the IB sees the groups by step, the pupils to discuss, besprekingen and OPP terms', async ({
  page,
}) => {
  await login(page, USERS.ib);
  const list = page.getByRole('region', { name: 'Wat nu te doen als intern begeleider' });
  await expect(list).toBeVisible();
  const school = await firstSchool(page);
  const todos = await todosOf(page, school.id);
  expect(todos.roles).toEqual(['ib']);

  // Every group of the school stands at some step (or is done) in the line about the cycle.
  const cycle = await apiGet<{ groups: { group: { name: string } }[] }>(page, `/schools/${school.id}/cycle`);
  const cycleLine = list.locator('li', { hasText: 'Groepen per stap van de cyclus' });
  await expect(cycleLine).toBeVisible();
  expect(cycle.body.groups.length).toBeGreaterThanOrEqual(8);
  for (const g of cycle.body.groups) await expect(cycleLine).toContainText(g.group.name);
  await expect(list.getByRole('link', { name: 'Cyclus van alle groepen' })).toHaveAttribute(
    'href',
    `/scholen/${school.id}/cyclus`,
  );

  // The count is the IB's own list of pupils to discuss.
  const toDiscuss = await apiGet<{ pupils: unknown[] }>(page, `/schools/${school.id}/pupils-to-discuss`);
  const n = toDiscuss.body.pupils.length;
  expect(n).toBeGreaterThan(0);
  const discussLink = list.getByRole('link', {
    name: `${n} ${n === 1 ? 'leerling' : 'leerlingen'} om te bespreken`,
  });
  await expect(discussLink).toHaveAttribute('href', '/zorg?tab=te-bespreken');

  for (const item of todos.items) {
    if (item.code === 'oppTerm') {
      const { opp, pupil } = item as unknown as { opp: { id: string }; pupil: { name: string } };
      await expect(list.getByRole('link', { name: new RegExp(`^OPP van ${pupil.name}`) })).toHaveAttribute(
        'href',
        `/opp/${opp.id}`,
      );
    }
    if (item.code === 'besprekingDue') {
      const { bespreking } = item as unknown as { bespreking: { id: string } };
      await expect(list.locator(`a[href="/besprekingen/${bespreking.id}"]`)).toBeVisible();
    }
  }
  // The IB's page keeps the wall of groups; the schoolleider's school-wide block is not on it.
  await expect(page.getByRole('heading', { name: /^Groepen van / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Schoolbreed' })).toHaveCount(0);
  await screenshot(page, 'ib');
  await expectNoAxeViolations(page);

  await discussLink.click();
  await expect(page).toHaveURL(/\/zorg\?tab=te-bespreken$/);
});

test('the schoolleider sees the teambespreking and ambitions, and the school-wide screens', async ({
  page,
}) => {
  await login(page, USERS.schoolleider);
  const list = page.getByRole('region', { name: 'Wat nu te doen als schoolleider' });
  await expect(list).toBeVisible();
  const school = await firstSchool(page);
  const todos = await todosOf(page, school.id);
  expect(todos.roles).toEqual(['schoolleider']);

  // The teambespreking of a toetsmoment: to hold once its results are in, else the next one announced.
  const team = todos.items.find((i) => i.code === 'teambespreking') as
    { state: 'due' | 'upcoming'; moment: string } | undefined;
  expect(team).toBeDefined();
  const momentWord = { B: 'begin', M: 'midden', E: 'eind' }[team?.moment ?? 'M'] ?? '';
  const teamLink = list.getByRole('link', {
    name:
      team?.state === 'due'
        ? new RegExp(`^Teambespreking houden over de ${momentWord}toetsen`)
        : new RegExp(`^Volgende teambespreking: na de ${momentWord}toetsen`),
  });
  await expect(teamLink).toHaveAttribute('href', `/scholen/${school.id}/schooloverzicht`);
  const ambitions = todos.items.find((i) => i.code === 'ambitionsMissing');
  await expect(list.locator(`a[href="/scholen/${school.id}/ambities"]`)).toHaveCount(ambitions ? 1 : 0);

  // Not the IB's page: no wall of groups and no care list, but the school-wide screens.
  await expect(page.getByRole('heading', { name: /^Groepen van / })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /als intern begeleider|als leerkracht/ })).toHaveCount(0);
  const block = page.getByRole('region', { name: 'Schoolbreed' });
  await expect(block.getByRole('link', { name: 'Schooloverzicht' })).toBeVisible();
  await expect(block.getByRole('link', { name: 'Ambities' })).toBeVisible();
  await screenshot(page, 'schoolleider');
  await expectNoAxeViolations(page);

  await teamLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schooloverzicht' })).toBeVisible();
});
