/**
 * Raw records → typed records, one at a time, with the checks that need only the record itself
 * (and the keys seen so far, for duplicates). Cross-references are checked at the end (validate.ts).
 */
import { isSchooljaar } from '../../domain/schooljaar';
import { count, ImportLimitError, NO_LIMITS, type ImportLimits } from '../limits';
import type { ProblemList } from '../problems';
import type { EdexSink, RawRecord } from './collector';
import { BRINCODE, normalizeVersion } from './codes';
import { RecordReader } from './record-reader';
import type {
  EdexGroep,
  EdexLeerkracht,
  EdexLeerling,
  EdexSchool,
  EdexVestiging,
  EdexmlVersion,
} from './types';

export class EdexBuilder extends RecordReader implements EdexSink {
  schoolRecord: EdexSchool | null = null;
  declaredVersion: EdexmlVersion | null = null;
  /** Content that exists only in EDEXML 2.x, and eckid only in 2.1: to infer a missing version. */
  seen2x = false;
  readonly vestigingen: EdexVestiging[] = [];
  readonly groepen: EdexGroep[] = [];
  readonly leerlingen: EdexLeerling[] = [];
  readonly leerkrachten: EdexLeerkracht[] = [];
  readonly groepByKey = new Map<string, EdexGroep>();
  private readonly vestigingKeys = new Set<string>();
  private readonly leerlingKeys = new Set<string>();
  private readonly leerkrachtKeys = new Set<string>();
  /** Records read per kind, kept or not, against the limits. */
  private readonly seen = { groep: 0, leerling: 0, leerkracht: 0 };

  constructor(
    problems: ProblemList,
    /** Whether the container is a UWLR answer (known once the container element has been seen). */
    private readonly isUwlr: () => boolean,
    private readonly limits: ImportLimits = NO_LIMITS,
  ) {
    super(problems);
  }

  /** One more record of the kind; past the limit the file is refused (the parse stops here). */
  private counted(kind: 'groep' | 'leerling' | 'leerkracht'): void {
    this.seen[kind] += 1;
    const [limit, what] =
      kind === 'leerling'
        ? [this.limits.pupils, 'leerlingen']
        : kind === 'groep'
          ? [this.limits.groups, 'groepen']
          : [this.limits.staff, 'leerkrachten'];
    if (this.seen[kind] <= limit) return;
    throw new ImportLimitError(
      `edexml.te-veel-${what}`,
      `Het bestand noemt meer dan ${count(limit)} ${what}, de grens voor één school. ` +
        'Een EDEXML-bestand hoort bij één school (brin en vestiging); is dit het goede bestand?',
    );
  }

  school(r: RawRecord): void {
    const get = (name: string) => this.field(r, name, 'school');
    const schooljaar = get('schooljaar');
    if (schooljaar === null) {
      this.problems.error('edexml.schooljaar-ontbreekt', 'Het schooljaar ontbreekt in het bestand.', {
        line: r.line,
        path: 'school/schooljaar',
      });
    } else if (!isSchooljaar(schooljaar)) {
      this.problems.error(
        'edexml.schooljaar-ongeldig',
        `Schooljaar "${schooljaar}" is ongeldig; verwacht twee opeenvolgende jaren, zoals 2025-2026.`,
        { line: r.line, path: 'school/schooljaar' },
      );
    }
    const brincode = get('brincode')?.toUpperCase() ?? null;
    if (brincode !== null && !BRINCODE.test(brincode)) {
      this.problems.warning('edexml.brincode-ongeldig', `Brincode "${brincode}" heeft niet de vorm 99XX.`, {
        line: r.line,
        path: 'school/brincode',
      });
    }
    const dependance = get('dependancecode');
    const xsdversie = get('xsdversie');
    if (xsdversie !== null) {
      this.declaredVersion = normalizeVersion(xsdversie, this.isUwlr());
      if (this.declaredVersion === null) {
        this.problems.warning(
          'edexml.versie-onbekend',
          `Onbekende EDEXML-versie "${xsdversie}"; het bestand is gelezen volgens de inhoud.`,
          { path: 'school/xsdversie' },
        );
      }
    }
    this.schoolRecord = {
      schooljaar: schooljaar !== null && isSchooljaar(schooljaar) ? schooljaar : null,
      peildatum: this.date(r, 'peildatum', 'school', null),
      brincode,
      dependancecode: dependance === null || dependance === '00' ? null : dependance,
      instellingsnummer: get('instellingsnummer'),
      schoolkey: get('schoolkey'),
      aanmaakdatum: this.dateTime(r, 'aanmaakdatum'),
      auteur: get('auteur'),
      xsdversie,
    };
    if (
      brincode === null &&
      this.schoolRecord.schoolkey === null &&
      this.schoolRecord.instellingsnummer === null
    ) {
      this.problems.warning('edexml.school-onbekend', 'Het bestand noemt geen brincode of schoolkey.', {
        line: r.line,
      });
    }
  }

  vestiging(r: RawRecord): void {
    const key = this.key(r, 'vestiging');
    if (key === null) return;
    if (this.vestigingKeys.has(key)) return this.duplicate('vestiging', key, r.line);
    this.vestigingKeys.add(key);
    this.seen2x = true;
    this.vestigingen.push({ key, naam: this.field(r, 'naam', 'vestiging', key), line: r.line });
  }

