import { Group, Select, Stack, TextInput } from '@mantine/core';
import { SEO_INSTRUMENTS } from '../../../imports/seo/catalog-instruments';
import { useI18n } from '../../i18n';
import { parseTarget, type DraftGoal } from './plan-draft';

type Gedrag = Extract<DraftGoal, { kind: 'gedrag' }>;
type Instrument = Extract<DraftGoal, { kind: 'instrument' }>;

/** Observable behaviour: what the pupil does, how the teacher observes it, when it counts as reached. */
export function GedragFields({
  goal,
  label,
  first,
  editable,
  onChange,
}: {
  goal: Gedrag;
  label: string;
  first: boolean;
  editable: boolean;
  onChange: (goal: DraftGoal) => void;
}) {
  const { t } = useI18n();
  const g = t.plansGedrag;
  const field = (key: 'text' | 'hoe' | 'criterium', name: string, placeholder: string, flex: number) => (
    <TextInput
      size="xs"
      style={{ flex }}
      label={first ? name : undefined}
      aria-label={`${name}: ${label}`}
      placeholder={placeholder}
      value={goal[key]}
      readOnly={!editable}
      onChange={(e) => onChange({ ...goal, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Group gap="xs" wrap="nowrap" style={{ flex: 1 }} align="flex-end">
      {field('text', g.gedragText, g.gedragPlaceholder, 3)}
      {field('hoe', g.hoe, g.hoePlaceholder, 2)}
      {field('criterium', g.criterium, g.criteriumPlaceholder, 1.5)}
    </Group>
  );
}

/** A target on an instrument's scale: at least a band, or at least a percentile. */
export function InstrumentFields({
  goal,
  label,
  first,
  editable,
  onChange,
}: {
  goal: Instrument;
  label: string;
  first: boolean;
  editable: boolean;
  onChange: (goal: DraftGoal) => void;
}) {
  const { t } = useI18n();
  const g = t.plansGedrag;
  const instrument = SEO_INSTRUMENTS.find((i) => i.code === goal.instrument);
  const pct = parseTarget(goal.percentiel);
  const percentielBad = goal.percentiel.trim() !== '' && (pct === null || pct < 0 || pct > 100);
  return (
    <Stack gap={4} style={{ flex: 1 }}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Select
          size="xs"
          w={170}
          label={first ? g.instrument : undefined}
          aria-label={`${g.instrument}: ${label}`}
          data={SEO_INSTRUMENTS.map((i) => ({
            value: i.code,
            label: t.veiligheid.instrumentNames[i.code] ?? i.code,
          }))}
          value={goal.instrument}
          allowDeselect={false}
          readOnly={!editable}
          onChange={(v) => v && onChange({ ...goal, instrument: v, schaal: '' })}
        />
        <Select
          size="xs"
          w={190}
          label={first ? g.schaal : undefined}
          aria-label={`${g.schaal}: ${label}`}
          data={(instrument?.scales ?? []).map((s) => ({
            value: s.code,
            label: g.scaleNames[s.code] ?? s.code,
          }))}
          value={goal.schaal || null}
          readOnly={!editable}
          onChange={(v) => onChange({ ...goal, schaal: v ?? '' })}
        />
        <Select
          size="xs"
          w={130}
          label={first ? g.band : undefined}
          aria-label={`${g.band}: ${label}`}
          data={[
            { value: '', label: g.noBand },
            ...(['gemiddeld', 'hoog'] as const).map((b) => ({ value: b, label: g.bands[b] ?? b })),
          ]}
          value={goal.band ?? ''}
          allowDeselect={false}
          readOnly={!editable}
          onChange={(v) => onChange({ ...goal, band: v === 'gemiddeld' || v === 'hoog' ? v : null })}
        />
        <TextInput
          size="xs"
          w={120}
          label={first ? g.percentiel : undefined}
          aria-label={`${g.percentiel}: ${label}`}
          inputMode="decimal"
          value={goal.percentiel}
          readOnly={!editable}
          error={percentielBad ? t.plan.notANumber : undefined}
          onChange={(e) => onChange({ ...goal, percentiel: e.currentTarget.value })}
        />
      </Group>
    </Stack>
  );
}
