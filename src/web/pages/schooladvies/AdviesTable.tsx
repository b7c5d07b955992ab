import { Anchor, Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { AdviceCode, SchooladviesPupil } from '../../api/schooladvies';
import { useI18n } from '../../i18n';

const COMPARISON_COLOR: Record<string, string> = { hoger: 'orange', gelijk: 'gray', lager: 'blue' };
const VO_COLOR: Record<string, string> = { boven: 'teal', op: 'gray', onder: 'orange' };

function useAdviceText() {
  const { t, formatDate } = useI18n();
  const s = t.schooladvies;
  return {
    advice: (code: AdviceCode | null | undefined) => (code ? (s.adviceLabels[code] ?? code) : s.none),
    date: (day: string | null | undefined) => (day ? formatDate(day) : null),
  };
}

function AdviceCell({ advice, date }: { advice: string; date: string | null }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{advice}</Text>
      {date && (
        <Text size="xs" c="dimmed">
          {date}
        </Text>
      )}
    </Stack>
  );
}

function ToetsCell({ row }: { row: SchooladviesPupil }) {
  const { t, formatNumber } = useI18n();
  const s = t.schooladvies;
  const { advice } = useAdviceText();
  const a = row.advies;
  if (!a || (a.toetsAdvies === null && a.toetsScore === null)) return <Text size="sm">{s.none}</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">
        {advice(a.toetsAdvies)}
        {a.toetsScore !== null && ` (${formatNumber(a.toetsScore)})`}
      </Text>
      {a.toetsNaam && (
        <Text size="xs" c="dimmed">
          {a.toetsNaam}
        </Text>
      )}
      {row.toetsVergelijking && row.toetsVergelijking !== 'gelijk' && (
        <Badge size="sm" variant="light" color={COMPARISON_COLOR[row.toetsVergelijking]}>
          {s.comparison[row.toetsVergelijking]}
        </Badge>
      )}
    </Stack>
  );
}

function HeroverwegingCell({ row }: { row: SchooladviesPupil }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const { advice, date } = useAdviceText();
  const a = row.advies;
  if (row.heroverwegingOpen)
    return (
      <Badge size="sm" variant="light" color="orange">
        {s.open}
      </Badge>
    );
  if (!a?.heroverweging) return <Text size="sm">{s.none}</Text>;
  const outcome = s.heroverwegingValues[a.heroverweging] ?? a.heroverweging;
  const text = a.heroverweging === 'bijgesteld' ? `${outcome}: ${advice(a.heroverwogenAdvies)}` : outcome;
  return <AdviceCell advice={text} date={date(a.heroverwegingOp)} />;
}

function VoCell({ row }: { row: SchooladviesPupil }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const { advice } = useAdviceText();
  if (row.vo.length === 0) return <Text size="sm">{s.none}</Text>;
  return (
    <Stack gap={2} align="flex-start">
      {row.vo.map((v) => (
        <Text size="xs" key={v.leerjaar}>
          {s.voYear(v.leerjaar)}: {advice(v.niveau)}{' '}
          {v.vergelijking && v.vergelijking !== 'op' && (
            <Badge size="xs" variant="light" color={VO_COLOR[v.vergelijking]}>
              {s.voComparison[v.vergelijking]}
            </Badge>
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** One pupil: the year's advice from voorlopig to the VO, and the button that opens the record. */
function AdviesRow({
  row,
  withVo,
  canEdit,
  onEdit,
}: {
  row: SchooladviesPupil;
  withVo: boolean;
  canEdit: boolean;
  onEdit: (row: SchooladviesPupil) => void;
}) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const { advice, date } = useAdviceText();
  return (
    <Table.Tr key={row.pupil.id}>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={`/leerlingen/${row.pupil.id}`} size="sm">
          {row.pupil.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {row.groupName}
          {row.left && ` · ${s.left}`}
        </Text>
      </Table.Th>
      <Table.Td>
        <AdviceCell advice={advice(row.advies?.voorlopigAdvies)} date={date(row.advies?.voorlopigOp)} />
      </Table.Td>
      <Table.Td>
        <ToetsCell row={row} />
      </Table.Td>
      <Table.Td>
        <AdviceCell advice={advice(row.advies?.definitiefAdvies)} date={date(row.advies?.definitiefOp)} />
      </Table.Td>
      <Table.Td>
        <HeroverwegingCell row={row} />
      </Table.Td>
      <Table.Td>
        <AdviceCell advice={advice(row.advies?.uitstroomNiveau)} date={row.advies?.uitstroomSchool ?? null} />
      </Table.Td>
      {withVo && (
        <Table.Td>
          <VoCell row={row} />
        </Table.Td>
      )}
      {canEdit && (
        <Table.Td className="no-print">
          <Button
            size="xs"
            variant="light"
            aria-label={s.editLabel(row.pupil.name)}
            onClick={() => onEdit(row)}
          >
            {s.edit}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** One row per groep-8 pupil; the edit button only for whoever may record the advice. */
export function AdviesTable({
  rows,
  canEdit,
  onEdit,
}: {
  rows: readonly SchooladviesPupil[];
  canEdit: boolean;
  onEdit: (row: SchooladviesPupil) => void;
}) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const c = s.columns;
  // The VO's feedback arrives a year after groep 8: until then the column would only hold dashes.
  const withVo = rows.some((r) => r.vo.length > 0);
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="xs" className="advies-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{c.pupil}</Table.Th>
            <Table.Th scope="col">{c.voorlopig}</Table.Th>
            <Table.Th scope="col">{c.toets}</Table.Th>
            <Table.Th scope="col">{c.definitief}</Table.Th>
            <Table.Th scope="col">{c.heroverweging}</Table.Th>
            <Table.Th scope="col">{c.uitstroom}</Table.Th>
            {withVo && <Table.Th scope="col">{c.vo}</Table.Th>}
            {canEdit && (
              <Table.Th scope="col" className="no-print">
                <VisuallyHidden>{c.actions}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <AdviesRow key={row.pupil.id} row={row} withVo={withVo} canEdit={canEdit} onEdit={onEdit} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
