/**
 * parseEdexml: EDEX.XML (EDEXML 1.03, 2.0, 2.1) or a UWLR leerlinggegevens answer → typed records
 * and Dutch problems. Streams with saxes (no DOM, no DTD or entity expansion); never throws or
 * rejects because of the file's content.
 */
import { SaxesParser } from 'saxes';
import { count, fileTooLarge, ImportLimitError, limitedBytes, NO_LIMITS, type ImportLimits } from '../limits';
import { ProblemList, type ImportProblem } from '../problems';
import { decodeChunks, encodingIsSupported, type DecodeReport } from '../text/decode';
import { byteChunks, type ImportInput } from '../text/input';
import { EdexBuilder } from './builder';
import { EdexCollector } from './collector';
import type { EdexmlContainer, EdexmlResult, EdexmlScope, EdexmlVersion } from './types';
import { crossCheck } from './validate';

const SCOPE: Record<EdexmlContainer, EdexmlScope> = {
  EDEX: 'volledig',
  leerlinggegevens: 'volledig',
  'leerlinggegevens-structuur': 'structuur',
  'leerlinggegevens-leerlingen': 'leerlingen',
  'leerlinggegevens-leerkrachten': 'leerkrachten',
};

/** The encoding an XML declaration names, unless it is UTF-8 (then we detect, see text/decode.ts). */
function declaredEncoding(problems: ProblemList): (head: Uint8Array) => string | undefined {
  return (head) => {
    const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
    const name = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text)?.[1];
    if (name === undefined || /^utf-?8$/i.test(name)) return undefined;
    if (encodingIsSupported(name)) return name;
    problems.warning(
      'edexml.codering-onbekend',
      `De tekenset "${name}" uit de XML-declaratie is onbekend; het bestand is als UTF-8 gelezen.`,
      { line: 1 },
    );
    return undefined;
  };
}

const XML_HINTS: [RegExp, string][] = [
  [/unclosed tag/, 'een element wordt niet afgesloten; is het bestand onvolledig?'],
  [/unexpected close tag|unmatched closing tag/, 'een sluittag past niet bij de openingstag'],
  [/root element|unexpected end/, 'het bestand is leeg of houdt te vroeg op'],
  [/only one root|outside of root/, 'er staat iets na het einde van het hoofdelement'],
  [/entity/, 'een onbekende of foute entiteit (&…;)'],
  [/disallowed character|malformed name/, 'een teken dat in XML niet mag'],
  [/attribute|quoted/, 'een attribuut is niet goed geschreven'],
  [/XML declaration|version number/, 'de XML-declaratie aan het begin klopt niet'],
];

function xmlHint(message: string): string {
  return XML_HINTS.find(([re]) => re.test(message))?.[1] ?? 'de XML-structuur klopt niet';
}

function inferVersion(b: EdexBuilder): EdexmlVersion {
  if (b.seenEckid) return '2.1';
  return b.seen2x ? '2.0' : '1.03';
}

/** Text is handed to saxes in slices of this size, so a limit on one text is checked in between. */
const SLICE = 64 * 1024;

/**
 * What saxes holds of the text, comment, CDATA section, attribute value or name it is reading: it
 * keeps each in one string until it ends (private fields, read because saxes offers no limit).
 */
function pendingText(parser: SaxesParser): number {
  const text: unknown = Reflect.get(parser, 'text');
  const name: unknown = Reflect.get(parser, 'name');
  return Math.max(typeof text === 'string' ? text.length : 0, typeof name === 'string' ? name.length : 0);
}

function textTooLong(line: number, limit: number): ImportLimitError {
  return new ImportLimitError(
    'import.tekst-te-lang',
    `Het bestand heeft vanaf regel ${line} een tekst van meer dan ${count(limit)} tekens aan één stuk, ` +
      'de grens voor een EDEXML-bestand; zo lang is geen gegeven in een echte export.',
  );
}

/** Hands the text to the parser until the end or the first XML error; a read error is returned. */
async function feed(
  parser: SaxesParser,
  input: ImportInput,
  options: { problems: ProblemList; limits: ImportLimits; failed: () => boolean },
): Promise<{ report: DecodeReport | null; readError: unknown }> {
  const { problems, limits, failed } = options;
  let report: DecodeReport | null = null;
  try {
    let text: Iterable<string> | AsyncIterable<string>;
    const tooLarge = () => fileTooLarge(limits.edexmlBytes, 'een EDEXML-bestand');
    if (typeof input === 'string') {
      if (input.length > limits.edexmlBytes) throw tooLarge();
      text = [input];
    } else {
      const bytes = limitedBytes(byteChunks(input), limits.edexmlBytes, tooLarge);
      const decoded = decodeChunks(bytes, { encoding: declaredEncoding(problems) });
      report = decoded.report;
      text = decoded.text;
    }
    for await (const chunk of text) {
      for (let at = 0; at < chunk.length && !failed(); at += SLICE) {
        parser.write(chunk.slice(at, at + SLICE));
        if (pendingText(parser) > limits.xmlText) throw textTooLong(parser.line, limits.xmlText);
      }
      if (failed()) break;
    }
    if (!failed()) parser.close();
  } catch (error) {
    return { report, readError: error };
  }
  return { report, readError: null };
}

