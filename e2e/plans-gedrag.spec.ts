/**
 * A plan beyond the toets vakken, and the groepsoverzicht's group section, in the browser. The IB
 * makes a werkhouding plan for Groep 8 from the cycle's step 5 (no toets needed), writes an
 * observable-behaviour goal, and evaluates it per goal with its evidence; then fills the group
 * section of Groep 8's groepsoverzicht, which is saved as typed and printed above the pupils. Groep 8,
 * not the demo teacher's Groep 5: other specs read that group's cycle and overview.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

const GOAL = {
  gedrag: 'Werkt 15 minuten zelfstandig aan de weektaak',
  hoe: 'Observatie tijdens het zelfstandig werken',
  criterium: '4 van 5 observaties',
};
const TEXTS = {
  vraagt: 'Een groep die veel structuur vraagt bij overgangen.',
  factoren: 'Stimulerend: helpen elkaar. Belemmerend: onrustig na de pauze.',
  leerkracht: 'Ik heb nodig: een collega die meekijkt bij de start van de middag.',
};

interface PlanBody {
  vak: string;
  status: string;
  content: { subgroepen: { key: string; doelen: { kind: string; text?: string; criterium?: string }[] }[] };
  evaluation: { doelen?: Record<string, { status: string; bewijs: string }> } | null;
}

async function groep8(page: Page): Promise<string> {
  const schools = await apiGet<{ schools: { id: string }[] }>(page, '/schools');
  const school = schools.body.schools[0]?.id ?? '';
  const groups = await apiGet<{ groups: { id: string; name: string }[] }>(page, `/schools/${school}/groups`);
  const group = groups.body.groups.find((g) => g.name === 'Groep 8');
  if (!group) throw new Error('no Groep 8');
  return group.id;
}

test('the IB makes and evaluates a werkhouding plan with an observable goal, and fills the group section', async ({
  page,
}) => {
  await login(page, USERS.ib);
  const groupId = await groep8(page);

  // Step 5 offers plans for werkhouding, gedrag and sociaal-emotioneel next to the vakken.
  await page.goto(`/groepen/${groupId}/cyclus`);
  const domeinen = page.getByTestId('domein-plans');
  await expect(domeinen).toContainText('Werkhouding, gedrag en sociaal-emotioneel');
  await domeinen.getByRole('button', { name: 'Plan voor werkhouding maken' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Groepsplan werkhouding · Groep 8' }),
  ).toBeVisible();
  const planId = page.url().split('/').at(-1) ?? '';

  // An observable-behaviour goal for the whole group: what, how observed, when reached.
  await page.getByRole('button', { name: 'Doel toevoegen: hele groep' }).click();
  const label = 'Doelen 1 (Hele groep)';
  await expect(page.getByRole('combobox', { name: `Soort doel: ${label}` })).toHaveValue(
    'Waarneembaar gedrag',
  );
  await page.getByRole('textbox', { name: `Gedrag: ${label}` }).fill(GOAL.gedrag);
  await page.getByRole('textbox', { name: `Hoe je het waarneemt: ${label}` }).fill(GOAL.hoe);
  await page.getByRole('textbox', { name: `Wanneer behaald: ${label}` }).fill(GOAL.criterium);
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The evaluation per goal: no proposal from a toets, the teacher judges with the evidence.
  const evaluation = page.getByRole('region', { name: 'Evaluatie per doel' });
  const summary = `${GOAL.gedrag} · waargenomen: ${GOAL.hoe} · behaald bij: ${GOAL.criterium}`;
  await expect(evaluation).toContainText(summary);
  await expect(evaluation).toContainText('geen voorstel: jij beoordeelt dit doel');
  await evaluation.getByRole('combobox', { name: `Oordeel: ${summary}` }).click();
  await page.getByRole('option', { name: 'Behaald', exact: true }).click();
  await evaluation
    .getByRole('textbox', { name: `Bewijs: ${summary}` })
    .fill('5 van 5 observaties in december.');
  await evaluation.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  await page.getByRole('button', { name: 'Ja, vastleggen' }).click();
  await expect(evaluation.getByText('Geëvalueerd', { exact: true })).toBeVisible();

  const plan = (await apiGet<PlanBody>(page, `/plans/${planId}`)).body;
  expect(plan.vak).toBe('werkhouding');
  expect(plan.status).toBe('geevalueerd');
  const goal = plan.content.subgroepen[0]?.doelen[0];
  expect(goal).toMatchObject({ kind: 'gedrag', text: GOAL.gedrag, criterium: GOAL.criterium });
  expect(Object.values(plan.evaluation?.doelen ?? {})).toEqual([
    { status: 'behaald', bewijs: '5 van 5 observaties in december.' },
  ]);
  await expectNoAxeViolations(page);

  // The group section of the groepsoverzicht, saved as typed and kept after a reload.
  await page.goto(`/groepen/${groupId}/groepsoverzicht`);
  const section = page.getByRole('region', { name: 'De groep' });
  const fields = {
    vraagt: section.getByRole('textbox', { name: 'Wat deze groep van de leerkracht vraagt' }),
    factoren: section.getByRole('textbox', { name: 'Stimulerende en belemmerende factoren van de groep' }),
    leerkracht: section.getByRole('textbox', { name: 'Ondersteuningsbehoeften van de leerkracht' }),
  };
  for (const key of ['vraagt', 'factoren', 'leerkracht'] as const) await fields[key].fill(TEXTS[key]);
  await expect(section.getByRole('status')).toContainText('Opgeslagen');
  await expectNoAxeViolations(page);
  await page.reload();
  for (const key of ['vraagt', 'factoren', 'leerkracht'] as const)
    await expect(fields[key]).toHaveValue(TEXTS[key]);

  // On paper: the three texts above the pupils, no fields.
  await page.emulateMedia({ media: 'print' });
  await expect(fields.vraagt).toBeHidden();
  await expect(section).toContainText(TEXTS.leerkracht);
});
