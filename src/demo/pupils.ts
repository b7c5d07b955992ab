/** A new demo pupil: a leerling row with an invented name, and abilities that last (ability.ts). */
import { schooljaarStartYear } from '../domain/schooljaar';
import { newAbility } from './ability';
import type { DemoContext, SimPupil } from './context';
import {
  FIRST_NAMES_BOYS,
  FIRST_NAMES_GIRLS,
  LAST_NAMES,
  LAST_NAMES_WITH_PREFIX,
  VOORVOEGSELS,
} from './names';
import { Random } from './random';

export function newPupil(
  ctx: DemoContext,
  schoolId: string,
  jaargroep: number,
  stream: number,
  schooljaar: string,
): SimPupil {
  const { rng, iso } = ctx;
  const girl = rng.chance(0.5);
  const withPrefix = rng.chance(0.2);
  ctx.lasKeyCounter += rng.int(1, 7);
  const unstable = rng.chance(0.004);
  const pupilId = ctx.id();
  const groep3Year = schooljaarStartYear(schooljaar) - (jaargroep - 3);
  ctx.data.leerling.push({
    id: pupilId,
    school_id: schoolId,
    las_key: unstable ? `#${ctx.lasKeyCounter}` : String(ctx.lasKeyCounter),
    las_key_stable: unstable ? 0 : 1,
    eckid: null,
    roepnaam: rng.pick(girl ? FIRST_NAMES_GIRLS : FIRST_NAMES_BOYS),
    voorvoegsel: withPrefix ? rng.pick(VOORVOEGSELS) : null,
    achternaam: withPrefix ? rng.pick(LAST_NAMES_WITH_PREFIX) : rng.pick(LAST_NAMES),
    geboortedatum: `${groep3Year - 6}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    geslacht: girl ? '2' : '1',
    groep3_start: `${groep3Year}-08-20`,
    created_at: iso,
    updated_at: iso,
  });
  // The pupil's own stream: their results do not shift when another pupil gets one more or one less.
  const own = new Random(rng.int(1, 2 ** 31 - 1));
  return {
    id: pupilId,
    jaargroep,
    stream,
    groep3Start: `${groep3Year}-08-20`,
    ability: newAbility(own),
    rng: own,
    repeated: false,
    left: false,
  };
}
