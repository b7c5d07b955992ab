import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { levelsOf, type AviLevel } from '../../../domain/levels';
import { nominalDl } from '../../../domain/dl';
import { LINE_MOMENTS } from '../../../domain/opp';
import type { OppContent, OppVakView } from '../../api/opp';
import type { VakAnalysis } from '../../api/types';
import { useI18n } from '../../i18n';
import { VakFigures } from './VakFigures';

type Vak = OppContent['vakken'][number];
type AviExpectation = Vak['avi'][number];

/** Lowest first, as a reader counts up: Start, M3, E3 … E7, Plus. */
const AVI_LEVELS = [...levelsOf('AVI')].reverse();
/** The level an average reader has at a moment (AVI-M5 at M5), a starting point the IB adjusts. */
const defaultLevel = (moment: string): AviLevel => AVI_LEVELS.find((level) => level === moment) ?? 'Plus';
/** Technisch lezen is where AVI lives: there the OPP can name a reading level per moment. */
const AVI_VAK = 'technisch-lezen';

export function baselineLine(
  vak: Vak,
  t: ReturnType<typeof useI18n>['t'],
  formatNumber: (n: number | null) => string,
) {
  const b = vak.baseline;
  if (!b) return t.opp.vak.noBaseline;
  return t.opp.vak.baseline(
    b.toetsName,
    `${b.moment} ${b.schooljaar}`,
    formatNumber(b.score),
    formatNumber(b.dle),
  );
}

function AviEditor({ vak, onChange }: { vak: Vak; onChange: (avi: AviExpectation[]) => void }) {
  const { t } = useI18n();
  const v = t.opp.vak;
  const used = new Set(vak.avi.map((a) => a.moment));
  // An expectation is about the moments to come: after the baseline, when there is one.
  const from = vak.baseline?.dl ?? -1;
  const coming = LINE_MOMENTS.filter((m) => (nominalDl(m) ?? 0) > from);
  const next = coming.find((m) => !used.has(m));
  const vakLabel = t.vakken[vak.vak] ?? vak.vak;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {v.avi}
      </Text>
      <Text size="xs" c="dimmed">
        {v.aviHint}
      </Text>
      {vak.avi.map((a, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <Select
            w={110}
            label={v.aviMomentLabel(i + 1)}
            data={coming.filter((m) => m === a.moment || !used.has(m))}
            value={a.moment}
            allowDeselect={false}
            onChange={(moment) => moment && onChange(vak.avi.map((x, j) => (j === i ? { ...x, moment } : x)))}
          />
          <Select
            w={130}
            label={v.aviExpected}
            aria-label={v.aviLevelLabel(a.moment)}
            data={AVI_LEVELS}
            value={a.level}
            allowDeselect={false}
            onChange={(level) =>
              level && onChange(vak.avi.map((x, j) => (j === i ? { ...x, level: level as AviLevel } : x)))
            }
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mb={4}
            aria-label={v.aviRemove(`${vakLabel} ${a.moment}`)}
            title={v.aviRemove(a.moment)}
            onClick={() => onChange(vak.avi.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {next && (
        <Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => onChange([...vak.avi, { moment: next, level: defaultLevel(next) }])}
          >
            {`+ ${v.aviAdd}`}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** One vak of the OPP: its baseline, the LRV (or AVI levels) and, beside it, the lines it draws. */
export function VakEditor({
  vak,
  view,
  history,
  onChange,
}: {
  vak: Vak;
  view: OppVakView | null;
  history: VakAnalysis['history'] | null;
  onChange: (change: (vak: Vak) => Vak) => void;
}) {
  const { t, formatNumber } = useI18n();
  const v = t.opp.vak;
  const vakLabel = t.vakken[vak.vak] ?? vak.vak;
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Title order={3} size="h4" mb={4}>
        {vakLabel}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {baselineLine(vak, t, formatNumber)}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="sm">
          {vak.baseline && (
            <NumberInput
              label={v.lrv(vakLabel)}
              description={v.lrvHint}
              suffix=" %"
              min={0}
              max={300}
              step={5}
              allowDecimal={false}
              maw={360}
              value={vak.lrv ?? ''}
              onChange={(value) => {
                const lrv = typeof value === 'number' ? value : value === '' ? null : Number(value);
                onChange((x) => ({ ...x, lrv: lrv !== null && Number.isFinite(lrv) ? lrv : null }));
              }}
            />
          )}
          {vak.vak === AVI_VAK && (
            <AviEditor vak={vak} onChange={(avi) => onChange((x) => ({ ...x, avi }))} />
          )}
          <Textarea
            label={v.toelichting(vakLabel)}
            autosize
            minRows={2}
            value={vak.toelichting}
            onChange={(e) => {
              const toelichting = e.currentTarget.value;
              onChange((x) => ({ ...x, toelichting }));
            }}
          />
        </Stack>
        {view && <VakFigures view={view} history={history} vakLabel={vakLabel} />}
      </SimpleGrid>
    </Paper>
  );
}
