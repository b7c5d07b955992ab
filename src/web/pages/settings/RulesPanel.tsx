import { Button, Checkbox, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSaveSettings } from '../../api/queries';
import type { Settings } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { MAPPED_LEVELS, RULES, rulesForm, settingsFrom, type Instructie, type RulesForm } from './rules';

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

function SignalRules({
  enabled,
  onChange,
}: {
  enabled: RulesForm['enabled'];
  onChange(rule: string, on: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t.settings.signalering}
      </Text>
      {RULES.map((rule) => (
        <Checkbox
          key={rule}
          label={t.settings.rules[rule] ?? rule}
          checked={enabled[rule] ?? true}
          onChange={(e) => onChange(rule, e.currentTarget.checked)}
        />
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
          enabled={form.enabled}
          onChange={(rule, on) => setForm((f) => ({ ...f, enabled: { ...f.enabled, [rule]: on } }))}
        />
        {save.error !== null && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Text size="sm" c="green.9" role="status">
            {t.settings.saved}
          </Text>
        )}
        <Group>
          <Button onClick={() => save.mutate(settingsFrom(form))} loading={save.isPending}>
            {t.settings.save}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
