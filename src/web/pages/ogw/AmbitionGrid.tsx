import { Paper, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { VAKKEN } from '../../../shared/vakken';
import type { Ambition, AmbitionList } from '../../api/types';
import { useI18n } from '../../i18n';
import type { CellKey } from './AmbitionForm';
import { AmbitionReference } from './AmbitionReference';
import { goalLabel } from './format';

/** The grid shows groep 3–8, and groep 1 or 2 too when the school has an ambition there. */
const USUAL_JAARGROEPEN = [3, 4, 5, 6, 7, 8];

/** The usual headline first, as in the schooloverzicht: the share at a level, the bottom, the mean, … */
const KIND_ORDER = [
  'atOrAbove',
  'atMostLowest',
  'meanAtLeastNorm',
  'growthAsExpected',
  'refAtLeast1F',
  'refAtLeast2F',
];
const LEVEL_ORDER = ['III', 'II', 'IV', 'I', 'I+'];
const rank = (a: Ambition) =>
  KIND_ORDER.indexOf(a.target.kind) * 10 +
  (a.target.kind === 'atOrAbove' ? LEVEL_ORDER.indexOf(a.target.level) + 1 : 0);

/** The ambitions of one cell (active ones, or all), in headline order. */
export function ambitionsOfCell(ambitions: readonly Ambition[], cell: CellKey, withDropped = false) {
  return ambitions
    .filter(
      (a) =>
        a.vak === cell.vak &&
        a.jaargroep === cell.jaargroep &&
        a.moment === cell.moment &&
        a.target.kind !== 'woorden' &&
        (withDropped || a.status === 'actief'),
    )
    .sort((a, b) => rank(a) - rank(b));
}

function CellContent({ ambitions }: { ambitions: readonly Ambition[] }) {
  const { t, formatNumber } = useI18n();
  if (ambitions.length === 0)
    return (
      <Text size="sm" c="dimmed" component="span" display="block">
        {t.ambities.cellEmpty}
      </Text>
    );
  return ambitions.map((amb) => (
    <span key={amb.id} className="ambitie-line" style={{ display: 'block', marginBottom: 4 }}>
      <Text size="sm" fw={600} component="span" display="block">
        {goalLabel(amb.target, t, formatNumber)}
      </Text>
      <AmbitionReference target={amb.target} reference={amb.reference} />
    </span>
  ));
}

/**
 * The school's ambitions as a grid of jaargroep × vak at one moment, each with the national share of
 * its measure beside it. A cell is a button that opens it: its history, and for who manages, the form.
 */
export function AmbitionGrid({
  data,
  moment,
  onOpen,
}: {
  data: AmbitionList;
  moment: 'B' | 'M' | 'E';
  onOpen: (cell: CellKey) => void;
}) {
  const { t } = useI18n();
  const a = t.ambities;
  const jaargroepen = [
    ...new Set([...USUAL_JAARGROEPEN, ...data.ambitions.flatMap((x) => (x.jaargroep ? [x.jaargroep] : []))]),
  ].sort((x, y) => x - y);
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table
        className="ambitie-grid"
        verticalSpacing="xs"
        horizontalSpacing="sm"
        miw={860}
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Caption>{a.gridCaption(data.schooljaar, t.overzicht.moments[moment] ?? moment)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={100}>
              {a.jaargroep}
            </Table.Th>
            {VAKKEN.map((vak) => (
              <Table.Th scope="col" key={vak}>
                {t.vakken[vak] ?? vak}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jaargroepen.map((jaargroep) => (
            <Table.Tr key={jaargroep}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {t.overzicht.jaargroep(jaargroep)}
              </Table.Th>
              {VAKKEN.map((vak) => {
                const cell = { vak, jaargroep, moment };
                const ambitions = ambitionsOfCell(data.ambitions, cell);
                return (
                  <Table.Td key={vak} className="ambitie-cell">
                    <UnstyledButton className="ambitie-cell-button" onClick={() => onOpen(cell)}>
                      <VisuallyHidden component="span">{`${a.openCell(jaargroep, t.vakken[vak] ?? vak)}: `}</VisuallyHidden>
                      <CellContent ambitions={ambitions} />
                    </UnstyledButton>
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
