import { Badge, Paper, Table, Text } from '@mantine/core';
import type { GroupAgenda } from '../../api/zorg';
import { useI18n } from '../../i18n';
import { figureValue, goalLabel, VERDICT_TONE } from '../ogw/format';

type Cell = GroupAgenda['results'][number];

type Figure = Cell['figures'][number];

/** A figure's value, interval, goal and verdict: the cells after n in its row. */
function FigureCells({ figure: f }: { figure: Figure }) {
  const { t, formatNumber } = useI18n();
  const g = t.bespreking.groep;
  const o = t.overzicht;
  return (
    <>
      <Table.Td ta="right" fw={700}>
        {f.suppressed ? o.suppressed : figureValue(f, f.value, formatNumber)}
      </Table.Td>
      <Table.Td>
        {f.interval && !f.suppressed
          ? `${figureValue(f, f.interval.low, formatNumber)} – ${figureValue(f, f.interval.high, formatNumber)}`
          : o.emptyCell}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{goalLabel(f.goal, t, formatNumber)}</Text>
      </Table.Td>
      <Table.Td>
        {f.verdict ? (
          <Badge
            size="sm"
            variant="light"
            tt="none"
            className={`verdict-badge ${VERDICT_TONE[f.verdict] ?? ''}`}
          >
            {o.verdicts[f.verdict]}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {g.noAmbition}
          </Text>
        )}
      </Table.Td>
    </>
  );
}

/**
 * Per vak the group's result at the closing meetpunt against the school's ambition, worded and coloured
 * as the schooloverzicht does it (one label function), one row per figure.
 */
export function GroupResults({ agenda }: { agenda: GroupAgenda }) {
  const { t, formatNumber } = useI18n();
  const g = t.bespreking.groep;
  const o = t.overzicht;
  if (!agenda.periode?.closingKind) return <Text size="sm">{g.noClosing}</Text>;
  if (agenda.results.length === 0) return <Text size="sm">{g.noResults}</Text>;
  const severalJaargroepen = new Set(agenda.results.map((c) => c.jaargroep)).size > 1;
  const vakName = (cell: Cell) =>
    `${t.vakken[cell.vak] ?? cell.vak}${severalJaargroepen ? ` (${g.jaargroep(cell.jaargroep)})` : ''}`;
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table className="agenda-results" verticalSpacing="xs" miw={760}>
        <Table.Caption>{g.resultsCaption(agenda.group.name, agenda.meetpunt ?? '')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{g.vak}</Table.Th>
            <Table.Th scope="col" ta="right">
              {g.n}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {g.value}
            </Table.Th>
            <Table.Th scope="col">{g.interval}</Table.Th>
            <Table.Th scope="col">{g.goal}</Table.Th>
            <Table.Th scope="col">{g.verdict}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agenda.results.flatMap((cell) => {
            const figures = cell.figures.length > 0 ? cell.figures : [null];
            return figures.map((f, i) => (
              <Table.Tr
                key={`${cell.jaargroep}-${cell.vak}-${f?.ambitionId ?? f?.kind ?? i}`}
                className={f?.verdict ? `cell-${f.verdict}` : undefined}
              >
                {i === 0 && (
                  <Table.Th scope="rowgroup" rowSpan={figures.length} fw={600}>
                    {vakName(cell)}
                    {cell.toets && (
                      <Text size="xs" c="dimmed" fw={400}>
                        {cell.toets}
                      </Text>
                    )}
                  </Table.Th>
                )}
                <Table.Td ta="right">{formatNumber(f?.n ?? cell.n)}</Table.Td>
                {!f ? (
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed">
                      {o.emptyCell}
                    </Text>
                  </Table.Td>
                ) : (
                  <FigureCells figure={f} />
                )}
              </Table.Tr>
            ));
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
