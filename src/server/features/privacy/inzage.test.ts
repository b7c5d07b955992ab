/**
 * A pupil's inzage by the schoolleider: everything held on the pupil as JSON and a readable HTML page,
 * and who read it. The expected contents come from the generated demo (results, placements) and from
 * what the test itself recorded through the API (an OPP, a verzorger, an observation, a read), not from
 * the code that collects them.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId } from '../../../testing/fixtures';
import { privacyWorld, type PrivacyWorld, type Who } from './privacy-test-support';

describe.each(testEngines())('a pupil’s inzage (%s)', (engine) => {
  let p: PrivacyWorld;
  let world: PrivacyWorld['world'];
  let pupilId: string;
  let oppId: string;
  const fetchRaw = (path: string, who: Who) => p.fetchRaw(path, who);

  beforeAll(async () => {
    p = await privacyWorld(engine);
    ({ world, pupilId, oppId } = p);
  });
  afterAll(async () => world.database.dispose());

  async function zipOf(response: Response) {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="inzage-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const json = async <T>(name: string) =>
      JSON.parse((await zip.file(name)?.async('string')) ?? 'null') as T;
    return { zip, json };
  }
  it('gives the schoolleider everything held on the pupil, and who read it, as JSON and HTML', async () => {
    const { demo, data } = world;
    const { zip, json } = await zipOf(await fetchRaw(`/pupils/${pupilId}/inzage`, 'schoolleider'));
    const pupil = demo.pupil(pupilId);
    expect(await json<{ id: string; roepnaam: string }>('leerling.json')).toMatchObject({
      id: pupilId,
      roepnaam: pupil.roepnaam,
    });
    const ids = async (name: string) =>
      (await json<{ id: string }[]>(`tabellen/${name}.json`)).map((r) => r.id).sort();
    expect(await ids('toetsresultaat')).toEqual(
      demo
        .resultsOf(pupilId)
        .map((r) => r.id)
        .sort(),
    );
    expect(await ids('plaatsing')).toEqual(
      data.plaatsing
        .filter((p) => p.leerling_id === pupilId)
        .map((p) => p.id)
        .sort(),
    );
    expect(await ids('opp')).toContain(oppId);
    expect((await json<{ name: string }[]>('tabellen/verzorger.json')).map((v) => v.name)).toContain(
      'Fatima el Amrani',
    );
    expect((await json<{ aspect: string }[]>('tabellen/observatie.json')).map((o) => o.aspect)).toContain(
      'werkhouding',
    );
    const audit = await json<{ action: string; user_id: string }[]>('auditlog.json');
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'pupil.read', user_id: demo.account(LOGIN.leerkracht).id }),
    );
    const html = (await zip.file('inzage.html')?.async('string')) ?? '';
    expect(html).toContain(`Inzage: gegevens over ${p.nameOf(pupilId)}`);
    expect(html).toContain('Fatima el Amrani');
    const rows = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'pupil.inzage')
      .execute();
    expect(rows.map((r) => [r.user_id, r.leerling_id, r.school_id])).toEqual([
      [demo.account(LOGIN.schoolleider).id, pupilId, demo.schoolA],
    ]);
  });

  it('escapes every value in the HTML', async () => {
    const other = world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, 'Groep 7').id)[0] ?? '';
    await world.database.db
      .updateTable('leerling')
      .set({ roepnaam: '<img src=x onerror=alert(1)>' })
      .where('id', '=', other)
      .execute();
    const { zip } = await zipOf(await fetchRaw(`/pupils/${other}/inzage`, 'schoolleider'));
    const html = (await zip.file('inzage.html')?.async('string')) ?? '';
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('refuses the inzage to everyone but the schoolleider, as the access rule says, and writes nothing', async () => {
    const before = await countRows(world.database.db, ['audit_log']);
    const status = async (who: Who, id = pupilId) => (await fetchRaw(`/pupils/${id}/inzage`, who)).status;
    expect(await status(null)).toBe(401);
    for (const who of ['ib', 'leerkracht', 'bestuur', 'beheerder'] as const)
      expect(await status(who)).toBe(403);
    for (const who of ['leerkracht7', 'schoolleiderB'] as const) {
      const [real, missing] = [
        await fetchRaw(`/pupils/${pupilId}/inzage`, who),
        await fetchRaw(`/pupils/${unknownId()}/inzage`, who),
      ];
      expect([real.status, await real.text()]).toEqual([missing.status, await missing.text()]);
    }
    expect(await countRows(world.database.db, ['audit_log'])).toEqual(before);
  });
});
