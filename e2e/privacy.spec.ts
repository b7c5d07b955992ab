import { inflateRawSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiGet, expectNoAxeViolations, login, USERS } from './helpers';

/** axe measures contrast mid-animation otherwise. */
async function settledDialog(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1');
  return dialog;
}

/**
 * The files in a ZIP archive, read from its central directory (PKWARE APPNOTE 4.3.12): enough of the
 * format to check what the browser downloaded, written apart from the server's writer.
 */
function unzip(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => zip.readUInt16LE(at + o));
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + (nameLength ?? 0));
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + (nameLength ?? 0) + (extraLength ?? 0) + (commentLength ?? 0);
  }
  return files;
}

interface Group {
  pupils: { id: string; name: string }[];
}

/** A pupil of the school's first group, as the schoolleider's own session sees it. */
async function aPupil(page: Page) {
  const schools = (
    await apiGet<{ schools: { id: string; name: string; abilities: string[] }[] }>(page, '/schools')
  ).body.schools;
  const school = schools.find((s) => s.abilities.includes('privacy.manage'));
  if (!school) throw new Error('the schoolleider manages no school’s privacy');
  const groups = (
    await apiGet<{ groups: { id: string; name: string }[] }>(page, `/schools/${school.id}/groups`)
  ).body.groups;
  const group = groups[0];
  if (!group) throw new Error('the school has no groups');
  const pupils = (await apiGet<Group>(page, `/groups/${group.id}`)).body.pupils;
  const pupil = pupils.at(-1);
  if (!pupil) throw new Error('the group has no pupils');
  return { school, group, pupil };
}

