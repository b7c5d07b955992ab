/**
 * parseEdexml: EDEX.XML (EDEXML 1.03, 2.0, 2.1) or a UWLR leerlinggegevens answer → typed records
 * and Dutch problems. Streams with saxes (no DOM, no DTD or entity expansion); never throws or
 * rejects because of the file's content.
 */
import { SaxesParser } from 'saxes';
import { errorText, ProblemList, type ImportProblem } from '../problems';
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

/** Hands the text to the parser until the end or the first XML error; a read error is returned. */
async function feed(
  parser: SaxesParser,
  input: ImportInput,
  problems: ProblemList,
  failed: () => boolean,
): Promise<{ report: DecodeReport | null; readError: unknown }> {
  let report: DecodeReport | null = null;
  try {
    let text: Iterable<string> | AsyncIterable<string>;
    if (typeof input === 'string') text = [input];
    else {
      const decoded = decodeChunks(byteChunks(input), { encoding: declaredEncoding(problems) });
      report = decoded.report;
      text = decoded.text;
    }
    for await (const chunk of text) {
      parser.write(chunk);
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

export async function parseEdexml(input: ImportInput): Promise<EdexmlResult> {
  const problems = new ProblemList();
  const parser = new SaxesParser({ xmlns: false, position: true });
  // Set from the error callback, hence a holder: the first XML error stops the parse.
  const failure: { xml: XmlFailure | null } = { xml: null };
  const builder: EdexBuilder = new EdexBuilder(problems, (): boolean => c.container !== 'EDEX');
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

  const { report, readError } = await feed(parser, input, problems, () => failure.xml !== null);
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
  if (readError)
    return error('edexml.leesfout', `Het bestand kon niet worden gelezen (${errorText(readError)}).`);
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
