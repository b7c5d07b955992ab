import { Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../i18n';
import type { OgwCatalog } from '../../i18n/ogw';

export type LegendItem = keyof OgwCatalog['overzicht']['legendItems'];

/** The colour swatch of a verdict line, the same colours as the badges and cells (ogw.css). */
const SWATCH: Partial<Record<LegendItem, string>> = {
  verdictGreen: '#d3f0e3',
  verdictGrey: '#e9eef0',
  verdictRed: '#fbdada',
};

/**
 * What each mark, word and abbreviation on the screen means, in the reader's language: the verdict
 * colours, the 90 % interval, and terms such as VS or the arrows, for whoever has not learnt them.
 */
export function OgwLegend({ items }: { items: readonly LegendItem[] }) {
  const { t } = useI18n();
  const id = useId();
  const o = t.overzicht;
  return (
    <Paper withBorder radius="md" p="sm" className="ogw-legend" component="section" aria-labelledby={id}>
      <Title order={2} size="h6" mb={4} id={id}>
        {o.legend}
      </Title>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <Text size="xs" component="span">
              {SWATCH[item] && (
                <span className="legend-swatch" aria-hidden="true" style={{ background: SWATCH[item] }} />
              )}
              {o.legendItems[item]}
            </Text>
          </li>
        ))}
      </ul>
    </Paper>
  );
}

/** The verdict lines every screen with verdicts shows. */
export const VERDICT_LEGEND: readonly LegendItem[] = [
  'verdictGreen',
  'verdictGrey',
  'verdictRed',
  'interval',
];
