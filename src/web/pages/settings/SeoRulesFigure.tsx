import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useSchoolSeoScales } from '../../api/seo-scores';
import { useI18n } from '../../i18n';

/**
 * The social-emotional signal rules, per instrument the school has scores for: the instrument's own
 * signal (zorg, or aandacht and zorg), and per scale its unfavourable band (laag, or hoog where high is
 * bad). Rule keys as domain/seo-signals.ts reads them.
 */
export function SeoRulesFigure({
  schoolId,
  on,
  rules,
  onChange,
}: {
  schoolId: string;
  on: boolean;
  rules: readonly string[];
  onChange(rules: string[]): void;
}) {
  const { t } = useI18n();
  const s = t.seoScores;
  const scales = useSchoolSeoScales(schoolId);
  if (!scales.data) return null;
  if (scales.data.instruments.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {s.rulesNone}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {s.rulesIntro}
      </Text>
      {scales.data.instruments.map(({ instrument, scales: list }) => {
        const own = rules.filter((r) => r.startsWith(`${instrument}:`));
        const others = rules.filter((r) => !r.startsWith(`${instrument}:`));
        return (
          <Checkbox.Group
            key={instrument}
            size="xs"
            label={s.rulesGroup(s.instrument(instrument))}
            value={own}
            onChange={(chosen) => onChange([...others, ...chosen])}
          >
            <Group gap="sm" mt={4}>
              {(['zorg', 'aandacht'] as const).map((signal) => (
                <Checkbox
                  key={signal}
                  value={`${instrument}:signaal:${signal}`}
                  disabled={!on}
                  label={s.signalRule[signal]}
                />
              ))}
              {list.map((scale) => (
                <Checkbox
                  key={scale.schaal}
                  value={`${instrument}:${scale.schaal}:ongunstig`}
                  disabled={!on}
                  label={s.bandRule(
                    s.scale(scale.schaal),
                    s.band[scale.higherIsBetter ? 'laag' : 'hoog'] ?? '',
                  )}
                />
              ))}
            </Group>
          </Checkbox.Group>
        );
      })}
    </Stack>
  );
}
