/**
 * Turning bytes into text when nobody told us the encoding.
 *
 * Dutch school exports arrive as UTF-8 (with or without BOM) or Windows-1252 (Excel's "CSV" on a Dutch
 * Windows). The two agree on every ASCII byte, so ASCII text is passed on straight away and the choice
 * is only made at the first byte ≥ 0x80 — however late in the file that is. From that byte on the
 * bytes are held back until `windowBytes` (64 KiB by default; at least, a chunk is never split) have
 * arrived or the file ends: if they are valid UTF-8 the file is read as UTF-8, otherwise as
 * Windows-1252. Memory therefore stays bounded by the window plus one chunk. The one limit: UTF-8
 * that turns invalid only after the window is decoded with U+FFFD replacements and reported through
 * `invalidAfterDecision` (a file that mixes encodings is broken either way).
 */
import iconv from 'iconv-lite';

const DEFAULT_DETECTION_WINDOW = 64 * 1024;
const NON_ASCII = /[^\x00-\x7f]/;

type DetectedBy = 'bom' | 'opgegeven' | 'alleen-ascii' | 'geldige-utf-8' | 'ongeldige-utf-8' | 'leeg';

export interface DecodeReport {
  /** 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be' or the encoding that was asked for. */
  encoding: string;
  bom: boolean;
  detectedBy: DetectedBy;
  /** UTF-8 was chosen but later bytes were not valid UTF-8; they became U+FFFD. */
  invalidAfterDecision: boolean;
}

export interface DecodeOptions {
  /**
   * A fixed encoding (an iconv-lite name), or a function that looks at the first bytes (up to 1 KiB;
   * e.g. an XML declaration) and names one, or returns undefined to detect.
   */
  encoding?: string | ((head: Uint8Array) => string | undefined);
  windowBytes?: number;
}

interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
}

function iconvDecoder(encoding: string): ChunkDecoder {
  const d = iconv.getDecoder(encoding, { stripBOM: true });
  return { write: (b) => d.write(asBuffer(b)), end: () => d.end() ?? '' };
}

/** UTF-8 that reports (once) when it meets invalid bytes and then carries on with replacements. */
function utf8Decoder(report: DecodeReport, started?: TextDecoder): ChunkDecoder {
  let fatal: TextDecoder | null = started ?? new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const lenient = new TextDecoder('utf-8', { fatal: false });
  const run = (b: Uint8Array | undefined, stream: boolean): string => {
    if (fatal) {
      try {
        return b ? fatal.decode(b, { stream }) : fatal.decode();
      } catch {
        fatal = null;
        report.invalidAfterDecision = true;
      }
    }
    return b ? lenient.decode(b, { stream }) : lenient.decode();
  };
  return { write: (b) => run(b, true), end: () => run(undefined, false) };
}

function isUtf8Name(name: string): boolean {
  return /^utf-?8$/i.test(name.trim());
}

/** A synchronous, chunk-at-a-time decoder with the detection described above. */
export class SniffingDecoder {
  readonly report: DecodeReport = {
    encoding: 'utf-8',
    bom: false,
    detectedBy: 'leeg',
    invalidAfterDecision: false,
  };
  private state: 'head' | 'ascii' | 'hold' | 'decided' = 'head';
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private decoder: ChunkDecoder | null = null;
  private readonly windowBytes: number;

  constructor(private readonly options: DecodeOptions = {}) {
    this.windowBytes = Math.max(4, options.windowBytes ?? DEFAULT_DETECTION_WINDOW);
  }

  write(chunk: Uint8Array): string {
    if (chunk.length === 0) return '';
    switch (this.state) {
      case 'decided':
        return this.decoder ? this.decoder.write(chunk) : '';
      case 'hold':
        this.hold(chunk);
        return this.pendingBytes >= this.windowBytes ? this.decide(false) : '';
      case 'ascii':
        return this.ascii(chunk);
      case 'head':
        this.hold(chunk);
        // 1 KiB lets an XML declaration be read; the BOM needs only 3 bytes.
        return this.pendingBytes >= 1024 ? this.leaveHead() : '';
    }
  }

