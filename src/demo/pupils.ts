/** A new demo pupil: a leerling row with an invented name and a hidden ability per vak. */
import { schooljaarStartYear } from '../domain/schooljaar';
import type { DemoContext, SimPupil } from './context';
import {
  FIRST_NAMES_BOYS,
  FIRST_NAMES_GIRLS,
  LAST_NAMES,
  LAST_NAMES_WITH_PREFIX,
  VOORVOEGSELS,
} from './names';
import { DEMO_TOETSEN } from './norms';

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
  const general = rng.normal();
  const ability: Record<string, number> = {};
  for (const t of DEMO_TOETSEN) ability[t.vak] = 0.75 * general + 0.66 * rng.normal();
  return {
    id: pupilId,
    jaargroep,
    stream,
    ability,
    drift: rng.normal() * 0.12,
    repeated: false,
    left: false,
  };
}
