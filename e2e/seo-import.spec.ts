/**
 * The SEO import in the browser: the IB uploads a KanVAS export with a title block above the column
 * names, sees the line Leerwinst took as the header and the instrument it read from the title, checks
 * the file and sees the figures worked out by hand from it, imports it, and has a bad file refused
 * whole with its lines named. KanVAS, because the demo's own SEO instrument is ZIEN!: nothing the
 * other specs read changes.
 */
import { expect, test, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

const SCALES = [
  'Voorkomen van incidenten',
  'Veiligheidsbeleving',
  'Welbevinden',
  'Leerkracht treedt op',
  'Angst voor incidenten',
];
/** Per pupil a score per scale; the second pupil is signalled on two scales. */
const SCORES = [
  ['1,2', '3,8', '3,6', '3,5', '1,1'],
  ['2,9', '2,1', '3,4', '3,0', '1,5'],
  ['1,0', '3,9', '3,7', '3,8', '1,0'],
];
const SIGNALS = [
  ['Nee', 'Nee', 'Nee', 'Nee', 'Nee'],
  ['Ja', 'Ja', 'Nee', 'Nee', 'Nee'],
  ['Nee', 'Nee', 'Nee', 'Nee', 'Nee'],
];

interface Pupil {
  key: string;
  name: string;
}

/** Three pupils of a groep 6 of the IB's school, with their numbers in the LAS. */
async function threePupils(page: Page): Promise<Pupil[]> {
  const { body: schools } = await apiGet<{ schools: { id: string }[] }>(page, '/schools');
  const schoolId = schools.schools[0]?.id ?? '';
  const { body: list } = await apiGet<{ groups: { id: string; jaargroep: string }[] }>(
    page,
    `/schools/${schoolId}/groups`,
  );
  const group = list.groups.find((g) => g.jaargroep === '6') ?? list.groups[0];
  const { body: detail } = await apiGet<{ pupils: { id: string; leftOn: string | null }[] }>(
    page,
    `/groups/${group?.id ?? ''}`,
  );
  const pupils: Pupil[] = [];
  for (const p of detail.pupils.filter((x) => x.leftOn === null).slice(0, 3)) {
    const { body } = await apiGet<{ pupil: { lasKey: string; name: string } }>(page, `/pupils/${p.id}`);
    pupils.push({ key: body.pupil.lasKey, name: body.pupil.name });
  }
  return pupils;
}

function kanvasFile(pupils: Pupil[], bad = false): string {
  const lines = [
    'Kanjertraining - KanVAS;;;;',
    'Vragenlijst Sociale Veiligheid groep 5-8;;;;',
    ';;;;',
    'Leerlingnummer;Datum afname;Schaal;Score;Signalering',
  ];
  pupils.forEach((p, i) =>
    SCALES.forEach((scale, s) =>
      lines.push(`${p.key};05-10-2026;${scale};${SCORES[i]?.[s]};${SIGNALS[i]?.[s]}`),
    ),
  );
  if (bad) {
    // Line 5: a negative score; lines 6 and 7: a scale KanVAS does not have.
    lines[4] = `${pupils[0]?.key};05-10-2026;Welbevinden;-1;Nee`;
    lines[5] = `${pupils[0]?.key};05-10-2026;Pestgedrag;2;Nee`;
    lines[6] = `${pupils[1]?.key};05-10-2026;Pestgedrag;2;Nee`;
  }
  return lines.join('\r\n');
}

async function choose(page: Page, name: string, content: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Kies een bestand/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

test('the IB imports a KanVAS export below its title block, seeing the figures first, and a bad file is refused whole', async ({
  page,
}) => {
  await login(page, USERS.ib);
  const pupils = await threePupils(page);
  expect(pupils).toHaveLength(3);
  await page.getByRole('link', { name: 'Importeren' }).click();
  await page.getByRole('tab', { name: /Sociaal-emotioneel/ }).click();

  await choose(page, 'kanvas-groep6.csv', kanvasFile(pupils));
  await page.getByRole('button', { name: 'Bekijken' }).click();
  await expect(page.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  // The header is line 4, under the title block; the instrument was read from the title.
  await expect(page.getByRole('combobox', { name: 'Regel met de kolomnamen' })).toHaveValue(
    /^Regel 4: Leerlingnummer/,
  );
  await expect(page.getByRole('combobox', { name: 'Instrument van het bestand' })).toHaveValue('KanVAS');
  // A line of the title block picked by mistake: no pupil number under it; then found again.
  const headerRow = page.getByRole('combobox', { name: 'Regel met de kolomnamen' });
  await headerRow.click();
  await page.getByRole('option', { name: /^Regel 2: Vragenlijst Sociale Veiligheid/ }).click();
  await expect(headerRow).toHaveValue(/^Regel 2: /);
  await expect(page.getByRole('combobox', { name: 'Leerlingnummer', exact: true })).toHaveValue('');
  await headerRow.click();
  await page.getByRole('option', { name: /opnieuw zoeken/ }).click();
  await expect(headerRow).toHaveValue(/^Regel 4: Leerlingnummer/);
  await expect(page.getByRole('combobox', { name: 'Leerlingnummer', exact: true })).toHaveValue(
    /^Leerlingnummer/,
  );
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Bekijken' }).last().click();
  await expect(page.getByText('Voorbeeld: er is nog niets opgeslagen.')).toBeVisible();
  await expect(page.getByText('15 regels: 15 goed, 0 fout.')).toBeVisible();
  await expect(page.getByText('15 scores van 3 leerlingen.')).toBeVisible();
  await expect(page.getByText('15 nieuw, 0 gewijzigd, 0 ongewijzigd.')).toBeVisible();
  const table = page.getByRole('table', { name: /Per instrument, lijst en schaal/ });
  await expect(table.getByRole('rowheader')).toHaveCount(5);
  // Each scale: 3 scores, no bands (KanVAS gives raw scores), the signals of the second pupil.
  await expect(table.getByRole('row', { name: /veiligheidsbeleving/i })).toContainText('Leerling');
  await expect(
    table
      .getByRole('row', { name: /veiligheidsbeleving/i })
      .getByRole('cell')
      .last(),
  ).toHaveText('1');
  await expect(page.getByRole('listitem').filter({ hasText: pupils[1]?.name ?? '' })).toHaveText(
    `${pupils[1]?.name} (${pupils[1]?.key}): 2 signalen`,
  );
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByRole('status')).toHaveText('Ingelezen.');

  await choose(page, 'kanvas-fout.csv', kanvasFile(pupils, true));
  await page.getByRole('button', { name: 'Bekijken' }).click();
  await expect(page.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  await page.getByRole('button', { name: 'Bekijken' }).last().click();
  const refused = page.getByRole('alert').filter({ hasText: 'Fouten' });
  await expect(page.getByRole('alert').filter({ hasText: 'Niet ingelezen' })).toBeVisible();
  await expect(refused.getByRole('listitem')).toHaveText([
    'Regel 5: ruwe score -1 in kolom 4 ("Score") ligt buiten het bereik (0 of meer).',
    "2 regels (6, 7): onbekende schaal 'Pestgedrag' van KanVAS.",
  ]);
  await expect(page.getByRole('button', { name: 'Inlezen' })).toBeDisabled();
  await expectNoAxeViolations(page);

  // The school's own list: added with its scales, then offered as the instrument of a file.
  await page.getByRole('textbox', { name: 'Naam van de lijst' }).fill('Kringlijst groep 6');
  await page.getByRole('textbox', { name: 'Schalen (één per regel)' }).fill('Plezier\nVeilig in de klas');
  await page.getByRole('button', { name: 'Lijst toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('De lijst is toegevoegd.');
  await page.getByRole('combobox', { name: 'Instrument van het bestand' }).click();
  await expect(page.getByRole('option', { name: 'Kringlijst groep 6 (eigen lijst)' })).toBeVisible();
});