  end(): string {
    let out = '';
    if (this.state === 'head') out += this.leaveHead();
    if (this.state === 'hold') out += this.decide(true);
    if (this.state === 'decided' && this.decoder) out += this.decoder.end();
    return out;
  }

  private hold(chunk: Uint8Array): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
  }

  private take(): Uint8Array {
    const bytes = concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    return bytes;
  }

  private leaveHead(): string {
    const head = this.take();
    const r = this.report;
    const bom = (a: number, b: number, c?: number) =>
      head[0] === a && head[1] === b && (c === undefined || head[2] === c);
    if (bom(0xef, 0xbb, 0xbf)) {
      Object.assign(r, { encoding: 'utf-8', bom: true, detectedBy: 'bom' });
      return this.commit(utf8Decoder(r), head.subarray(3));
    }
    if (bom(0xff, 0xfe) || bom(0xfe, 0xff)) {
      const encoding = head[0] === 0xff ? 'utf-16le' : 'utf-16be';
      Object.assign(r, { encoding, bom: true, detectedBy: 'bom' });
      return this.commit(iconvDecoder(encoding), head);
    }
    const { encoding } = this.options;
    const asked = typeof encoding === 'function' ? encoding(head.subarray(0, 1024)) : encoding;
    if (asked !== undefined && !isUtf8Name(asked)) {
      Object.assign(r, { encoding: asked.toLowerCase(), detectedBy: 'opgegeven' });
      return this.commit(iconvDecoder(asked), head);
    }
    if (asked !== undefined) {
      Object.assign(r, { encoding: 'utf-8', detectedBy: 'opgegeven' });
      return this.commit(utf8Decoder(r), head);
    }
    this.state = 'ascii';
    if (head.length > 0) r.detectedBy = 'alleen-ascii';
    return this.ascii(head);
  }

  private ascii(chunk: Uint8Array): string {
    if (chunk.length > 0 && this.report.detectedBy === 'leeg') this.report.detectedBy = 'alleen-ascii';
    const all = asBuffer(chunk).toString('latin1');
    const i = all.search(NON_ASCII);
    if (i < 0) return all;
    const text = all.slice(0, i);
    this.state = 'hold';
    this.hold(chunk.subarray(i));
    return this.pendingBytes >= this.windowBytes ? text + this.decide(false) : text;
  }

  private decide(final: boolean): string {
    const bytes = this.take();
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    try {
      const text = fatal.decode(bytes, { stream: !final });
      Object.assign(this.report, { encoding: 'utf-8', detectedBy: 'geldige-utf-8' });
      this.state = 'decided';
      this.decoder = utf8Decoder(this.report, fatal);
      return text;
    } catch {
      Object.assign(this.report, { encoding: 'windows-1252', detectedBy: 'ongeldige-utf-8' });
      return this.commit(iconvDecoder('windows-1252'), bytes);
    }
  }

  private commit(decoder: ChunkDecoder, bytes: Uint8Array): string {
    this.state = 'decided';
    this.decoder = decoder;
    return decoder.write(bytes);
  }
}

/** Decodes a byte stream lazily; `report` is complete once the text has been read to the end. */
export function decodeChunks(
  source: AsyncIterable<Uint8Array>,
  options: DecodeOptions = {},
): { text: AsyncGenerator<string>; report: DecodeReport } {
  const decoder = new SniffingDecoder(options);
  async function* text(): AsyncGenerator<string> {
    for await (const chunk of source) {
      const s = decoder.write(chunk);
      if (s !== '') yield s;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  }
  return { text: text(), report: decoder.report };
}

export function encodingIsSupported(name: string): boolean {
  return iconv.encodingExists(name);
}
