import type { Me } from '../../api/types';

/** The roles that follow the care of a whole school: the IB and the schoolleider (zorg.read school-wide). */
const WHOLE_SCHOOL_CARE: readonly string[] = ['ib', 'schoolleider'];

/** The schools whose leerlingzorg the user follows, A–Z, each once. */
export function zorgSchools(me: Pick<Me, 'roles'>): { id: string; name: string }[] {
  const schools = new Map<string, string>();
  for (const r of me.roles) {
    if (WHOLE_SCHOOL_CARE.includes(r.role) && r.schoolId !== null)
      schools.set(r.schoolId, r.schoolName ?? r.schoolId);
  }
  return [...schools.entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The chosen school when it is one of the user's, else the first. */
export function chosenSchool(schools: { id: string }[], wanted: string | null): string | null {
  if (wanted && schools.some((s) => s.id === wanted)) return wanted;
  return schools[0]?.id ?? null;
}
