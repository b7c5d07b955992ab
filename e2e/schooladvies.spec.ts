/**
 * The schooladvies of groep 8 in the browser: the IB records a pupil's advice, sees the doorstroomtoets
 * advise higher and the heroverweging asked for, records it, and meets someone else's change as a
 * conflict that loses nothing. Last year's cohort shows the demo's outflow.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';
import { LAST_RESULTS_SCHOOLJAAR, SCHOOLJAAR } from './today';

interface AdviesList {
  pupils: { pupil: { id: string; name: string }; left: boolean; advies: { version: number } | null }[];
  summary: { pupils: number; heroverweging: { open: number }; uitstroom: { n: number } };
}

async function schoolId(page: Page) {
  return (await apiGet<{ schools: { id: string }[] }>(page, '/schools')).body.schools[0]?.id ?? '';
}

/** A select in the open dialog; `nth` tells the voorlopig (0) and the definitive (1) "Advies" apart. */
async function choose(page: Page, label: string, option: string, nth = 0) {
  await page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }).nth(nth).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the IB records a schooladvies, the heroverweging it asks for, and meets a colleague’s change', async ({
  page,
}) => {
  await login(page, USERS.ib);
  const id = await schoolId(page);
  const before = (await apiGet<AdviesList>(page, `/schools/${id}/schooladvies?schooljaar=${SCHOOLJAAR}`))
    .body;
  const pupil = before.pupils.find((p) => p.advies === null && !p.left);
  expect(pupil, 'a groep-8 pupil without an advice this year').toBeDefined();
  const name = pupil?.pupil.name ?? '';

  await page.getByRole('link', { name: 'Schooladvies groep 8' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schooladvies groep 8' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Schooljaar' })).toHaveValue(SCHOOLJAAR);
  await expectNoAxeViolations(page);

  // The definitive advice, and a doorstroomtoets that advises higher: the heroverweging is open.
  await page.getByRole('button', { name: `Schooladvies van ${name} bewerken` }).click();
  await expect(page.getByRole('dialog', { name: `Schooladvies van ${name}` })).toBeVisible();
  await choose(page, 'Advies', 'vmbo-gt', 1);
  await page.getByRole('dialog').getByLabel('Score').fill('81,5');
  await choose(page, 'Toetsadvies', 'havo');
  await expectNoAxeViolations(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText(
    `Het schooladvies van ${name} is opgeslagen.`,
  );
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toContainText('havo (81,5)');
  await expect(row).toContainText('toets hoger');
  await expect(row).toContainText('nog vast te leggen');
  const open = before.summary.heroverweging.open + 1;
  await expect(
    page.getByText(new RegExp(`^Bij ${open} leerling(en)? adviseert de doorstroomtoets hoger`)),
  ).toBeVisible();

  // Meanwhile a colleague adds the voorlopig advies and a note (through the API, as another tab would).
  const saved = (await apiGet<AdviesList>(page, `/schools/${id}/schooladvies?schooljaar=${SCHOOLJAAR}`)).body;
  const version = saved.pupils.find((p) => p.pupil.id === pupil?.pupil.id)?.advies?.version ?? 0;
  const colleague = await page.request.put(`/api/pupils/${pupil?.pupil.id ?? ''}/schooladvies`, {
    data: {
      schooljaar: SCHOOLJAAR,
      version,
      voorlopigAdvies: 'vmbo-gt',
      definitiefAdvies: 'vmbo-gt',
      toetsScore: 81.5,
      toetsAdvies: 'havo',
      toelichting: 'Besproken met de ouders.',
    },
  });
  expect(colleague.status()).toBe(200);

  // The IB, still on the old version, records the heroverweging. Bijgesteld without the new advice is
  // named beside the field.
  await page.getByRole('button', { name: `Schooladvies van ${name} bewerken` }).click();
  await choose(page, 'Uitkomst', 'bijgesteld');
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog')).toContainText('Bij een bijgesteld advies hoort het nieuwe advies.');
  // With it, refused as stale: the new version loads with the IB's heroverweging still in it.
  await choose(page, 'Bijgesteld advies', 'havo');
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('door iemand anders gewijzigd');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Nieuwe versie laden/ }).click();
  await expect(page.getByRole('dialog').getByLabel('Toelichting bij het advies')).toHaveValue(
    'Besproken met de ouders.',
  );
  await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Bijgesteld advies' })).toHaveValue(
    'havo',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveText(
    `Het schooladvies van ${name} is opgeslagen.`,
  );
  await expect(row).toContainText('bijgesteld: havo');
  const after = (await apiGet<AdviesList>(page, `/schools/${id}/schooladvies?schooljaar=${SCHOOLJAAR}`)).body;
  expect(after.summary.heroverweging.open).toBe(before.summary.heroverweging.open);
});

