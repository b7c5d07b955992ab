/**
 * The zip around an XLSX workbook, checked before exceljs sees it, and handed over in an order that
 * exceljs reads without temporary files.
 *
 * exceljs streams a workbook entry by entry. A worksheet that comes before the shared strings (Excel
 * and exceljs itself write them in that order) is parked in a temp file until they have been read;
 * reading that fails leaves the file, with pupil names, until the process ends, and a 3 MB zip whose
 * sheet inflates to 1 GB writes 1 GB to disk before anything is refused. So the whole zip (capped) is
 * read first, its central directory parsed, every entry exceljs needs inflated once to check its size
 * and checksum (against a cap on the total), and then only those entries are passed on, workbook,
 * relations, styles and shared strings first: exceljs then streams every worksheet and parks none.
 */
import { crc32, createInflateRaw } from 'node:zlib';
import { count, megabytes, ImportLimitError } from '../limits';

/** The file is not a zip exceljs could read: the message is Dutch and says what to do. */
export class DamagedXlsx extends Error {}

const damaged = () =>
  new DamagedXlsx(
    'Het Excel-bestand is beschadigd of onvolledig. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.',
  );

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data in the zip. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32 = 0xffffffff;

/** The entries exceljs reads, in the order it needs them; worksheets follow in their own order. */
const PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/** Stand-ins for parts a workbook may lack, so that exceljs never waits for them with a temp file. */
const EMPTY_PART: Record<string, string> = {
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  'xl/sharedStrings.xml':
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
};

function u16(zip: Buffer, at: number): number {
  if (at < 0 || at + 2 > zip.length) throw damaged();
  return zip.readUInt16LE(at);
}

function u32(zip: Buffer, at: number): number {
  if (at < 0 || at + 4 > zip.length) throw damaged();
  return zip.readUInt32LE(at);
}

function u64(zip: Buffer, at: number): number {
  if (at < 0 || at + 8 > zip.length) throw damaged();
  const value = zip.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged();
  return Number(value);
}

/** Where the central directory starts and how many entries it has (ZIP64 included). */
function directory(zip: Buffer): { offset: number; entries: number } {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at -= 1) {
    if (zip.readUInt32LE(at) !== EOCD) continue;
    let entries = u16(zip, at + 10);
    let offset = u32(zip, at + 16);
    if ((entries === 0xffff || offset === U32) && at >= 20 && u32(zip, at - 20) === ZIP64_LOCATOR) {
      const record = u64(zip, at - 12);
      if (u32(zip, record) !== ZIP64_EOCD) throw damaged();
      entries = u64(zip, record + 32);
      offset = u64(zip, record + 48);
    }
    return { offset, entries };
  }
  throw damaged();
}

/** Sizes and offset from the ZIP64 extra field, for the values the fixed fields mark as too large. */
function zip64Values(zip: Buffer, extraStart: number, extraEnd: number, wanted: number[]): number[] {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = u16(zip, at);
    const size = u16(zip, at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      let field = at + 4;
      for (const fixed of wanted) {
        if (fixed !== U32) values.push(fixed);
        else {
          values.push(u64(zip, field));
          field += 8;
        }
      }
      return values;
    }
    at += 4 + size;
  }
  return wanted;
}

/** The entries of the zip's central directory, each with where its data starts. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const { offset, entries: total } = directory(zip);
  if (total > 10_000) throw damaged();
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = offset;
  for (let i = 0; i < total; i += 1) {
    if (u32(zip, at) !== CENTRAL) throw damaged();
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const nameStart = at + 46;
    if (nameStart + nameLength > zip.length) throw damaged();
    const name = zip.toString('utf8', nameStart, nameStart + nameLength);
    const [size = 0, compressedSize = 0, localOffset = 0] = zip64Values(
      zip,
      nameStart + nameLength,
      nameStart + nameLength + extraLength,
      [u32(zip, at + 24), u32(zip, at + 20), u32(zip, at + 42)],
    );
    // Two entries of one name are read differently by different readers: no guessing.
    if (names.has(name)) throw damaged();
    names.add(name);
    if (u32(zip, localOffset) !== LOCAL) throw damaged();
    const dataStart = localOffset + 30 + u16(zip, localOffset + 26) + u16(zip, localOffset + 28);
    if (dataStart + compressedSize > zip.length) throw damaged();
    entries.push({
      name,
      method: u16(zip, at + 10),
      flags: u16(zip, at + 8),
      time: u16(zip, at + 12),
      date: u16(zip, at + 14),
      crc: u32(zip, at + 16),
      compressedSize,
      size,
      dataStart,
    });
    at = nameStart + nameLength + extraLength + u16(zip, at + 32);
  }
  return entries;
}

/** Inflates one entry without keeping it, to prove its size and checksum; stops at the first excess byte. */
async function checkEntry(zip: Buffer, entry: ZipEntry): Promise<void> {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.flags & 0x1) throw damaged(); // encrypted
  if (entry.method === 0) {
    if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc) throw damaged();
    return;
  }
  if (entry.method !== 8) throw damaged();
  const inflater = createInflateRaw();
  let size = 0;
  let crc = 0;
  await new Promise<void>((resolve, reject) => {
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > entry.size) inflater.destroy(damaged());
      else crc = crc32(chunk, crc);
    });
    inflater.on('end', resolve);
    inflater.on('error', () => reject(damaged()));
    inflater.end(data);
  });
  if (size !== entry.size || crc >>> 0 !== entry.crc) throw damaged();
}

