/**
 * Checks across records, once the whole file has been read: references to groups, the jaargroep of
 * pupils in combination groups, pupils without a group.
 */
import type { ProblemList } from '../problems';
import type { EdexBuilder } from './builder';
import type { EdexGroep, EdexLeerling, EdexmlScope } from './types';

type GroupRef = (
  who: string,
  key: string,
  line: number,
  groepKey: string,
  expected: EdexGroep['kind'],
) => EdexGroep | undefined;

/**
 * Looks up a record's group, with a problem when it is not in the file or of the other kind. A UWLR
 * answer with only pupils or only teachers does not list the groups: nothing to check against.
 */
function groupRef(b: EdexBuilder, groupsListed: boolean, problems: ProblemList): GroupRef {
  return (who, key, line, groepKey, expected) => {
    const g = b.groepByKey.get(groepKey);
    if (!groupsListed) return g;
    if (!g) {
      const kind = expected === 'stamgroep' ? 'groep' : 'samengestelde groep';
      problems.error(
        'edexml.groep-onbekend',
        `${who} ${key} (regel ${line}): ${kind} "${groepKey}" staat niet in het bestand.`,
        {
          line,
          key,
        },
      );
    } else if (g.kind !== expected) {
      const text =
        expected === 'stamgroep'
          ? `"${groepKey}" is een samengestelde groep, geen stamgroep`
          : `"${groepKey}" is een stamgroep, geen samengestelde groep`;
      problems.error('edexml.groep-soort', `${who} ${key} (regel ${line}): ${text}.`, { line, key });
      return undefined;
    }
    return g;
  };
}

/** The pupil's jaargroep from the group when the file does not give it; a warning when they differ. */
function settleJaargroep(l: EdexLeerling, groep: EdexGroep | undefined, problems: ProblemList): void {
  const groupCode = groep?.jaargroep ?? null;
  if (l.jaargroep === null && groupCode !== null && groupCode !== 'C') {
    l.jaargroep = groupCode;
    l.jaargroepSource = 'groep';
  } else if (l.jaargroep === null && groupCode === 'C') {
    problems.warning(
      'edexml.jaargroep-ontbreekt',
      `Leerling ${l.key} (regel ${l.line}): zit in combinatiegroep "${groep?.naam}" maar het bestand noemt de eigen jaargroep niet.`,
      { line: l.line, key: l.key },
    );
  } else if (l.jaargroep !== null && groupCode !== null && groupCode !== 'C' && l.jaargroep !== groupCode) {
    problems.warning(
      'edexml.jaargroep-wijkt-af',
      `Leerling ${l.key} (regel ${l.line}): eigen jaargroep ${l.jaargroep} wijkt af van jaargroep ${groupCode} van groep "${groep?.naam}"; de eigen jaargroep telt.`,
      { line: l.line, key: l.key },
    );
  }
}

export function crossCheck(b: EdexBuilder, scope: EdexmlScope, problems: ProblemList): void {
  const groupsListed = scope === 'volledig' || scope === 'structuur';
  const ref = groupRef(b, groupsListed, problems);
  const vestigingKeys = new Set(b.vestigingen.map((v) => v.key));
  for (const l of b.leerlingen) {
    const groep = l.groepKey === null ? undefined : ref('Leerling', l.key, l.line, l.groepKey, 'stamgroep');
    for (const k of l.samengesteldeGroepKeys) ref('Leerling', l.key, l.line, k, 'samengesteld');
    settleJaargroep(l, groep, problems);
    if (groupsListed && l.groepKey === null && l.uitstroomdatum === null && l.jaargroep !== 'H') {
      problems.warning(
        'edexml.geen-groep',
        `Leerling ${l.key} (regel ${l.line}): zit in geen enkele groep.`,
        {
          line: l.line,
          key: l.key,
        },
      );
    }
    if (l.vestigingKey !== null && vestigingKeys.size > 0 && !vestigingKeys.has(l.vestigingKey)) {
      problems.warning(
        'edexml.vestiging-onbekend',
        `Leerling ${l.key} (regel ${l.line}): vestiging "${l.vestigingKey}" staat niet in het bestand.`,
        { line: l.line, key: l.key },
      );
    }
  }

  for (const t of b.leerkrachten) {
    for (const k of t.groepKeys) ref('Leerkracht', t.key, t.line, k, 'stamgroep');
    for (const k of t.samengesteldeGroepKeys) ref('Leerkracht', t.key, t.line, k, 'samengesteld');
  }

  if ((scope === 'volledig' || scope === 'leerlingen') && b.leerlingen.length === 0) {
    problems.warning('edexml.geen-leerlingen', 'Het bestand bevat geen leerlingen.');
  }
}
