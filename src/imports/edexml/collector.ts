/**
 * The streaming heart of the EDEXML reader: saxes events in, one raw record per school, vestiging,
 * groep, leerling and leerkracht out (to a sink), as soon as its element closes. No tree is built;
 * memory holds the open elements' names and the record being read.
 *
 * Matching is by local name and by the exact path below the container element, so it works with and
 * without namespaces (UWLR answers are qualified, EDEX.XML is not), ignores wrappers such as a SOAP
 * envelope, and never mistakes a vendor's <groep> inside <toevoegingen> for a real one.
 */
import type { ProblemList } from '../problems';
import { ACTIONS, isContainer } from './paths';
import type { EdexmlContainer } from './types';

interface RawRole {
  rol: string | null;
  rolomschrijving: string | null;
}

export interface RawRef {
  key: string | null;
  line: number;
  roles: RawRole[];
}

export interface RawRecord {
  line: number;
  /** Attributes by local name. */
  key: string | null;
  eckid: string | null;
  fields: Map<string, string>;
  duplicateFields: Set<string>;
  groepRefs: RawRef[];
  samengesteldRefs: RawRef[];
  vestigingRefs: RawRef[];
  roles: RawRole[];
}

export interface EdexSink {
  school(r: RawRecord): void;
  vestiging(r: RawRecord): void;
  groep(r: RawRecord, kind: 'stamgroep' | 'samengesteld'): void;
  leerling(r: RawRecord): void;
  leerkracht(r: RawRecord): void;
}

const TOO_DEEP = '\u0000';
/** No field of interest is deeper than leerkrachten/leerkracht/groepen/groep/rol. */
const MAX_DEPTH = 5;
/** Longer text in a field is cut (the longest EDEXML string type is 256). */
const MAX_FIELD_TEXT = 4096;

