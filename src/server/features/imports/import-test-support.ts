/**
 * For the import tests only: the API called with a raw file as the body (the shared test client sends
 * JSON), the NDJSON answer of the results import split into lines, fixtures, row counts and snapshots
 * of every table, and a small EDEXML writer for files whose content a test chooses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createApi } from '../../app';
import type { Db } from '../../db/database';
import type { Engine } from '../../db/dialect';
import type { DB } from '../../db/schema';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase } from '../../../testing/databases';
import { demoLookup, seedDemo, TEST_NOW } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import type { EdexmlReport } from './edexml-report';
import type { ResultsReport } from './results-read';

/** Row counts of every table the database has (found by introspection, so a new table is counted too). */
export async function countAll(db: Db): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      db,
    );
    counts[table] = Number(result.rows[0]?.n ?? Number.NaN);
  }
  return counts;
}

/** Every row of the tables, in a stable order: equal snapshots mean no row was added, changed or removed. */
export async function snapshot(db: Db, tables: readonly (keyof DB)[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    out[table] = result.rows
      .map((r) =>
        JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))),
      )
      .sort();
  }
  return out;
}

/** A file of this feature's fixtures (src/server/features/imports/fixtures). */
export function importFixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
}

/** A file of the parser fixtures (src/imports/fixtures). */
export function parserFixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../../imports/fixtures/${name}`, import.meta.url)));
}

interface UploadResponse {
  status: number;
  text: string;
  headers: Headers;
}

/** The API with the file as the request body, the way the browser uploads it. */
export function uploadApi(db: Db, _engine: Engine) {
  const app = createApi({ db, clock: () => TEST_NOW, trustProxy: false });
  async function send(
    method: string,
    path: string,
    body: Uint8Array | string | null,
    cookie?: string,
  ): Promise<UploadResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (cookie) headers.cookie = cookie;
    const response = await app.request(path, {
      method,
      headers,
      // A copy of the bytes: the Fetch API wants a Uint8Array over a plain ArrayBuffer.
      ...(body === null
        ? {}
        : { body: typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body) }),
    });
    return { status: response.status, text: await response.text(), headers: response.headers };
  }
  return send;
}

/** The answer as the shared test client gives it, for expectError and friends. */
export function asJson<T>(response: UploadResponse): { status: number; body: T; headers: Headers } {
  return {
    status: response.status,
    body: (response.text ? JSON.parse(response.text) : null) as T,
    headers: response.headers,
  };
}

type NdjsonLine =
  | { type: 'progress'; phase: 'lezen' | 'opslaan'; rows: number }
  | { type: 'report'; report: ResultsReport }
  | { type: 'error'; error: { code: string; message: string } };

export function ndjson(text: string): NdjsonLine[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as NdjsonLine);
}

/** The report line of a results import answer; throws when the answer has none. */
export function reportOf(text: string): ResultsReport {
  const last = ndjson(text).at(-1);
  if (last?.type !== 'report') throw new Error(`no report line in ${text.slice(0, 300)}`);
  return last.report;
}

export type { EdexmlReport, ResultsReport };

// --- EDEXML written from a description -------------------------------------------------------------

interface EdexGroupSpec {
  key: string;
  naam: string;
  jaargroep?: string;
  samengesteld?: boolean;
}

interface EdexPupilSpec {
  key: string;
  eckid?: string;
  achternaam: string;
  voorvoegsel?: string;
  roepnaam: string;
  geboortedatum?: string;
  geslacht?: string;
  jaargroep?: string;
  groep?: string;
  samengesteld?: string[];
  instroomdatum?: string;
  uitstroomdatum?: string;
}

interface EdexTeacherSpec {
  key: string;
  achternaam: string;
  roepnaam?: string;
  email?: string;
  rollen?: string[];
  groepen?: string[];
  samengesteld?: string[];
}

export interface EdexSpec {
  brin: string;
  dependancecode?: string;
  schooljaar: string;
  peildatum?: string;
  xsdversie?: string;
  groups: EdexGroupSpec[];
  pupils: EdexPupilSpec[];
  teachers?: EdexTeacherSpec[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const el = (name: string, value: string | undefined) =>
  value === undefined ? '' : `<${name}>${escapeXml(value)}</${name}>`;

export function edexmlXml(spec: EdexSpec): string {
  const groups = spec.groups.map((g) =>
    g.samengesteld
      ? `<samengestelde_groep key="${escapeXml(g.key)}">${el('naam', g.naam)}</samengestelde_groep>`
      : `<groep key="${escapeXml(g.key)}">${el('naam', g.naam)}${el('jaargroep', g.jaargroep)}</groep>`,
  );
  const pupils = spec.pupils.map(
    (p) =>
      `<leerling key="${escapeXml(p.key)}"${p.eckid ? ` eckid="${escapeXml(p.eckid)}"` : ''}>` +
      el('achternaam', p.achternaam) +
      el('voorvoegsel', p.voorvoegsel) +
      el('roepnaam', p.roepnaam) +
      el('geboortedatum', p.geboortedatum) +
      el('geslacht', p.geslacht) +
      el('jaargroep', p.jaargroep) +
      (p.groep ? `<groep key="${escapeXml(p.groep)}"/>` : '') +
      (p.samengesteld?.length
        ? `<samengestelde_groepen>${p.samengesteld.map((k) => `<samengestelde_groep key="${escapeXml(k)}"/>`).join('')}</samengestelde_groepen>`
        : '') +
      el('instroomdatum', p.instroomdatum) +
      el('uitstroomdatum', p.uitstroomdatum) +
      '</leerling>',
  );
  const teachers = (spec.teachers ?? []).map(
    (t) =>
      `<leerkracht key="${escapeXml(t.key)}">` +
      el('achternaam', t.achternaam) +
      el('roepnaam', t.roepnaam) +
      el('emailadres', t.email) +
      (t.rollen ?? []).map((r) => el('rol', r)).join('') +
      '<groepen>' +
      (t.groepen ?? []).map((k) => `<groep key="${escapeXml(k)}"/>`).join('') +
      (t.samengesteld ?? []).map((k) => `<samengestelde_groep key="${escapeXml(k)}"/>`).join('') +
      '</groepen></leerkracht>',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<EDEX>',
    `<school>${el('schooljaar', spec.schooljaar)}${el('peildatum', spec.peildatum)}${el('brincode', spec.brin)}${el('dependancecode', spec.dependancecode)}${el('xsdversie', spec.xsdversie ?? '2.1')}</school>`,
    `<groepen>${groups.join('\n')}</groepen>`,
    `<leerlingen>${pupils.join('\n')}</leerlingen>`,
    `<leerkrachten>${teachers.join('\n')}</leerkrachten>`,
    '</EDEX>',
  ].join('\n');
}

/** The name as the import composes it for reports: roepnaam, voorvoegsel, achternaam. */
const pupilName = (p: { roepnaam: string; voorvoegsel?: string | null; achternaam: string }) =>
  [p.roepnaam, p.voorvoegsel, p.achternaam].filter((x) => x && x.trim() !== '').join(' ');

export { TEST_NOW };

// --- Results files from the demo ----------------------------------------------------------------

export interface PlacedPupil {
  id: string;
  key: string;
  name: string;
  jaargroep: number;
}

/** Pupils placed now in a group of the school in the schooljaar, with their jaargroep, in a stable order. */
export function placedPupils(data: DemoData, schoolId: string, schooljaar: string): PlacedPupil[] {
  const year = data.schooljaar.find((y) => y.school_id === schoolId && y.name === schooljaar)?.id;
  const groups = new Set(data.groep.filter((g) => g.schooljaar_id === year).map((g) => g.id));
  const seen = new Set<string>();
  const out: PlacedPupil[] = [];
  for (const p of data.plaatsing) {
    if (!groups.has(p.groep_id) || p.end_date !== null || seen.has(p.leerling_id)) continue;
    const pupil = data.leerling.find((l) => l.id === p.leerling_id);
    if (!pupil || !/^\d$/.test(p.jaargroep)) continue;
    seen.add(p.leerling_id);
    out.push({
      id: pupil.id,
      key: pupil.las_key,
      name: pupilName({
        roepnaam: pupil.roepnaam,
        voorvoegsel: pupil.voorvoegsel ?? null,
        achternaam: pupil.achternaam,
      }),
      jaargroep: Number(p.jaargroep),
    });
  }
  return out;
}

/** The query of POST /imports/results. */
export function resultsQuery(
  schoolId: string,
  options: { mode?: 'preview' | 'apply'; skipInvalid?: boolean; config?: unknown } = {},
): string {
  const params = new URLSearchParams({ mode: options.mode ?? 'apply', schoolId });
  if (options.skipInvalid) params.set('skipInvalid', 'true');
  if (options.config !== undefined) params.set('config', JSON.stringify(options.config));
  return `/imports/results?${params.toString()}`;
}

/** "2026-10-05" → "05-10-2026". */
export const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

/** The results import tests' start: the demo seeded, everyone logged in, school A's pupils of groep 3–8. */
export async function resultsSuite(engine: Engine) {
  const database = await createTestDatabase(engine);
  const data = await seedDemo(database.db);
  const demo = demoLookup(data);
  const cookies = await loginAll(testApi(database.db, engine));
  const send = uploadApi(database.db, engine);
  const pupils = placedPupils(data, demo.schoolA, demo.currentYear).filter((p) => p.jaargroep >= 3);
  return { database, data, demo, cookies, send, pupils };
}
