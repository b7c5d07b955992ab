import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, login, USERS } from './helpers';
import { SCHOOLJAAR } from './today';

function edexml(schooljaar: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<EDEX>
  <school><schooljaar>${schooljaar}</schooljaar><brincode>10AZ</brincode><dependancecode>00</dependancecode><xsdversie>2.1</xsdversie></school>
  <groepen>
    <groep key="E2E-8B"><naam>Groep 8b</naam><jaargroep>8</jaargroep></groep>
  </groepen>
  <leerlingen>
    <leerling key="E2E-1"><achternaam>Çelik</achternaam><roepnaam>Zoë</roepnaam><geboortedatum>2014-03-02</geboortedatum><geslacht>2</geslacht><jaargroep>8</jaargroep><groep key="E2E-8B"/></leerling>
    <leerling key="E2E-2"><achternaam>Berg</achternaam><voorvoegsel>van der</voorvoegsel><roepnaam>Daan</roepnaam><geboortedatum>2014-05-09</geboortedatum><geslacht>1</geslacht><jaargroep>8</jaargroep><groep key="E2E-8B"/></leerling>
  </leerlingen>
</EDEX>`;
}

async function choose(page: Page, name: string, content: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Kies een bestand/ }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
}

test('the IB imports pupils from EDEX.XML and their results from a CSV, fixing the mapping, and sees the levels', async ({
  page,
}) => {
  const schooljaar = SCHOOLJAAR;
  await login(page, USERS.ib);
  await page.getByRole('link', { name: 'Importeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importeren' })).toBeVisible();

  await choose(page, 'EDEX.XML', edexml(schooljaar));
  await page.getByRole('button', { name: 'Bekijken' }).click();
  await expect(page.getByText('Voorbeeld: er is nog niets opgeslagen.')).toBeVisible();
  await expect(page.getByText('2 nieuw', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByRole('status')).toHaveText('Ingelezen.');

  await page.getByRole('tab', { name: /Toetsresultaten/ }).click();
  // "Uitslag" is no name Leerwinst knows for the vaardigheidsscore: the user links it by hand.
  const csv = [
    'Leerlingnummer;Naam;Toets;Toetsmoment;Afnamedatum;Uitslag;Niveau',
    `E2E-1;Zoë Çelik;Rekenen-Wiskunde 3.0;M8;20-01-${schooljaar.slice(5)};232,5;II`,
    `E2E-2;Daan van der Berg;Rekenen-Wiskunde 3.0;M8;20-01-${schooljaar.slice(5)};198;IV`,
  ].join('\r\n');
  await choose(page, 'rekenen.csv', csv);
  await page.getByRole('button', { name: 'Bekijken' }).click();
  await expect(page.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  await page.getByRole('combobox', { name: /^Vaardigheidsscore/ }).click();
  await page.getByRole('option', { name: /^Uitslag/ }).click();
  await page.getByRole('button', { name: 'Bekijken' }).last().click();
  await expect(page.getByText('2 nieuwe resultaten, 0 gewijzigd, 0 ongewijzigd.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Inlezen' }).click();
  await expect(page.getByRole('status')).toHaveText('Ingelezen.');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
  await page.getByRole('link', { name: 'Groep 8b', exact: true }).click();
  const zoe = page.getByRole('row', { name: /Zoë Çelik/ });
  await expect(zoe).toContainText('II');
  await expect(zoe).toContainText('232,5');
  await expect(page.getByRole('row', { name: /Daan van der Berg/ })).toContainText('IV');
});