function localName(name: string): string {
  const i = name.lastIndexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function attribute(attributes: Record<string, string>, name: string): string | null {
  const plain = attributes[name];
  if (plain !== undefined) return plain;
  for (const k in attributes) if (localName(k) === name) return attributes[k] ?? null;
  return null;
}

function newRecord(line: number, attributes: Record<string, string>): RawRecord {
  return {
    line,
    key: attribute(attributes, 'key'),
    eckid: attribute(attributes, 'eckid'),
    fields: new Map(),
    duplicateFields: new Set(),
    groepRefs: [],
    samengesteldRefs: [],
    vestigingRefs: [],
    roles: [],
  };
}

interface Capture {
  depth: number;
  text: string;
  done: (text: string) => void;
}

export class EdexCollector {
  container: EdexmlContainer | null = null;
  namespace: string | null = null;
  extraContainers = 0;
  fault: string | null = null;
  emptyAnswer: 'geengegevens' | 'geenwijzigingen' | null = null;
  schoolSeen = 0;

  /** Per open element: its local name outside the container, its path (below it) inside. */
  private readonly stack: string[] = [];
  /** xmlns declarations of the open elements above the container (null: none). */
  private readonly nsStack: (Record<string, string> | null)[] = [];
  private rootDepth = -1;
  private faultDepth = -1;
  private capture: Capture | null = null;
  private record: RawRecord | null = null;
  private ref: RawRef | null = null;

  constructor(
    private readonly sink: EdexSink,
    private readonly problems: ProblemList,
    private readonly line: () => number,
  ) {}

  open(rawName: string, attributes: Record<string, string>): void {
    const name = localName(rawName);
    const depth = this.stack.length + 1;
    if (this.rootDepth < 0) {
      this.stack.push(name);
      this.outside(rawName, name, depth, attributes);
      return;
    }
    if (depth - this.rootDepth > MAX_DEPTH) {
      this.stack.push(TOO_DEEP);
      return;
    }
    const parent = this.stack[depth - 2] ?? '';
    const path = parent === '' ? name : `${parent}/${name}`;
    this.stack.push(path);
    const action = ACTIONS.get(path);
    if (action === undefined) return;
    const line = this.line();
    const record = this.record;
    switch (action.kind) {
      case 'record':
        if (path === 'school') this.schoolSeen += 1;
        this.record = newRecord(line, attributes);
        return;
      case 'ref':
        if (!record) return;
        this.ref = { key: attribute(attributes, 'key'), line, roles: [] };
        record[action.list].push(this.ref);
        return;
      case 'role': {
        const roles = action.of === 'record' ? record?.roles : this.ref?.roles;
        if (roles) this.captureText(depth, (text) => roles.push(role(name, text)));
        return;
      }
      case 'field':
        if (!record) return;
        this.captureText(depth, (text) => {
          if (record.fields.has(name)) record.duplicateFields.add(name);
          else record.fields.set(name, text);
        });
    }
  }

  text(text: string): void {
    const c = this.capture;
    if (!c || this.stack.length !== c.depth || c.text.length >= MAX_FIELD_TEXT) return;
    c.text += text;
    if (c.text.length > MAX_FIELD_TEXT) {
      c.text = c.text.slice(0, MAX_FIELD_TEXT);
      this.problems.warning(
        'edexml.tekst-te-lang',
        `Regel ${this.line()}: een veld is langer dan ${MAX_FIELD_TEXT} tekens en is afgekapt.`,
        {
          line: this.line(),
        },
      );
    }
  }

  close(): void {
    const depth = this.stack.length;
    const c = this.capture;
    if (c && c.depth === depth) {
      this.capture = null;
      c.done(c.text);
    }
    if (depth === this.faultDepth) this.faultDepth = -1;
    if (this.rootDepth > 0 && depth > this.rootDepth && depth - this.rootDepth <= 2) {
      this.closeRecord(this.stack[depth - 1] ?? '');
    }
    if (depth === this.rootDepth) this.rootDepth = -1;
    if (this.rootDepth < 0) this.nsStack.pop();
    this.stack.pop();
  }

  private closeRecord(path: string): void {
    const r = this.record;
    if (!r) return;
    const done = () => {
      this.record = null;
      this.ref = null;
    };
    switch (path) {
      case 'school':
        done();
        if (this.schoolSeen === 1) this.sink.school(r);
        return;
      case 'vestigingen/vestiging':
        done();
        return this.sink.vestiging(r);
      case 'groepen/groep':
        done();
        return this.sink.groep(r, 'stamgroep');
      case 'groepen/samengestelde_groep':
        done();
        return this.sink.groep(r, 'samengesteld');
      case 'leerlingen/leerling':
        done();
        return this.sink.leerling(r);
      case 'leerkrachten/leerkracht':
        done();
        return this.sink.leerkracht(r);
    }
  }

  /** Outside the container: find it, its namespace, or the SOAP/UWLR answers that hold no data. */
  private outside(rawName: string, name: string, depth: number, attributes: Record<string, string>): void {
    const declarations: Record<string, string> = {};
    let declared = false;
    for (const [k, v] of Object.entries(attributes)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        declarations[k === 'xmlns' ? '' : k.slice(6)] = v;
        declared = true;
      }
    }
    this.nsStack.push(declared ? declarations : null);
    if (isContainer(name)) {
      if (this.container !== null) {
        this.extraContainers += 1;
        return;
      }
      this.container = name;
      this.rootDepth = depth;
      this.stack[depth - 1] = ''; // paths inside the container are relative to it
      const colon = rawName.lastIndexOf(':');
      const prefix = colon < 0 ? '' : rawName.slice(0, colon);
      for (let i = this.nsStack.length - 1; i >= 0 && this.namespace === null; i -= 1) {
        const uri = this.nsStack[i]?.[prefix];
        if (uri !== undefined) this.namespace = uri === '' ? null : uri;
      }
      return;
    }
    if (name === 'Fault') this.faultDepth = depth;
    else if (this.faultDepth > 0 && (name === 'faultstring' || name === 'Text')) {
      this.captureText(depth, (text) => {
        this.fault = this.fault ? `${this.fault} ${text.trim()}` : text.trim();
      });
    } else if (name === 'geengegevens' || name === 'geenwijzigingen') this.emptyAnswer = name;
  }

  private captureText(depth: number, done: (text: string) => void): void {
    this.capture = { depth, text: '', done };
  }
}

function role(name: string, text: string): RawRole {
  const value = text.trim() === '' ? null : text.trim();
  return name === 'rol' ? { rol: value, rolomschrijving: null } : { rol: null, rolomschrijving: value };
}
