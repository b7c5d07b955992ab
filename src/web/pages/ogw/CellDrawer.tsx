import { Anchor, Badge, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { OverzichtCell, Schooloverzicht } from '../../api/types';
import { useI18n } from '../../i18n';
import { figureValue, goalLabel, VERDICT_TONE } from './format';
import { OgwLegend, VERDICT_LEGEND } from './OgwLegend';

/** Every ambition of the cell with its figure, interval and verdict. */
function FiguresTable({ cell }: { cell: OverzichtCell }) {
  const { t, formatNumber } = useI18n();
  const o = t.overzicht;
  return (
    <Table fz="sm" className="ogw-figures">
      <Table.Tbody>
        {cell.figures.map((f) => (
          <Table.Tr key={f.ambitionId ?? f.kind}>
            <Table.Th scope="row" fw={500}>
              {goalLabel(f.goal, t, formatNumber)}
            </Table.Th>
            <Table.Td>
              {f.suppressed ? o.suppressed : figureValue(f, f.value, formatNumber)}
              {f.interval && (
                <Text size="xs" c="dimmed">
                  {o.interval(
                    figureValue(f, f.interval.low, formatNumber),
                    figureValue(f, f.interval.high, formatNumber),
                  )}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {f.verdict ? (
                <Badge variant="light" tt="none" className={`verdict-badge ${VERDICT_TONE[f.verdict]}`}>
                  {o.verdicts[f.verdict]}
                </Badge>
              ) : (
                <Text size="xs" c="dimmed">
                  {o.noAmbition}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The first figure's yardstick in the last years, with the toets version of each year. */
function LastYears({ cell }: { cell: OverzichtCell }) {
  const { t, formatNumber } = useI18n();
  const o = t.overzicht;
  const main = cell.figures[0];
  return (
    <>
      <Title order={3} size="h5">
        {o.lastYears}
      </Title>
      <Table fz="sm">
        <Table.Tbody>
          {cell.sparkline.points.map((p) => (
            <Table.Tr key={p.schooljaar}>
              <Table.Th scope="row" fw={500}>
                {p.schooljaar}
              </Table.Th>
              <Table.Td>{o.pupils(p.n)}</Table.Td>
              <Table.Td>
                {p.suppressed ? o.suppressed : main ? figureValue(main, p.value, formatNumber) : '–'}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {p.versionKey}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {cell.sparkline.breaks.map((b) => (
        <Text size="xs" key={b.schooljaar} c="dimmed">
          {o.versionBreak(b.schooljaar)}
        </Text>
      ))}
    </>
  );
}

/** The way down: the jaargroep's datamuur and each group's, for whoever may see groups. */
function WayDown({ data, cell }: { data: Schooloverzicht; cell: OverzichtCell }) {
  const { t } = useI18n();
  const o = t.overzicht;
  if (!data.groups) return null;
  const groups = data.groups.filter((g) => g.jaargroepen.includes(cell.jaargroep));
  const meetpunt = encodeURIComponent(`${data.schooljaar} ${data.moment}`);
  return (
    <>
      <Title order={3} size="h5">
        {o.groups}
      </Title>
      <Stack gap={4}>
        <Anchor
          component={Link}
          size="sm"
          to={`/scholen/${data.schoolId}/datamuur?jaargroep=${cell.jaargroep}&schooljaar=${data.schooljaar}&vak=${cell.vak}&meetpunt=${meetpunt}`}
        >
          {o.toWall(cell.jaargroep)}
        </Anchor>
        {groups.map((g) => (
          <Anchor
            component={Link}
            size="sm"
            key={g.id}
            to={`/groepen/${g.id}/datamuur?vak=${cell.vak}&meetpunt=${meetpunt}`}
          >
            {o.toDatamuur(g.name)}
          </Anchor>
        ))}
      </Stack>
    </>
  );
}

/** One cell opened: every ambition with its figure, the earlier years, and the way down to the groups. */
export function CellDrawer({
  data,
  cell,
  onClose,
}: {
  data: Schooloverzicht;
  cell: OverzichtCell | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const o = t.overzicht;
  const vak = cell ? (t.vakken[cell.vak] ?? cell.vak) : '';
  return (
    <Drawer
      opened={cell !== null}
      onClose={onClose}
      position="right"
      size="lg"
      closeButtonProps={{ 'aria-label': o.close }}
      title={cell ? `${o.jaargroep(cell.jaargroep)} · ${vak} · ${data.schooljaar} ${data.moment}` : ''}
    >
      {cell && (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {`${o.pupils(cell.n)}${cell.toets ? ` · ${cell.toets}` : ''}`}
          </Text>
          <Title order={3} size="h5">
            {o.figures}
          </Title>
          <FiguresTable cell={cell} />
          {cell.figures.some((f) => f.verdict?.endsWith('-marge')) && (
            <Text size="xs" c="dimmed">
              {o.verdictHelp}
            </Text>
          )}
          <LastYears cell={cell} />
          <Anchor
            component={Link}
            to={`/scholen/${data.schoolId}/trends?kind=jaargroep&vak=${cell.vak}&jaargroep=${cell.jaargroep}&moment=${data.moment}`}
            size="sm"
          >
            {o.toTrend}
          </Anchor>
          <WayDown data={data} cell={cell} />
          <OgwLegend
            items={[
              ...VERDICT_LEGEND,
              ...(cell.figures.some((f) => f.direction === 'atMost') ? (['atMost'] as const) : []),
              ...(cell.figures.some((f) => f.kind === 'meanAtLeastNorm') ? (['vs'] as const) : []),
              ...(cell.figures.some((f) => f.suppressed) ? (['suppressed'] as const) : []),
            ]}
          />
        </Stack>
      )}
    </Drawer>
  );
}
