/**
 * The rules an ambition must follow before it is stored, with a Dutch reason per problem for the form.
 * The evaluation itself is total (a malformed ambition evaluates to geen-gegevens); these checks keep
 * such ambitions out of the school's data in the first place.
 */
import { vakNaam } from '../shared/vakken';
import type { Ambition } from './ambitions';
import { isLevelOf, levelsOf } from './levels';
import { isSchooljaar } from './schooljaar';

/** Referentieniveaus are measured by the doorstroomtoets in groep 8, for lezen, taalverzorging and rekenen. */
const REFERENTIE_JAARGROEP = 8;
const REFERENTIE_VAKKEN: readonly string[] = ['begrijpend-lezen', 'spelling', 'rekenen-wiskunde'];

function shareProblem(share: number): string | null {
  return Number.isFinite(share) && share >= 0 && share <= 1
    ? null
    : 'Het percentage van de ambitie moet tussen 0 en 100 liggen.';
}

/** Every problem of the ambition, in Dutch; an empty list when it can be stored. */
export function ambitionProblems(ambition: Ambition): string[] {
  const problems: (string | null)[] = [];
  const { target } = ambition;
  if (!isSchooljaar(ambition.schooljaar)) problems.push(`'${ambition.schooljaar}' is geen schooljaar.`);
  if (!Number.isInteger(ambition.jaargroep) || ambition.jaargroep < 1 || ambition.jaargroep > 8)
    problems.push('De jaargroep moet een groep van 1 tot en met 8 zijn.');
  switch (target.kind) {
    case 'atOrAbove':
      problems.push(shareProblem(target.minShare));
      if (!isLevelOf(target.system, target.level))
        problems.push(
          `'${target.level}' is geen niveau van ${target.system}; kies uit ${levelsOf(target.system).join(', ')}.`,
        );
      break;
    case 'atMostLowest':
      problems.push(shareProblem(target.maxShare));
      break;
    case 'growthAsExpected':
      problems.push(shareProblem(target.minShare));
      break;
    case 'refAtLeast1F':
    case 'refAtLeast2F':
      problems.push(shareProblem(target.minShare));
      if (ambition.jaargroep !== REFERENTIE_JAARGROEP)
        problems.push('Een ambitie op referentieniveau hoort bij groep 8 (de doorstroomtoets).');
      if (!REFERENTIE_VAKKEN.includes(ambition.vak))
        problems.push(`Voor ${vakNaam(ambition.vak)} bestaat geen referentieniveau.`);
      break;
    case 'woorden':
      if (target.text.trim() === '') problems.push('Beschrijf de ambitie in woorden.');
      break;
    case 'meanAtLeastNorm':
      break;
  }
  return problems.filter((p): p is string => p !== null);
}
