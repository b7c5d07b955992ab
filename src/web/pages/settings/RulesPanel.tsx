import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { RULE_SEVERITIES } from '../../../domain/signalering-config';
import { useState } from 'react';
import { useSaveSettings } from '../../api/queries';
import type { Settings } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import {
  ASPECTS,
  MAPPED_LEVELS,
  RULES,
  rulesForm,
  settingsFrom,
  type Instructie,
  type RuleParams,
  type RulesForm,
} from './rules';
import { SeoRulesFigure } from './SeoRulesFigure';

/** Which instruction group a level suggests on the datamuur. */
function PlacementMapping({
  mapping,
  onChange,
}: {
  mapping: RulesForm['mapping'];
  onChange(level: string, instructie: Instructie): void;
}) {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {t.settings.mapping}
      </Text>
      <Text size="xs" c="dimmed">
        {t.settings.mappingHint}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }} spacing="xs" mt="xs">
        {MAPPED_LEVELS.map((level) => (
          <Select
            key={level}
            label={`${t.settings.level} ${level}`}
            size="xs"
            allowDeselect={false}
            value={mapping[level] ?? null}
            onChange={(v) => v && onChange(level, v as Instructie)}
            data={(['verkort', 'basis', 'verlengd'] as const).map((i) => ({
              value: i,
              label: t.analysis.instructies[i] ?? i,
            }))}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** A rule's figure, tuned next to its switch. */
function RuleFigure({
  rule,
  form,
  onParams,
  schoolId,
  onSeoRules,
}: {
  rule: string;
  form: RulesForm;
  onParams(params: RuleParams): void;
  schoolId: string;
  onSeoRules(rules: string[]): void;
}) {
  const { t } = useI18n();
  const s = t.settings;
  const p = form.params;
  const on = form.enabled[rule] ?? true;
  const number = (label: string, value: number, min: number, max: number, set: (n: number) => void) => (
    <NumberInput
      size="xs"
      w={230}
      label={label}
      min={min}
      max={max}
      allowDecimal={false}
      disabled={!on}
      value={value}
      onChange={(v) => typeof v === 'number' && set(v)}
    />
  );
  if (rule === 'niveaudaling')
    return number(s.minLevels, p.minLevels, 1, 4, (minLevels) => onParams({ ...p, minLevels }));
  if (rule === 'twee_keer_laagste')
    return number(s.stallBelowPercentile, p.stallBelowPercentile, 1, 50, (n) =>
      onParams({ ...p, stallBelowPercentile: n }),
    );
  if (rule === 'lage_groei')
    return (
      <Group gap="xs" align="flex-end">
        {number(s.belowPercentile, p.belowPercentile, 1, 50, (belowPercentile) =>
          onParams({ ...p, belowPercentile }),
        )}
        <Select
          size="xs"
          w={190}
          label={s.times}
          disabled={!on}
          allowDeselect={false}
          value={String(p.times)}
          onChange={(v) => v && onParams({ ...p, times: v === '1' ? 1 : 2 })}
          data={[
            { value: '2', label: s.timesTwice },
            { value: '1', label: s.timesOnce },
          ]}
        />
      </Group>
    );
  if (rule === 'seo')
    return <SeoRulesFigure schoolId={schoolId} on={on} rules={form.seoRules} onChange={onSeoRules} />;
  if (rule === 'zorgelijke_observatie')
    return (
      <Checkbox.Group
        size="xs"
        label={s.aspectsLabel}
        value={p.aspects}
        onChange={(aspects) => onParams({ ...p, aspects: aspects as RuleParams['aspects'] })}
      >
        <Group gap="sm" mt={4}>
          {ASPECTS.map((a) => (
            <Checkbox key={a} value={a} disabled={!on} label={t.aspects[a] ?? a} />
          ))}
        </Group>
      </Checkbox.Group>
    );
  return null;
}

function SignalRules({
  form,
  onChange,
  onParams,
  schoolId,
  onSeoRules,
}: {
  form: RulesForm;
  onChange(rule: string, on: boolean): void;
  onParams(params: RuleParams): void;
  schoolId: string;
  onSeoRules(rules: string[]): void;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Text fw={500} size="sm">
        {t.settings.signalering}
      </Text>
      <Text size="xs" c="dimmed">
        {t.settings.signaleringIntro}
      </Text>
      {RULES.map((rule) => (
        <Stack key={rule} gap={4} className="rules-rule">
          <Group gap="xs">
            <Checkbox
              label={t.settings.rules[rule] ?? rule}
              checked={form.enabled[rule] ?? true}
              onChange={(e) => onChange(rule, e.currentTarget.checked)}
            />
            <Text size="xs" c="dimmed">
              {t.settings.ruleSeverity(
                RULE_SEVERITIES[rule].map((x) => t.signalWords.severity[x]).join(' / '),
              )}
            </Text>
          </Group>
          <div style={{ paddingLeft: 30 }}>
            <RuleFigure
              rule={rule}
              form={form}
              onParams={onParams}
              schoolId={schoolId}
              onSeoRules={onSeoRules}
            />
          </div>
        </Stack>
      ))}
    </Stack>
  );
}

/** The school's rules, edited as a whole and saved as the school's own choices. */
export function RulesPanel({ schoolId, settings }: { schoolId: string; settings: Settings }) {
  const { t } = useI18n();
  const save = useSaveSettings(schoolId);
  const [form, setForm] = useState<RulesForm>(() => rulesForm(settings.effective));
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h3" mb="md">
        {t.settings.rulesTitle}
      </Title>
      <Stack gap="lg">
        <Radio.Group
          label={t.settings.dl}
          value={form.firstMonth}
          onChange={(firstMonth) => setForm((f) => ({ ...f, firstMonth }))}
        >
          <Group mt="xs">
            <Radio value="9" label={t.settings.dlSeptember} />
            <Radio value="8" label={t.settings.dlAugust} />
          </Group>
        </Radio.Group>
        <PlacementMapping
          mapping={form.mapping}
          onChange={(level, instructie) =>
            setForm((f) => ({ ...f, mapping: { ...f.mapping, [level]: instructie } }))
          }
        />
        <SignalRules
          form={form}
          onChange={(rule, on) => setForm((f) => ({ ...f, enabled: { ...f.enabled, [rule]: on } }))}
          onParams={(params) => setForm((f) => ({ ...f, params }))}
          schoolId={schoolId}
          onSeoRules={(seoRules) => setForm((f) => ({ ...f, seoRules }))}
        />
        {save.error !== null && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Text size="sm" c="green.9" role="status">
            {t.settings.saved}
          </Text>
        )}
        <Group>
          <Button onClick={() => save.mutate(settingsFrom(form, settings.settings))} loading={save.isPending}>
            {t.settings.save}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