  groep(r: RawRecord, kind: 'stamgroep' | 'samengesteld'): void {
    this.counted('groep');
    const key = this.key(r, 'groep');
    if (key === null) return;
    if (this.groepByKey.has(key)) return this.duplicate('groep', key, r.line);
    if (kind === 'samengesteld') this.seen2x = true;
    let naam = this.field(r, 'naam', 'groep', key);
    if (naam === null) {
      this.warning(
        'edexml.groepsnaam-ontbreekt',
        'groep',
        key,
        r.line,
        'de naam ontbreekt; de key wordt als naam gebruikt',
      );
      naam = key;
    }
    let jaargroep: string | null = null;
    if (kind === 'stamgroep') {
      jaargroep = this.jaargroep(r, 'groep', key);
      if (jaargroep === null && !r.fields.has('jaargroep')) {
        this.error('edexml.jaargroep-ontbreekt', 'groep', key, r.line, 'de jaargroep ontbreekt');
      }
    }
    const groep: EdexGroep = {
      key,
      naam,
      kind,
      jaargroep,
      omschrijving: this.field(r, 'omschrijving', 'groep', key),
      line: r.line,
    };
    this.groepByKey.set(key, groep);
    this.groepen.push(groep);
  }

  leerling(r: RawRecord): void {
    this.counted('leerling');
    const key = this.key(r, 'leerling');
    if (key === null) return;
    if (this.leerlingKeys.has(key)) return this.duplicate('leerling', key, r.line);
    this.leerlingKeys.add(key);
    const names = this.names(r, 'leerling', key);
    const roepnaam = this.field(r, 'roepnaam', 'leerling', key);
    const firstVoornaam = names.voornamen?.split(/\s+/)[0] ?? null;
    const groep3Start = this.date(r, 'start_ondw_jgr3', 'leerling', key);
    if (r.fields.has('start_ondw_jgr3') || r.samengesteldRefs.length > 0 || names.voornamen)
      this.seen2x = true;
    const instroomdatum = this.date(r, 'instroomdatum', 'leerling', key);
    const uitstroomdatum = this.date(r, 'uitstroomdatum', 'leerling', key);
    if (instroomdatum && uitstroomdatum && uitstroomdatum < instroomdatum) {
      this.warning(
        'edexml.uitstroom-voor-instroom',
        'leerling',
        key,
        r.line,
        'de uitstroomdatum ligt vóór de instroomdatum',
      );
    }
    const jaargroep = this.jaargroep(r, 'leerling', key);
    const leerling: EdexLeerling = {
      key,
      keyStable: this.stable(key, 'leerling', r.line),
      eckid: this.eckid(r, 'leerling', key),
      ...names,
      roepnaam: roepnaam ?? firstVoornaam ?? names.voorletters ?? '',
      roepnaamSource: roepnaam
        ? 'roepnaam'
        : firstVoornaam
          ? 'voornamen'
          : names.voorletters
            ? 'voorletters'
            : 'geen',
      geboortedatum: this.date(r, 'geboortedatum', 'leerling', key),
      geslacht: this.geslacht(r, key),
      groep3Start,
      jaargroep,
      jaargroepSource: jaargroep === null ? null : 'leerling',
      groepKey: this.single(r.groepRefs, 'leerling', key, 'stamgroep'),
      samengesteldeGroepKeys: this.refs(r.samengesteldRefs, 'leerling', key),
      vestigingKey: this.single(r.vestigingRefs, 'leerling', key, 'vestiging'),
      instroomdatum,
      uitstroomdatum,
      line: r.line,
    };
    this.leerlingen.push(leerling);
  }

  leerkracht(r: RawRecord): void {
    this.counted('leerkracht');
    const key = this.key(r, 'leerkracht');
    if (key === null) return;
    if (this.leerkrachtKeys.has(key)) return this.duplicate('leerkracht', key, r.line);
    this.leerkrachtKeys.add(key);
    const roles = [
      ...r.roles.map((role) => ({ trustedForPermissions: false as const, ...role, groepKey: null })),
      ...[...r.groepRefs, ...r.samengesteldRefs].flatMap((ref) =>
        ref.roles.map((role) => ({
          trustedForPermissions: false as const,
          ...role,
          groepKey: ref.key?.trim() ?? null,
        })),
      ),
    ];
    const emailadres = this.field(r, 'emailadres', 'leerkracht', key);
    if (emailadres !== null && !/^[^\s@]+@[^\s@]+$/.test(emailadres)) {
      this.warning('edexml.email-ongeldig', 'leerkracht', key, r.line, `"${emailadres}" is geen e-mailadres`);
    }
    this.leerkrachten.push({
      key,
      keyStable: this.stable(key, 'leerkracht', r.line),
      eckid: this.eckid(r, 'leerkracht', key),
      ...this.names(r, 'leerkracht', key),
      roepnaam: this.field(r, 'roepnaam', 'leerkracht', key),
      gebruikersnaam: this.field(r, 'gebruikersnaam', 'leerkracht', key),
      emailadres,
      groepKeys: this.refs(r.groepRefs, 'leerkracht', key),
      samengesteldeGroepKeys: this.refs(r.samengesteldRefs, 'leerkracht', key),
      fileRoles: roles,
      line: r.line,
    });
  }
}
