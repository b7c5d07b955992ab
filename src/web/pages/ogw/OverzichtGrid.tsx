import { Badge, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { OverzichtCell, Schooloverzicht } from '../../api/types';
import { useI18n } from '../../i18n';
import { cellToneClass, figureValue, goalLabel, VERDICT_TONE } from './format';
import { Sparkline } from './Sparkline';

type GridData = Pick<
  Schooloverzicht,
  'cells' | 'jaargroepen' | 'vakken' | 'schoolName' | 'schooljaar' | 'moment'
>;

function CellContent({ cell }: { cell: OverzichtCell }) {
  const { t, formatNumber } = useI18n();
  const o = t.overzicht;
  const [main, ...more] = cell.figures;
  if (!main) return <Text c="dimmed">{o.emptyCell}</Text>;
  const mainGoal = goalLabel(main.goal, t, formatNumber);
  return (
    <Stack gap={2} align="flex-start">
      <Text size="xs" c="dimmed">
        {o.pupils(cell.n)}
      </Text>
      {main.suppressed ? (
        <Text size="xs">{o.suppressed}</Text>
      ) : (
        <>
          <Text fw={700} size="lg" lh={1.1}>
            {figureValue(main, main.value, formatNumber)}
          </Text>
          {main.interval && (
            <Text size="xs" c="dimmed">
              {o.interval(
                figureValue(main, main.interval.low, formatNumber),
                figureValue(main, main.interval.high, formatNumber),
              )}
            </Text>
          )}
        </>
      )}
      {main.verdict ? (
        <Badge size="sm" variant="light" tt="none" className={`verdict-badge ${VERDICT_TONE[main.verdict]}`}>
          {o.verdicts[main.verdict]}
        </Badge>
      ) : (
        !main.suppressed && (
          <Text size="xs" c="dimmed">
            {o.noAmbition}
          </Text>
        )
      )}
      <Text size="xs" c="dimmed" lineClamp={2} title={mainGoal}>
        {mainGoal}
      </Text>
      <Sparkline points={cell.sparkline.points} target={main.target} />
      {more.map((f) => (
        <Text size="xs" key={`${f.ambitionId ?? f.kind}`}>
          {`${goalLabel(f.goal, t, formatNumber)}: ${f.suppressed ? '–' : figureValue(f, f.value, formatNumber)}`}
          {f.verdict && ` · ${o.verdicts[f.verdict].toLowerCase()}`}
        </Text>
      ))}
    </Stack>
  );
}

/** The grid jaargroep × vak; with onOpen each cell is a button to its details. */
export function OverzichtGrid({ data, onOpen }: { data: GridData; onOpen?: (cell: OverzichtCell) => void }) {
  const { t, formatNumber } = useI18n();
  // The button's name carries the figure and the verdict, so a screen reader hears what the eye sees.
  const spoken = (cell: OverzichtCell) => {
    const main = cell.figures[0];
    if (!main) return '';
    if (main.suppressed) return o.suppressed;
    const verdict = main.verdict ? o.verdicts[main.verdict] : o.noAmbition;
    return `${figureValue(main, main.value, formatNumber)}, ${verdict ?? ''}`;
  };
  const o = t.overzicht;
  if (data.cells.length === 0) return <Text c="dimmed">{o.noData}</Text>;
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table
        className="overzicht-grid"
        verticalSpacing="sm"
        horizontalSpacing="sm"
        miw={880}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Caption>{o.caption(data.schoolName, data.schooljaar, data.moment)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={90} />
            {data.vakken.map((vak) => (
              <Table.Th scope="col" key={vak}>
                {t.vakken[vak] ?? vak}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.jaargroepen.map((j) => (
            <Table.Tr key={j}>
              <Table.Th scope="row">{o.jaargroep(j)}</Table.Th>
              {data.vakken.map((vak) => {
                const cell = data.cells.find((c) => c.jaargroep === j && c.vak === vak);
                const verdict = cell?.figures[0]?.verdict;
                return (
                  <Table.Td key={vak} className={`overzicht-cell ${cellToneClass(verdict)}`}>
                    {!cell ? (
                      <Text c="dimmed">{o.emptyCell}</Text>
                    ) : onOpen ? (
                      <UnstyledButton
                        onClick={() => onOpen(cell)}
                        aria-label={`${o.openCell(j, t.vakken[vak] ?? vak)}: ${spoken(cell)}`}
                        className="overzicht-cell-button"
                      >
                        <CellContent cell={cell} />
                      </UnstyledButton>
                    ) : (
                      <CellContent cell={cell} />
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