test('the schoolleider downloads an inzage, sets a retention period, finds the inzage in the audit log and deletes the pupil', async ({
  page,
}) => {
  await login(page, USERS.schoolleider);
  const { school, group, pupil } = await aPupil(page);

  // Inzage: a ZIP with the pupil's own row as JSON.
  await page.goto(`/leerlingen/${pupil.id}`);
  await expect(page.getByRole('heading', { level: 1, name: pupil.name })).toBeVisible();
  const privacy = page.getByRole('region', { name: 'Privacy' });
  await expect(privacy).toBeVisible();
  await privacy.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('pupil-privacy.png') });
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    privacy.getByRole('link', { name: 'Inzage downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^inzage-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await readFile(await download.path());
  expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const files = unzip(zip);
  expect([...files.keys()]).toEqual(
    expect.arrayContaining(['leerling.json', 'auditlog.json', 'inzage.html']),
  );
  const own = JSON.parse(files.get('leerling.json') ?? 'null') as { id: string; roepnaam: string };
  expect(own.id).toBe(pupil.id);
  expect(pupil.name).toContain(own.roepnaam);

  // Retention: a wrong combination is refused beside the field, a right one is kept after a reload.
  await page.goto(`/scholen/${school.id}/instellingen`);
  const retention = page.getByRole('region', { name: 'Bewaartermijnen' });
  await expect(retention.getByText('Besprekingen, afspraken, zorgniveau, OPP, verzorgers')).toBeVisible();
  const zorg = retention.getByRole('textbox', { name: 'Zorggegevens (jaren na vertrek)' });
  const resultaten = retention.getByRole('textbox', { name: 'Toetsresultaten (jaren na vertrek)' });
  await expect(zorg).toHaveValue('5');
  await resultaten.fill('3');
  await retention.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await expect(retention.getByText('Moet minstens zo lang zijn als het leerlingdossier')).toBeVisible();
  await zorg.fill('0');
  await resultaten.fill('12');
  await expect(retention.getByText('Kies een heel getal van 1 tot en met 30 jaar.')).toBeVisible();
  await retention.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('retention-errors.png') });
  await expectNoAxeViolations(page);
  await zorg.fill('7');
  await retention.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await expect(retention.getByRole('status')).toHaveText('Bewaartermijnen opgeslagen.');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(zorg).toHaveValue('7');
  await expect(resultaten).toHaveValue('12');
  const saved = await apiGet<{ settings: Record<string, number> }>(page, `/schools/${school.id}/retention`);
  expect(saved.body.settings).toEqual({ zorg: 7, resultaten: 12 });
  await retention.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('retention.png') });

  // The audit log, from the menu, then filtered on the pupil from the pupil's page.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: `Auditlog van ${school.name}, nieuwste eerst` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/leerlingen/${pupil.id}`);
  await page.getByRole('link', { name: 'Auditlog van deze leerling' }).click();
  await expect(page).toHaveURL(new RegExp(`/scholen/${school.id}/audit\\?leerling=`));
  await expect(page.getByRole('button', { name: `Filter op ${pupil.name} weghalen` })).toBeVisible();
  await page.getByRole('combobox', { name: 'Actie', exact: true }).click();
  await page.getByRole('option', { name: 'Inzage gedownload (pupil.inzage)' }).click();
  const table = page.getByRole('table', { name: /^Auditlog van / });
  const inzageRow = table.getByRole('row').filter({ hasText: 'Inzage gedownload' });
  await expect(inzageRow).toHaveCount(1);
  await expect(inzageRow).toContainText(pupil.name);
  await expect(page.getByRole('link', { name: 'Exporteren als CSV' })).toHaveAttribute(
    'href',
    new RegExp(`/api/schools/${school.id}/audit/export\\?leerlingId=${pupil.id}&action=pupil.inzage`),
  );
  await page.screenshot({ path: test.info().outputPath('audit.png'), fullPage: true });
  await expectNoAxeViolations(page);

  // Deletion: the dialog says what goes and wants a reason; afterwards the pupil is gone.
  await page.goto(`/leerlingen/${pupil.id}`);
  await page.getByRole('button', { name: 'Leerling verwijderen' }).click();
  const dialog = await settledDialog(page);
  await expect(dialog).toHaveAccessibleName(`${pupil.name} verwijderen`);
  await expect(dialog).toContainText('Dit kan niet ongedaan worden gemaakt.');
  await expect(dialog).toContainText('besprekingen, afspraken, zorgniveau, OPP');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialog.getByText('Schrijf op waarom de leerling verwijderd wordt')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('delete-dialog.png') });
  await expectNoAxeViolations(page);
  await dialog
    .getByRole('textbox', { name: 'Reden van verwijdering' })
    .fill('Verzoek van de ouders (AVG art. 17)');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page).toHaveURL(new RegExp(`/groepen/${group.id}$`));
  await expect(page.getByRole('status').filter({ hasText: `${pupil.name} is verwijderd` })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('deleted-notice.png') });
  await expectNoAxeViolations(page);
  expect((await apiGet(page, `/pupils/${pupil.id}`)).status).toBe(404);
  const after = (await apiGet<Group>(page, `/groups/${group.id}`)).body.pupils;
  expect(after.map((p) => p.id)).not.toContain(pupil.id);
  await expect(page.getByRole('link', { name: pupil.name, exact: true })).toHaveCount(0);
});

test('the beheerder sees the backups panel, with a warning when there is no backup', async ({ page }) => {
  await login(page, USERS.beheerder);
  // The e2e server keeps its database in memory: it makes no backups, so the API knows none.
  const status = await apiGet<{ status: string; last: unknown; staleAfterHours: number }>(
    page,
    '/admin/backups',
  );
  expect(status.status).toBe(200);
  expect(status.body).toMatchObject({ status: 'none', last: null, staleAfterHours: 48 });
  const panel = page.getByRole('region', { name: 'Back-ups' });
  await expect(panel.getByRole('alert')).toContainText('er is nog geen geslaagde back-up');
  await expect(panel).toContainText('BACKUP_DIR');
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('backups.png') });
  await expectNoAxeViolations(page);
});