test('last year’s cohort shows where the pupils went, with the counts a school reports', async ({ page }) => {
  await login(page, USERS.ib);
  const id = await schoolId(page);
  const list = (
    await apiGet<AdviesList>(page, `/schools/${id}/schooladvies?schooljaar=${LAST_RESULTS_SCHOOLJAAR}`)
  ).body;
  expect(list.summary.uitstroom.n).toBeGreaterThan(10);
  await page.goto(`/scholen/${id}/schooladvies?schooljaar=${LAST_RESULTS_SCHOOLJAAR}`);
  await expect(page.getByRole('combobox', { name: 'Schooljaar' })).toHaveValue(LAST_RESULTS_SCHOOLJAAR);
  await expect(page.getByText('Uitstroom op of boven advies')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(list.pupils.length + 1);
  await page.screenshot({ path: 'test-results/schooladvies.png', fullPage: true });
  await expectNoAxeViolations(page);

  // The VO reports back on one of them: a file with a wrong line is refused whole, then read.
  const pupil = list.pupils.find((p) => p.advies !== null && !p.left);
  const detail = await apiGet<{ pupil: { lasKey: string } }>(page, `/pupils/${pupil?.pupil.id ?? ''}`);
  const header = 'leerlingnummer;leerjaar;niveau;cohort;vo-school;geboortedatum';
  const good = `${detail.body.pupil.lasKey};1;havo;${LAST_RESULTS_SCHOOLJAAR};Het Baken (vo);`;
  const upload = async (lines: string[]) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Kies een CSV-bestand' }).click();
    const csv = Buffer.from([header, ...lines].join('\r\n'));
    await (await chooser).setFiles({ name: 'vo.csv', mimeType: 'text/csv', buffer: csv });
  };
  await upload([good, `${detail.body.pupil.lasKey};7;havo;${LAST_RESULTS_SCHOOLJAAR};;`]);
  const refused = page.getByRole('alert').filter({ hasText: 'Niet ingelezen' });
  await expect(refused).toContainText('Regel 3:');
  await expect(page.getByRole('columnheader', { name: 'In het VO' })).toHaveCount(0);
  await upload([good]);
  await expect(page.getByRole('status').filter({ hasText: 'Ingelezen' })).toHaveText(
    `Ingelezen: 1 regel over 1 leerling (cohort ${LAST_RESULTS_SCHOOLJAAR}).`,
  );
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: pupil?.pupil.name ?? '' }) });
  await expect(row).toContainText('leerjaar 1: havo');

  // The trends page counts the cohort as the list does: its pupils, its outflow, and the VO's report.
  await page.goto(`/scholen/${id}/trends`);
  const table = page.getByRole('table', { name: /^Uitstroom per cohort/ });
  const cohort = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: LAST_RESULTS_SCHOOLJAAR }) });
  await expect(cohort.getByRole('cell').first()).toHaveText(
    String(list.pupils.filter((p) => p.advies !== null).length),
  );
  await expect(cohort.getByRole('cell').nth(3)).toContainText(`van ${list.summary.uitstroom.n}`);
  await expect(cohort.getByRole('cell').nth(4)).toContainText(/van \d+$/);
  await page.screenshot({ path: 'test-results/uitstroom-cohorts.png', fullPage: true });
  await expectNoAxeViolations(page);
});
