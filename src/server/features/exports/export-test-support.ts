/**
 * For the export tests only: the API called for raw bytes (the shared test client reads every answer
 * as JSON), and independent readers for what the exports produce (CSV, XLSX, XML), so a test checks
 * the file a school would open rather than our own writer's idea of it.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { SaxesParser } from 'saxes';
import { createApi } from '../../app';
import type { Db } from '../../db/database';
import type { Engine } from '../../db/dialect';
import { TEST_NOW } from '../../../testing/fixtures';

export interface RawResponse {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

export function rawApi(db: Db, _engine: Engine) {
  const app = createApi({ db, clock: () => TEST_NOW, trustProxy: false });
  return async (path: string, cookie?: string): Promise<RawResponse> => {
    const response = await app.request(path, { headers: cookie ? { cookie } : {} });
    return {
      status: response.status,
      headers: response.headers,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  };
}

export function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** RFC 4180 with ';': quoted fields may hold ';', '""' and line breaks. Expects CRLF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

export type SheetCell = string | number | boolean | Date | null;

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer as an ArrayBuffer; a copy of the bytes is exactly that.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** The sheet's cells as plain values, row by row, `width` columns wide. */
export function sheetValues(sheet: ExcelJS.Worksheet, width: number): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      if (value === null || value === undefined) cells.push(null);
      else if (
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean' ||
        value instanceof Date
      )
        cells.push(value);
      else throw new Error(`unexpected cell value at ${r},${c}: ${JSON.stringify(value)}`);
    }
    rows.push(cells);
  }
  return rows;
}

export function isoOf(value: SheetCell): string | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : null;
}

/** A cell as a test expects it: text, a number, a date (ISO) or empty. */
export type ExportValue = string | number | { date: string } | null;

export function fromSheet(cell: SheetCell): ExportValue {
  if (cell instanceof Date) return { date: isoOf(cell) ?? '' };
  if (typeof cell === 'boolean') throw new Error('no booleans in an export');
  return cell;
}

/** The CSV text of a value, written out independently of the writer: decimal comma, dd-mm-jjjj. */
export function asCsv(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'object') return value.date.split('-').reverse().join('-');
  return value;
}

/** The vak names the exports must use in headers and cells. */
export const VAK_LABELS: Readonly<Record<string, string>> = {
  'rekenen-wiskunde': 'Rekenen-wiskunde',
  spelling: 'Spelling',
  'begrijpend-lezen': 'Begrijpend lezen',
  'technisch-lezen': 'Technisch lezen',
};

export interface XmlNode {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A namespace-aware tree; saxes throws on anything that is not well-formed XML. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      if (!name.startsWith('xmlns')) attributes[name] = attribute.value;
    }
    const node: XmlNode = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childText(node: XmlNode, name: string): string | undefined {
  return child(node, name)?.text;
}

/**
 * Element sequences copied from oso.xsd (OSO gegevensset 2019: toetsType, the resultaat element,
 * toetsscoreType, referentiescoreType), so no test reads the schema file itself.
 */
const SEQUENCES: Record<string, readonly string[]> = {
  toets: ['toetsidentificatie', 'afname', 'resultaat', 'toetsonderdeel', 'opmerking'],
  toetsidentificatie: ['eldtoetscode', 'leergebied', 'toetsnaam', 'toetsversie'],
  afname: ['afnamedatum', 'jaargroep', 'dl', 'afgenomendoor'],
  resultaat: ['toetsscore', 'referentiescore', 'document'],
  toetsscore: [
    'aantalopgaven',
    'aantalgoed',
    'aantalfout',
    'aantalgelezen',
    'tijd',
    'vaardigheidsscore',
    'codevaardigheidsschaal',
    'betrouwbaarheidsinterval',
  ],
  referentiescore: ['codereferentiescore', 'codevergelijkingsgroep', 'waarde', 'kwalificatie'],
};
const REQUIRED: Record<string, readonly string[]> = {
  toets: ['toetsidentificatie', 'afname', 'resultaat'],
  toetsidentificatie: ['eldtoetscode'],
  afname: ['afnamedatum'],
  referentiescore: ['codereferentiescore', 'codevergelijkingsgroep', 'waarde'],
};

/** Every element with a known sequence has only known children, in order, and its required ones. */
export function expectSchemaOrder(node: XmlNode): void {
  const sequence = SEQUENCES[node.name];
  if (sequence) {
    const positions = node.children.map((c) => sequence.indexOf(c.name));
    expect(positions, `children of ${node.name}`).not.toContain(-1);
    expect(positions, `order in ${node.name}`).toEqual([...positions].sort((a, b) => a - b));
    for (const name of REQUIRED[node.name] ?? []) {
      expect(
        node.children.map((c) => c.name),
        `${name} in ${node.name}`,
      ).toContain(name);
    }
    for (const c of node.children) if (c.children.length === 0) expect(c.text, c.name).not.toBe('');
  }
  for (const c of node.children) expectSchemaOrder(c);
}