/** The entries exceljs needs, in its order, checked against the cap on what they unpack to. */
export async function checkedParts(zip: Buffer, inflatedLimit: number): Promise<ZipEntry[]> {
  const entries = zipEntries(zip);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('xl/workbook.xml')) throw damaged();
  const parts = [
    ...PARTS.flatMap((name) => byName.get(name) ?? []),
    ...entries.filter((e) => WORKSHEET.test(e.name)),
  ];
  const declared = parts.reduce((sum, e) => sum + e.size, 0);
  if (declared > inflatedLimit) {
    throw new ImportLimitError(
      'xlsx.uitgepakt-te-groot',
      `Uitgepakt is dit Excel-bestand groter dan ${megabytes(inflatedLimit)}, de grens voor een ` +
        `resultatenbestand (${count(parts.length)} onderdelen). Sla alleen het werkblad met de resultaten op, of exporteer als CSV.`,
    );
  }
  for (const entry of parts) await checkEntry(zip, entry);
  return parts;
}

function localHeader(
  name: Buffer,
  e: Pick<ZipEntry, 'method' | 'time' | 'date' | 'crc' | 'size'>,
  compressed: number,
) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names, sizes known up front (no data descriptor)
  header.writeUInt16LE(e.method, 8);
  header.writeUInt16LE(e.time, 10);
  header.writeUInt16LE(e.date, 12);
  header.writeUInt32LE(e.crc, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(e.size, 22);
  header.writeUInt16LE(name.length, 26);
  return header;
}

function centralHeader(name: Buffer, local: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL, 0);
  header.writeUInt16LE(20, 4);
  local.copy(header, 6, 4, 30); // version needed … name length: the same fields in the same order
  header.writeUInt32LE(offset, 42);
  return header;
}

/**
 * The checked parts as a new zip: each with a plain local header (its sizes known, no data
 * descriptor), the missing relations and shared strings as empty stand-ins, then the directory.
 * Slices of the original buffer, not copies.
 */
export function* exceljsZip(zip: Buffer, parts: readonly ZipEntry[]): Generator<Buffer> {
  const present = new Set(parts.map((p) => p.name));
  const standIns = Object.entries(EMPTY_PART)
    .filter(([name]) => !present.has(name))
    .map(([name, text]) => {
      const data = Buffer.from(text, 'utf8');
      return {
        name,
        data,
        entry: { method: 0, time: 0, date: 0x21, crc: crc32(data) >>> 0, size: data.length },
      };
    });
  const workbook = parts.filter((p) => !WORKSHEET.test(p.name));
  const sheets = parts.filter((p) => WORKSHEET.test(p.name));
  const all = [
    ...workbook.map((p) => ({
      name: p.name,
      data: zip.subarray(p.dataStart, p.dataStart + p.compressedSize),
      entry: p,
    })),
    ...standIns,
    ...sheets.map((p) => ({
      name: p.name,
      data: zip.subarray(p.dataStart, p.dataStart + p.compressedSize),
      entry: p,
    })),
  ];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data, entry } of all) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = localHeader(nameBytes, entry, data.length);
    central.push(centralHeader(nameBytes, local, offset), nameBytes);
    yield local;
    yield nameBytes;
    yield data;
    offset += local.length + nameBytes.length + data.length;
  }
  const directorySize = central.reduce((sum, b) => sum + b.length, 0);
  yield* central;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(all.length, 8);
  end.writeUInt16LE(all.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  yield end;
}
