import { Stack, Table, Text } from '@mantine/core';
import { usePupilSeo, type PupilSeo, type SeoScaleSeries } from '../../api/seo-scores';
import { SeoScoreBadge } from '../../components/SeoScoreBadge';
import { useI18n } from '../../i18n';
import { Panel } from './Panel';

type SeoList = PupilSeo['instruments'][number]['lists'][number];

/** The change of a scale's latest score since the one before: percentile points and the band's move. */
function Change({ series }: { series: SeoScaleSeries }) {
  const { t, formatNumber } = useI18n();
  const s = t.seoScores;
  const last = series.points.at(-1);
  if (!last || series.points.length < 2) return <Text size="xs">{s.first}</Text>;
  const change = last.percentielChange;
  const points =
    change === null
      ? null
      : s.change(`${change > 0 ? '+' : change < 0 ? '−' : '±'}${formatNumber(Math.abs(change))}`);
  const movement = last.movement ? s.movement[last.movement] : null;
  return <Text size="xs">{[points, movement].filter((x) => x !== null).join(', ')}</Text>;
}

/** One instrument's list: a row per scale, a column per administration date, the change at the end. */
function ListTable({ instrument, list }: { instrument: string; list: SeoList }) {
  const { t, formatDate } = useI18n();
  const s = t.seoScores;
  const dates = [...new Set(list.scales.flatMap((sc) => sc.points.map((p) => p.afnamedatum)))].sort();
  const caption = s.caption(s.instrument(instrument), s.list(list.lijst));
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder striped verticalSpacing={4} captionSide="top" aria-label={caption}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s.scaleHeader}</Table.Th>
            {dates.map((d) => (
              <Table.Th key={d} scope="col">
                {formatDate(d)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{s.changeHeader}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.scales.map((series) => (
            <Table.Tr key={series.schaal}>
              <Table.Th scope="row" fw={500}>
                {s.scale(series.schaal)}
                {!series.higherIsBetter && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({s.highIsBad})
                  </Text>
                )}
              </Table.Th>
              {dates.map((d) => {
                const point = series.points.find((p) => p.afnamedatum === d);
                return (
                  <Table.Td key={d}>
                    {point ? (
                      <SeoScoreBadge score={point} />
                    ) : (
                      <Text span size="xs" c="dimmed">
                        –
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td>
                <Change series={series} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The pupil's social-emotional scores over time, per instrument and list. */
export function PupilSeoSection({ pupilId }: { pupilId: string }) {
  const { t } = useI18n();
  const seo = usePupilSeo(pupilId);
  const s = t.seoScores;
  if (!seo.data) return null;
  return (
    <Panel title={s.title}>
      {seo.data.instruments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {s.empty}
        </Text>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {s.intro}
          </Text>
          {seo.data.instruments.flatMap((i) =>
            i.lists.map((list) => (
              <ListTable key={`${i.instrument}|${list.lijst}`} instrument={i.instrument} list={list} />
            )),
          )}
        </Stack>
      )}
    </Panel>
  );
}