/** What is odd about a readable file as a whole: no or several school blocks, extra blocks, encoding. */
function fileWarnings(
  builder: EdexBuilder,
  c: EdexCollector,
  report: DecodeReport | null,
  problems: ProblemList,
): void {
  if (builder.schoolRecord === null) {
    problems.error('edexml.school-ontbreekt', 'Het blok <school> met het schooljaar ontbreekt.');
  }
  if (c.schoolSeen > 1)
    problems.warning('edexml.school-dubbel', 'Het blok <school> staat er meer dan eens; het eerste telt.');
  if (c.extraContainers > 0) {
    problems.warning(
      'edexml.meerdere-blokken',
      'Het bestand bevat meer dan één blok leerlinggegevens; alleen het eerste is gelezen.',
    );
  }
  if (report?.invalidAfterDecision) {
    problems.warning(
      'edexml.ongeldige-tekens',
      'Het bestand bevat tekens die geen geldige UTF-8 zijn; die zijn vervangen door �.',
    );
  } else if (report?.detectedBy === 'ongeldige-utf-8') {
    problems.warning(
      'edexml.codering',
      'Het bestand is geen geldige UTF-8 en is als Windows-1252 gelezen; controleer de namen met accenten.',
    );
  }
}

/**
 * With `limits`, a file above one of them (size, pupils, groups, staff, one text) is unreadable, with
 * the limit as the reason.
 */
export async function parseEdexml(
  input: ImportInput,
  options: { limits?: ImportLimits } = {},
): Promise<EdexmlResult> {
  const limits = options.limits ?? NO_LIMITS;
  const problems = new ProblemList();
  const parser = new SaxesParser({ xmlns: false, position: true });
  // Set from the error callback, hence a holder: the first XML error stops the parse.
  const failure: { xml: XmlFailure | null } = { xml: null };
  const isUwlr = (): boolean => c.container !== 'EDEX';
  const builder: EdexBuilder = new EdexBuilder(problems, isUwlr, limits);
  const c: EdexCollector = new EdexCollector(builder, problems, () => parser.line);

  parser.on('error', (e) => {
    failure.xml ??= {
      line: parser.line,
      column: parser.column,
      message: e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''),
    };
  });
  parser.on('opentag', (tag) => c.open(tag.name, tag.attributes));
  parser.on('text', (t) => c.text(t));
  parser.on('cdata', (t) => c.text(t));
  parser.on('closetag', () => c.close());

  const failed = () => failure.xml !== null;
  const { report, readError } = await feed(parser, input, { problems, limits, failed });
  const fatal = fatalProblem(readError, failure.xml, c);
  const container = c.container;
  const base = {
    form: container === null || container === 'EDEX' ? ('edexml' as const) : ('uwlr' as const),
    container,
    namespace: c.namespace,
    scope: container ? SCOPE[container] : ('volledig' as const),
    encoding: report?.encoding ?? 'utf-8',
  };
  if (fatal) {
    // Nothing half: what was read before the failure is dropped, and so are its problems.
    return {
      ...base,
      readable: false,
      version: null,
      school: null,
      vestigingen: [],
      groepen: [],
      leerlingen: [],
      leerkrachten: [],
      problems: [fatal],
    };
  }
  fileWarnings(builder, c, report, problems);
  crossCheck(builder, base.scope, problems);
  return {
    ...base,
    readable: true,
    version: builder.declaredVersion ?? inferVersion(builder),
    school: builder.schoolRecord,
    vestigingen: builder.vestigingen,
    groepen: builder.groepen,
    leerlingen: builder.leerlingen,
    leerkrachten: builder.leerkrachten,
    // In file order, so a report reads top to bottom; problems about the whole file come first.
    problems: problems.finish().sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

type XmlFailure = { line: number; column: number; message: string };

/** Why nothing of the file can be used, if that is the case. */
function fatalProblem(readError: unknown, xml: XmlFailure | null, c: EdexCollector): ImportProblem | null {
  const error = (code: string, message: string, line?: number): ImportProblem => ({
    severity: 'error',
    code,
    message,
    ...(line === undefined ? {} : { line }),
  });
  if (readError instanceof ImportLimitError) return error(readError.code, readError.message);
  // Why is not told: a read error's text is technical and may name a path on the server.
  if (readError) {
    return error(
      'edexml.leesfout',
      'Het bestand kon niet helemaal worden gelezen; is het uploaden onderbroken? Probeer het opnieuw.',
    );
  }
  if (xml) {
    return error(
      'edexml.xml-ongeldig',
      `Het bestand is geen geldige XML: fout op regel ${xml.line}, kolom ${xml.column + 1}: ${xmlHint(xml.message)} ` +
        `(technische melding: ${xml.message})`,
      xml.line,
    );
  }
  if (c.fault !== null) {
    return error(
      'uwlr.fout',
      `Het administratiesysteem meldt een fout: ${c.fault || 'zonder omschrijving'}.`,
    );
  }
  if (c.container !== null) return null;
  if (c.emptyAnswer === 'geenwijzigingen') {
    return {
      severity: 'warning',
      code: 'uwlr.geen-wijzigingen',
      message: 'Het administratiesysteem meldt: geen wijzigingen.',
    };
  }
  if (c.emptyAnswer === 'geengegevens') {
    return error('uwlr.geen-gegevens', 'Het administratiesysteem meldt: geen gegevens gevonden.');
  }
  return error(
    'edexml.geen-edexml',
    'Dit is geen EDEXML-bestand: het element <EDEX> (of <leerlinggegevens> van UWLR) ontbreekt.',
  );
}
