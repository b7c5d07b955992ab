import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { SurveyGroup, SurveyPoint, SurveyTheme } from '../../api/tevredenheid';
import { useI18n } from '../../i18n';
import { Sparkline } from '../ogw/Sparkline';
import { latestOf, pointsIn, signedChange, sparkOf, sparkSpan, surveysOf, yearsOf } from './survey-table';

/** One survey of a theme: the share positive, the mean on its scale, N; no figure in a withheld cell. */
function PointFigures({ point, minCellSize }: { point: SurveyPoint; minCellSize: number }) {
  const { t, formatNumber } = useI18n();
  const s = t.tevredenheid;
  if (point.suppressed)
    return (
      <Stack gap={0}>
        <Text size="xs">{s.suppressed(minCellSize)}</Text>
        <Text size="xs" c="dimmed">
          {s.n(point.n)}
        </Text>
      </Stack>
    );
  return (
    <Stack gap={0}>
      {point.positief !== null && (
        <Text size="sm" fw={650}>
          {s.positief(`${formatNumber(point.positief)} %`)}
        </Text>
      )}
      {point.gemiddelde !== null && point.scale && (
        <Text size="xs">
          {s.mean(
            formatNumber(point.gemiddelde),
            formatNumber(point.scale.min),
            formatNumber(point.scale.max),
          )}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {s.n(point.n)}
      </Text>
    </Stack>
  );
}

/** The change of the latest survey since the one before, beside a small line of all of them. */
function Change({ theme }: { theme: SurveyTheme }) {
  const { t, formatNumber } = useI18n();
  const s = t.tevredenheid;
  const latest = latestOf(theme);
  if (!latest?.previous)
    return (
      <Text size="xs" c="dimmed">
        {s.firstSurvey}
      </Text>
    );
  const { last, previous } = latest;
  const spark = sparkOf(theme);
  const line = (
    <Sparkline
      points={spark.points}
      target={null}
      width={72}
      height={24}
      minSpan={sparkSpan(theme, spark.measure)}
    />
  );
  // Beside a withheld survey a change would give its figure back: the server sends none.
  if (last.suppressed || previous.suppressed)
    return (
      <Group gap="sm" wrap="nowrap">
        {line}
        <Text size="xs">–</Text>
      </Group>
    );
  const signed = (v: number) => signedChange(v, formatNumber);
  const meansOnBoth = last.gemiddelde !== null && previous.gemiddelde !== null;
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      {line}
      <Stack gap={0}>
        {last.positiefChange !== null && (
          <Text size="xs">{s.positiefChange(signed(last.positiefChange))}</Text>
        )}
        {last.meanChange !== null && <Text size="xs">{s.meanChange(signed(last.meanChange))}</Text>}
        {!last.comparableMean && meansOnBoth && <Text size="xs">{s.notComparable}</Text>}
        <Text size="xs" c="dimmed">
          {s.since(previous.schooljaar)}
        </Text>
      </Stack>
    </Group>
  );
}

function ThemeCell({
  theme,
  schooljaar,
  minCellSize,
}: {
  theme: SurveyTheme;
  schooljaar: string;
  minCellSize: number;
}) {
  const { t, formatDate } = useI18n();
  const points = pointsIn(theme, schooljaar);
  if (points.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t.tevredenheid.notAsked}
      </Text>
    );
  return (
    <Stack gap={6}>
      {points.map((p) => (
        <div key={p.afgenomenOp}>
          {/* Two surveys in one year: each says when it was held. */}
          {points.length > 1 && (
            <Text size="xs" c="dimmed">
              {formatDate(p.afgenomenOp)}
            </Text>
          )}
          <PointFigures point={p} minCellSize={minCellSize} />
        </div>
      ))}
    </Stack>
  );
}

/** One respondent group: a row per theme, a column per schooljaar it was asked, and the change. */
export function SurveyGroupTable({ group, minCellSize }: { group: SurveyGroup; minCellSize: number }) {
  const { t, formatDate } = useI18n();
  const s = t.tevredenheid;
  const id = useId();
  const label = s.groups[group.groep] ?? group.groep;
  const years = yearsOf(group);
  const held = surveysOf(group)
    .map((x) => s.survey(formatDate(x.afgenomenOp), x.instrument))
    .join('; ');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={id}>
          {label}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" verticalSpacing="xs" className="tevredenheid-table">
            <Table.Caption>{s.caption(label)}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{s.theme}</Table.Th>
                {years.map((y) => (
                  <Table.Th scope="col" key={y}>
                    {y}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{s.trend}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.themas.map((theme) => (
                <Table.Tr key={theme.key}>
                  <Table.Th scope="row" fw={500}>
                    {theme.thema}
                  </Table.Th>
                  {years.map((y) => (
                    <Table.Td key={y}>
                      <ThemeCell theme={theme} schooljaar={y} minCellSize={minCellSize} />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Change theme={theme} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">
          {s.held(held)}
        </Text>
      </Stack>
    </Paper>
  );
}
