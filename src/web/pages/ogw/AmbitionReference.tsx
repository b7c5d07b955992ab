import { Text } from '@mantine/core';
import type { NationalReference } from '../../../domain/ambitions-reference';
import type { AmbitionTarget } from '../../api/types';
import { useI18n } from '../../i18n';

/** What the national share is of: "III of hoger", "op V". */
function measureWords(
  target: AmbitionTarget,
  words: { atOrAbove: (l: string) => string; atMostLowest: (l: string) => string },
) {
  if (target.kind === 'atOrAbove') return words.atOrAbove(target.level);
  if (target.kind === 'atMostLowest') return words.atMostLowest(target.system === 'A-E' ? 'E' : 'V');
  return '';
}

/**
 * The national share of the ambition's measure beside it ("III of hoger: landelijk 60 %"), marked when
 * the team aims below it; or why there is no national figure (1F/2F, growth, the mean).
 */
export function AmbitionReference({
  target,
  reference,
}: {
  target: AmbitionTarget;
  reference: NationalReference;
}) {
  const { t, formatNumber } = useI18n();
  const r = t.ambities.reference;
  if (reference.kind === 'none') {
    const why = r.none[reference.reason];
    return why ? (
      <Text size="xs" c="dimmed" className="ambitie-reference" component="span" display="block">
        {why}
      </Text>
    ) : null;
  }
  const pct = `${formatNumber(reference.share * 100)} %`;
  return (
    <Text size="xs" className="ambitie-reference" component="span" display="block">
      <Text span size="xs" c="dimmed">
        {r.share(measureWords(target, r), pct)}
      </Text>
      {reference.comparison === 'lager' && (
        <Text span size="xs" className="ambitie-reference-lager">
          {` · ${r.comparison.lager}`}
        </Text>
      )}
    </Text>
  );
}
