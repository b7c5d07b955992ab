import type { Groepsoverzicht } from '../../api/types';
import type { Catalog } from '../../i18n/nl';

/**
 * The subtitle's word on the test data: one meetpunt when every vak is at the same one, else each vak
 * with its own (after an import of rekenen M5 alone, rekenen is at M5 and the others at their latest).
 */
export function basedOn(data: Pick<Groepsoverzicht, 'meetpunt' | 'vakMeetpunten' | 'vakken'>, t: Catalog) {
  const g = t.groepsoverzicht;
  const distinct = new Set(Object.values(data.vakMeetpunten).filter(Boolean));
  if (distinct.size <= 1) return data.meetpunt ? ` · ${g.basedOn(data.meetpunt)}` : '';
  const list = data.vakken
    .map((v) => t.gaps.vakAt(t.vakken[v] ?? v, data.vakMeetpunten[v] ?? '–'))
    .join('; ');
  return ` · ${t.gaps.basedOnPerVak(list)}`;
}
