import { Button, Checkbox, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSaveSettings } from '../../api/queries';
import type { EngineSettings, Settings } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';

const MAPPED_LEVELS = ['I+', 'I', 'II', 'III', 'IV', 'V', 'A', 'B', 'C', 'D', 'E'] as const;
type MappedLevel = (typeof MAPPED_LEVELS)[number];
type Instructie = 'verkort' | 'basis' | 'verlengd';
const RULES = [
  'niveaudaling',
  'twee_keer_laagste',
  'lage_groei',
  'onder_lrv',
  'ontbrekend_resultaat',
  'zorgelijke_observatie',
] as const;

/** The school's rules, edited as a whole and saved as the school's own choices. */
export function RulesPanel({ schoolId, settings }: { schoolId: string; settings: Settings }) {
  const { t } = useI18n();
  const save = useSaveSettings(schoolId);
  const effective = settings.effective;
  const [firstMonth, setFirstMonth] = useState(String(effective.dlConvention.firstMonth));
  const [mapping, setMapping] = useState<Record<string, Instructie>>(() => ({
    ...effective.placementMapping,
  }));
  const [enabled, setEnabled] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(RULES.map((r) => [r, effective.signalering[r]?.enabled !== false])),
  );

  const submit = () => {
    const placementMapping: Partial<Record<MappedLevel, Instructie>> = {};
    for (const level of MAPPED_LEVELS) {
      const value = mapping[level];
      if (value) placementMapping[level] = value;
    }
    const next: EngineSettings = {
      dlConvention: { firstMonth: firstMonth === '8' ? 8 : 9 },
      placementMapping,
      signalering: Object.fromEntries(RULES.map((r) => [r, { enabled: enabled[r] ?? true }])),
    };
    save.mutate(next);
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h3" mb="md">
        {t.settings.rulesTitle}
      </Title>
      <Stack gap="lg">
        <Radio.Group label={t.settings.dl} value={firstMonth} onChange={setFirstMonth}>
          <Group mt="xs">
            <Radio value="9" label={t.settings.dlSeptember} />
            <Radio value="8" label={t.settings.dlAugust} />
          </Group>
        </Radio.Group>
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
                onChange={(v) => v && setMapping((m) => ({ ...m, [level]: v as Instructie }))}
                data={(['verkort', 'basis', 'verlengd'] as const).map((i) => ({
                  value: i,
                  label: t.analysis.instructies[i] ?? i,
                }))}
              />
            ))}
          </SimpleGrid>
        </Stack>
        <Stack gap={6}>
          <Text fw={500} size="sm">
            {t.settings.signalering}
          </Text>
          {RULES.map((rule) => (
            <Checkbox
              key={rule}
              label={t.settings.rules[rule] ?? rule}
              checked={enabled[rule] ?? true}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setEnabled((s) => ({ ...s, [rule]: checked }));
              }}
            />
          ))}
        </Stack>
        {save.error !== null && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Text size="sm" c="green.9" role="status">
            {t.settings.saved}
          </Text>
        )}
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t.settings.save}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
