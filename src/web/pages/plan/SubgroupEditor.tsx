import {
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { PlanDetail } from '../../api/types';
import { LevelBadge } from '../../components/LevelBadge';
import { useI18n } from '../../i18n';
import { GoalList } from './GoalList';
import { useStartersWarning } from './PlanGoals';
import { movePupil, type DraftSubgroup } from './plan-draft';
import type { PlanEditor } from './usePlanEditor';

type TextField = 'aanbod' | 'aanpak' | 'organisatie';

function PlanText({
  label,
  value,
  editable,
  onChange,
}: {
  label: string;
  value: string;
  editable: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <Textarea
        className="no-print"
        size="sm"
        autosize
        minRows={2}
        label={label}
        value={value}
        readOnly={!editable}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <div className="plan-print-only">
        <strong>{label}</strong>
        <p style={{ margin: '2px 0 6px', whiteSpace: 'pre-wrap' }}>{value || '–'}</p>
      </div>
    </div>
  );
}

type PlanPupil = PlanDetail['pupils'][number];

/**
 * The pupil's start. A pupil who missed the test of the start meetpunt is not shown silently with an
 * older result under that header: the older result is named as such.
 */
function StartCell({ pupil, startMeetpunt }: { pupil: PlanPupil; startMeetpunt: string | null }) {
  const { t, formatNumber } = useI18n();
  if (!pupil.start) return <>–</>;
  if (pupil.startMeetpunt !== startMeetpunt)
    return (
      <Text size="xs" className="plan-start-older">
        {`${t.gaps.lastResult(pupil.start.level, pupil.start.moment)} (${formatNumber(pupil.start.score)})`}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <LevelBadge level={pupil.start.level} size="sm" />
      <Text size="sm">{formatNumber(pupil.start.score)}</Text>
    </Group>
  );
}

function PupilRow({
  pupil,
  subgroup,
  startMeetpunt,
  options,
  editable,
  onMove,
}: {
  pupil: PlanPupil;
  subgroup: string;
  /** Null for a plan about a domein: no toets, so no start result to show. */
  startMeetpunt: string | null | undefined;
  options: { value: string; label: string }[];
  editable: boolean;
  onMove: (to: string) => void;
}) {
  const { t } = useI18n();
  const p = t.plan;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {pupil.name}
      </Table.Th>
      {startMeetpunt !== undefined && (
        <Table.Td>
          <StartCell pupil={pupil} startMeetpunt={startMeetpunt} />
        </Table.Td>
      )}
      <Table.Td>
        <Text
          size="xs"
          c={pupil.behoefte ? undefined : 'dimmed'}
          title={pupil.behoefte ? undefined : p.noBehoefte}
        >
          {pupil.behoefte ?? '–'}
        </Text>
      </Table.Td>
      {editable && (
        <Table.Td className="no-print" w={190}>
          <Select
            size="xs"
            aria-label={p.movePupil(pupil.name)}
            data={options}
            value={subgroup}
            allowDeselect={false}
            onChange={(v) => v && v !== subgroup && onMove(v)}
          />
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function PupilTable({
  sub,
  plan,
  editor,
  editable,
}: {
  sub: DraftSubgroup;
  plan: PlanDetail;
  editor: PlanEditor;
  editable: boolean;
}) {
  const { t } = useI18n();
  const p = t.plan;
  const byId = new Map(plan.pupils.map((x) => [x.id, x]));
  const options = editor.draft.subgroepen.map((s) => ({ value: s.key, label: s.naam }));
  return (
    <Table className="plan-pupils" verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{p.pupils}</Table.Th>
          {!plan.domein && (
            <Table.Th scope="col">{plan.startMeetpunt ? p.start(plan.startMeetpunt) : p.startNone}</Table.Th>
          )}
          <Table.Th scope="col">{p.behoefte}</Table.Th>
          {editable && (
            <Table.Th scope="col" className="no-print">
              {p.moveTo}
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sub.leerlingen.map((id) => {
          const pupil = byId.get(id);
          if (!pupil) return null;
          return (
            <PupilRow
              key={id}
              pupil={pupil}
              subgroup={sub.key}
              startMeetpunt={plan.domein ? undefined : plan.startMeetpunt}
              options={options}
              editable={editable}
              onMove={(to) => editor.update((d) => movePupil(d, id, to))}
            />
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function SubgroupEditor({
  sub,
  plan,
  editor,
  editable,
}: {
  sub: DraftSubgroup;
  plan: PlanDetail;
  editor: PlanEditor;
  editable: boolean;
}) {
  const { t } = useI18n();
  const p = t.plan;
  // A plan about a domein has no instruction: its time is what the approach takes.
  const minuten = plan.domein ? t.plansGedrag.minuten : p.minuten;
  const blok = plan.vorm === 'blokplan';
  const warn = useStartersWarning(plan);
  const set = (field: TextField, value: string) =>
    editor.updateSubgroup(sub.key, (s) => ({ ...s, [field]: value }));
  return (
    <Paper withBorder radius="md" p="md" className="plan-subgroup" component="section" aria-label={sub.naam}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {`${sub.naam} (${sub.leerlingen.length})`}
          </Title>
        </Group>
        <PupilTable sub={sub} plan={plan} editor={editor} editable={editable} />
        <GoalList
          goals={sub.doelen}
          subgroup={sub.naam}
          editable={editable}
          warning={warn(sub.leerlingen)}
          onChange={(doelen) => editor.updateSubgroup(sub.key, (s) => ({ ...s, doelen }))}
        />
        <SimpleGrid cols={{ base: 1, md: blok ? 2 : 3 }} spacing="sm">
          {!blok && (
            <PlanText
              label={p.aanbod}
              value={sub.aanbod}
              editable={editable}
              onChange={(v) => set('aanbod', v)}
            />
          )}
          <PlanText
            label={p.aanpak}
            value={sub.aanpak}
            editable={editable}
            onChange={(v) => set('aanpak', v)}
          />
          <PlanText
            label={p.organisatie}
            value={sub.organisatie}
            editable={editable}
            onChange={(v) => set('organisatie', v)}
          />
        </SimpleGrid>
        <Text size="sm" className="plan-print-only">
          {`${minuten}: ${sub.minutenPerWeek ?? '–'}`}
        </Text>
        <NumberInput
          className="no-print"
          size="sm"
          w={320}
          label={minuten}
          min={0}
          max={2000}
          allowDecimal={false}
          value={sub.minutenPerWeek ?? ''}
          readOnly={!editable}
          onChange={(v) =>
            editor.updateSubgroup(sub.key, (s) => ({
              ...s,
              minutenPerWeek: typeof v === 'number' ? v : null,
            }))
          }
        />
      </Stack>
    </Paper>
  );
}
