/**
 * A ZIP archive of several files (deflated, UTF-8 names), written from the PKWARE APPNOTE layout: per
 * file a local header and the data, then the central directory and its end record. exports/zip.ts does
 * the same for one file; an inzage needs a handful, and no dependency of ours writes ZIP files.
 * Limits of this plain form (no ZIP64): fewer than 65,535 files and 4 GB, far beyond one pupil's data.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

export interface ZipEntry {
  name: string;
  content: Uint8Array | string;
}

/** MS-DOS time and date of a moment (UTC), as ZIP headers keep them (two-second precision). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

interface Written {
  name: Buffer;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

/** The fields local and central headers share, from "version needed" to the name's length. */
function commonFields(file: Written, time: number, date: number): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(VERSION, 0);
  b.writeUInt16LE(UTF8_NAMES, 2);
  b.writeUInt16LE(DEFLATE, 4);
  b.writeUInt16LE(time, 6);
  b.writeUInt16LE(date, 8);
  b.writeUInt32LE(file.crc, 10);
  b.writeUInt32LE(file.compressed, 14);
  b.writeUInt32LE(file.size, 18);
  b.writeUInt16LE(file.name.length, 22);
  b.writeUInt16LE(0, 24);
  return b;
}

export function zipFiles(entries: readonly ZipEntry[], at: Date): Uint8Array<ArrayBuffer> {
  const { time, date } = dosDateTime(at);
  const parts: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
    const data = deflateRawSync(content);
    const file = {
      name: Buffer.from(entry.name, 'utf8'),
      crc: crc32(content),
      size: content.length,
      compressed: data.length,
      offset,
    };
    const signature = Buffer.alloc(4);
    signature.writeUInt32LE(0x04034b50, 0);
    const local = Buffer.concat([signature, commonFields(file, time, date), file.name, data]);
    parts.push(local);
    written.push(file);
    offset += local.length;
  }
  const centralStart = offset;
  for (const file of written) {
    const head = Buffer.alloc(6);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(VERSION, 4);
    // Comment length, disk number, internal and external attributes: 0; then the local header's offset.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(file.offset, 10);
    const central = Buffer.concat([head, commonFields(file, time, date), tail, file.name]);
    parts.push(central);
    offset += central.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  parts.push(end);
  const all = Buffer.concat(parts);
  return new Uint8Array(all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength));
}
