/**
 * Version labels as LVS exports write them: edition years ("2014"), edition names ("LiB", "3.0"),
 * "versie 2". A name that fits one instrument takes any label, with one warning per label; a name that
 * fits several must be told which one a label means, once: in the mapping step, by an entry of a saved
 * mapping (the command line), or by what the school chose before. Until then the rows wait, and the
 * report asks one question per label ("412 regels: onbekende versie '2014' van Spelling — kies de
 * versie") instead of refusing the same label on every row.
 */
import type { ImportProblem } from '../../../imports';

/** A label and the toets (a catalog instrument's code or one of the school's own) it stands for. */
export interface VersionChoice {
  toets: string;
  versie: string;
  instrument: string;
}

/** The unknown label of a name that fits several instruments: the question for the user. */
export interface VersionQuestion {
  toets: string;
  versie: string;
  rows: number;
  firstLine: number;
  candidates: { code: string; name: string; version: string }[];
}

/** Lower case, letters and digits only: "Rekenen-Wiskunde" and "rekenen wiskunde" are one name. */
export const labelPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export const labelKey = (toets: string, versie: string) => `${labelPart(toets)}|${labelPart(versie)}`;

/** What the resolver answers for a row whose version label waits for a choice. */
export interface AwaitingVersion {
  awaiting: string;
}

export const isAwaiting = (value: unknown): value is AwaitingVersion =>
  typeof value === 'object' && value !== null && 'awaiting' in value;

const count = (n: number) => n.toLocaleString('nl-NL');

/**
 * The candidates as the question lists them: two of one name (Cito's "Spelling" 2.0 and Boom's
 * "Spelling") get their version, or the user could not tell them apart.
 */
function choiceNames(candidates: VersionQuestion['candidates']): string[] {
  const named = (name: string) => candidates.filter((c) => c.name === name).length;
  return candidates.map((c) => (named(c.name) > 1 ? `${c.name} ${c.version}` : c.name));
}

export class VersionLabels {
  private readonly chosen = new Map<string, string>();
  private readonly questions = new Map<string, VersionQuestion>();
  private readonly accepted = new Map<string, { toets: string; versie: string; name: string }>();

  /** Earlier choices first, so a choice made now (the file's config) overrides them. */
  constructor(choices: readonly VersionChoice[]) {
    for (const c of choices) this.chosen.set(labelKey(c.toets, c.versie), c.instrument);
  }

  /** The code chosen for this label, if any. */
  choiceFor(toets: string, versie: string): string | null {
    return this.chosen.get(labelKey(toets, versie)) ?? null;
  }

  /** The label cannot be read without a choice: one question, whatever the number of rows. */
  ask(toets: string, versie: string, candidates: VersionQuestion['candidates']): AwaitingVersion {
    const key = labelKey(toets, versie);
    if (!this.questions.has(key)) {
      this.questions.set(key, { toets, versie, rows: 0, firstLine: 0, candidates });
    }
    return { awaiting: key };
  }

  /** A row of a label that waits for a choice. */
  countRow(waiting: AwaitingVersion, line: number): void {
    const question = this.questions.get(waiting.awaiting);
    if (!question) return;
    question.rows += 1;
    if (question.firstLine === 0) question.firstLine = line;
  }

  /** A label taken as the only instrument its name fits: warned about once. */
  acceptAs(toets: string, versie: string, name: string): void {
    this.accepted.set(labelKey(toets, versie), { toets, versie, name });
  }

  list(): VersionQuestion[] {
    return [...this.questions.values()].filter((q) => q.rows > 0);
  }

  /** One error per open question and one warning per label taken as the only fitting instrument. */
  problems(): ImportProblem[] {
    const asked: ImportProblem[] = this.list().map((q) => ({
      severity: 'error',
      code: 'resultaat.onbekende-versie',
      message:
        `${count(q.rows)} ${q.rows === 1 ? 'regel' : 'regels'}: onbekende versie '${q.versie}' van ${q.toets}` +
        ` — kies de versie (${choiceNames(q.candidates).join(', ')}). Eerste regel: ${q.firstLine}.`,
      key: labelKey(q.toets, q.versie),
    }));
    const warned: ImportProblem[] = [...this.accepted.values()].map((a) => ({
      severity: 'warning',
      code: 'resultaat.versie-aangenomen',
      message: `Versie '${a.versie}' van ${a.toets} is niet bekend; ${a.name} heeft één schaal, dus de resultaten tellen als ${a.name}.`,
      key: labelKey(a.toets, a.versie),
    }));
    return [...asked, ...warned];
  }
}
