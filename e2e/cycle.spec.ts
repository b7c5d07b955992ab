import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login } from './helpers';
import { SCHOOLJAAR } from './today';

interface PlanPupil {
  id: string;
  name: string;
  start: { score: number | null } | null;
}
interface Plan {
  id: string;
  group: { schoolId: string; schooljaar: string };
  content: {
    basisdoel: string;
    subgroepen: { key: string; naam: string; leerlingen: string[]; doelen: { target?: number }[] }[];
  };
  pupils: PlanPupil[];
  closingMeetpunt: string | null;
}

/** Counts the clicks a teacher makes, so the test can hold the cycle to its promise of few clicks. */
function clickCounter() {
  let clicks = 0;
  const click = async (locator: ReturnType<Page['getByRole']>) => {
    clicks += 1;
    await locator.click();
  };
  return { click, count: () => clicks };
}

/** Results of the closing toetsmoment, imported the way a school does it: a CSV from the LVS. */
async function importClosingResults(page: Page, plan: Plan, rows: { pupilId: string; score: number }[]) {
  const lines = ['Leerlingnummer;Toets;Versie;Toetsmoment;Afnamedatum;Vaardigheidsscore'];
  const endYear = plan.group.schooljaar.slice(5);
  for (const row of rows) {
    const pupil = await apiGet<{ pupil: { lasKey: string } }>(page, `/pupils/${row.pupilId}`);
    lines.push(`${pupil.body.pupil.lasKey};Spelling (demo);1.0;M7;22-01-${endYear};${row.score}`);
  }
  const query = new URLSearchParams({
    mode: 'apply',
    schoolId: plan.group.schoolId,
    filename: 'spelling-m7.csv',
  });
  const response = await page.request.post(`/api/imports/results?${query.toString()}`, {
    headers: { 'content-type': 'text/csv', origin: new URL(page.url()).origin },
    data: lines.join('\r\n'),
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('"imported"');
}

test('a teacher walks the HGW cycle to a complete groepsplan, and the evaluation fills itself from the results', async ({
  page,
  browser,
}) => {
  await login(page, 'leerkracht7@leerwinst.example');
  const { click, count } = clickCounter();

  await click(page.getByRole('link', { name: 'Groep 7', exact: true }));
  await click(page.getByRole('link', { name: 'HGW-cyclus' }));
  await expect(page.getByRole('heading', { level: 1, name: 'HGW-cyclus Groep 7' })).toBeVisible();
  const stap2 = page.getByRole('region', { name: '2. Signaleren' });
  await expect(stap2).toContainText('Nog te doen');
  await expectNoAxeViolations(page);
  await click(page.getByRole('button', { name: 'Afvinken als klaar: signaleren' }));
  await expect(stap2).toContainText('Klaar');
  await click(page.getByRole('button', { name: 'Afvinken als klaar: clusteren' }));
  await expect(page.getByRole('region', { name: '4. Clusteren' })).toContainText('Klaar');

  // One click makes the plan: subgroups from the clusters, aanbod, aanpak and organisatie filled in.
  await click(page.getByRole('button', { name: 'Groepsplan spelling maken' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsplan spelling · Groep 7' })).toBeVisible();
  const planId = page.url().split('/').at(-1) ?? '';
  const plan = (await apiGet<Plan>(page, `/plans/${planId}`)).body;
  const verlengd = plan.content.subgroepen.find((s) => s.key === 'verlengd');
  const basis = plan.content.subgroepen.find((s) => s.key === 'basis');
  expect(verlengd?.leerlingen.length).toBeGreaterThanOrEqual(3);
  expect(basis?.leerlingen.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('textbox', { name: 'Aanpak en didactiek' }).first()).not.toHaveValue('');

  // The teacher adds goals: a basic goal for all, a score goal for the verlengde and basis groups (after
  // any goal the demo's draft already holds).
  const startOf = (id: string) => plan.pupils.find((p) => p.id === id)?.start?.score ?? 0;
  const [a = '', b = '', c = ''] = verlengd?.leerlingen ?? [];
  const verlengdTarget = Math.max(startOf(a), startOf(b), startOf(c)) + 10;
  const basisPupil = basis?.leerlingen[0] ?? '';
  const basisTarget = startOf(basisPupil) + 6;
  await page
    .getByRole('textbox', { name: 'Basisdoel voor de hele groep' })
    .fill('Alle leerlingen passen de regels voor verkleinwoorden toe in eigen teksten.');
  await click(page.getByRole('button', { name: 'Doel toevoegen: verlengde instructie' }));
  await page
    .getByRole('textbox', { name: /^Streefwaarde: Doelen \d+ \(Verlengde instructie\)$/ })
    .last()
    .fill(String(verlengdTarget));
  await click(page.getByRole('button', { name: 'Doel toevoegen: basisinstructie' }));
  await page
    .getByRole('textbox', { name: /^Streefwaarde: Doelen \d+ \(Basisinstructie\)$/ })
    .last()
    .fill(String(basisTarget));
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  // "Opgeslagen" may belong to an earlier keystroke: wait until the server holds both goals and the text.
  await expect
    .poll(async () => {
      const saved = (await apiGet<Plan>(page, `/plans/${planId}`)).body.content;
      const target = (key: string) => saved.subgroepen.find((sub) => sub.key === key)?.doelen.at(-1)?.target;
      return [saved.basisdoel.length > 0, target('verlengd'), target('basis')];
    })
    .toEqual([true, verlengdTarget, basisTarget]);
  // The evaluation numbers the goals as saved; the teacher's goal is the last of its subgroup.
  const saved = (await apiGet<Plan>(page, `/plans/${planId}`)).body.content;
  const addedGoal = (key: string) => saved.subgroepen.find((sub) => sub.key === key)?.doelen.length ?? 0;
  // TODAY lies in the first half of the schooljaar, which the M moment closes.
  await expect(
    page.getByText(`De toetsresultaten van ${SCHOOLJAAR} M zijn er nog niet.`, { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The closing results come in: a reaches the goal, b moves less than halfway, c has no result.
  const ib = await browser.newPage();
  await login(ib, 'ib@leerwinst.example');
  await importClosingResults(ib, plan, [
    { pupilId: a, score: verlengdTarget + 2 },
    { pupilId: b, score: startOf(b) + 1 },
    { pupilId: basisPupil, score: basisTarget },
  ]);
  await ib.close();

  await page.reload();
  const name = (id: string) => plan.pupils.find((p) => p.id === id)?.name ?? '';
  const status = (id: string, key: string, subgroup: string) =>
    page.getByRole('combobox', {
      name: `Evaluatie doelen ${addedGoal(key)} (${subgroup}) voor ${name(id)}`,
    });
  await expect(status(a, 'verlengd', 'Verlengde instructie')).toHaveValue('Behaald');
  await expect(status(b, 'verlengd', 'Verlengde instructie')).toHaveValue('Niet behaald');
  await expect(status(c, 'verlengd', 'Verlengde instructie')).toHaveValue('Onbekend');
  await expect(status(basisPupil, 'basis', 'Basisinstructie')).toHaveValue('Behaald');
  const evaluatie = page.getByRole('region', { name: 'Evaluatie' });
  await expect(evaluatie).toContainText(`+${verlengdTarget + 2 - startOf(a)}`);

  // The teacher types the why and records the evaluation: the plan is locked, its history kept.
  await evaluatie
    .getByRole('textbox', { name: 'Bij de leerling(en)' })
    .fill('Twee leerlingen waren lang ziek.');
  await evaluatie
    .getByRole('textbox', { name: 'In het onderwijs (aanpak, tijd, materiaal)' })
    .fill('De verlengde instructie viel in december vaak uit.');
  await click(page.getByRole('button', { name: 'Evaluatie vastleggen' }));
  // Asked first, saying what locks.
  const confirm = page.getByRole('dialog', { name: 'Evaluatie vastleggen?' });
  await expect(confirm).toContainText('kunnen niet meer gewijzigd worden');
  await click(confirm.getByRole('button', { name: 'Ja, vastleggen' }));
  await expect(page.getByText('Geëvalueerd en vastgezet', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nieuwe versie maken' })).toBeVisible();
  await expect(evaluatie.getByText('Behaald').first()).toBeVisible();
  expect(count()).toBeLessThan(15);

  await click(page.getByRole('link', { name: 'HGW-cyclus' }));
  await expect(page.getByRole('region', { name: '6. Uitvoeren en evalueren' })).toContainText(
    '1 groepsplan geëvalueerd.',
  );
  await expectNoAxeViolations(page);
});

test('the IB sees every group’s cycle on one page and opens a group from it', async ({ page }) => {
  await login(page, 'ib@leerwinst.example');
  // The start page links to it twice: from the IB's to-do list and from the cycle block.
  await page.getByRole('link', { name: 'Cyclus van alle groepen' }).first().click();
  const table = page.getByRole('table', { name: /Stand van de cyclus per groep/ });
  await expect(table).toContainText('Groep 5');
  await expect(table.getByRole('row')).toHaveCount(9);
  await expectNoAxeViolations(page);
  await table.getByRole('link', { name: 'Groep 5', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'HGW-cyclus Groep 5' })).toBeVisible();
});
