import { Chip, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { withSearchParam } from '../../api/query-string';
import type { Datamuur } from '../../api/types';
import { useI18n } from '../../i18n';
import type { Filter, NameMode } from './wall';

/** Vak and meetpunt: kept in the URL, so a reload or a shared link shows the same wall. */
export function WallChoice({
  data,
  params,
  setParams,
}: {
  data: Datamuur;
  params: URLSearchParams;
  setParams(p: URLSearchParams): void;
}) {
  const { t } = useI18n();
  const set = (key: string, value: string | null) => setParams(withSearchParam(params, key, value));
  return (
    <Group gap="md" align="flex-end" className="no-print">
      <Select
        label={t.datamuur.vak}
        w={220}
        allowDeselect={false}
        value={data.vak}
        onChange={(v) => set('vak', v)}
        data={data.vakken.map((v) => ({ value: v, label: t.vakken[v] ?? v }))}
      />
      <Select
        label={t.datamuur.meetpunt}
        w={170}
        allowDeselect={false}
        value={data.meetpunt}
        onChange={(v) => set('meetpunt', v)}
        data={[...data.meetpunten].reverse()}
      />
    </Group>
  );
}

/** The three ways to show a pupil on a card, in the order given. */
export function NameModeControl({
  order,
  value,
  onChange,
  size,
  label,
  labelledBy,
}: {
  order: NameMode[];
  value: NameMode;
  onChange(mode: NameMode): void;
  size?: 'xs';
  label?: string;
  labelledBy?: string;
}) {
  const { t } = useI18n();
  const names: Record<NameMode, string> = {
    namen: t.datamuur.names,
    initialen: t.datamuur.initials,
    nummers: t.datamuur.numbers,
  };
  return (
    <SegmentedControl
      size={size}
      aria-label={label}
      aria-labelledby={labelledBy}
      value={value}
      onChange={(v) => onChange(v as NameMode)}
      data={order.map((mode) => ({ value: mode, label: names[mode] }))}
    />
  );
}

/** How the cards show (names, initials, numbers) and which cards show: the page's own, not in the URL. */
export function ViewOptions({
  mode,
  onMode,
  filters,
  onFilters,
}: {
  mode: NameMode;
  onMode(mode: NameMode): void;
  filters: Filter[];
  onFilters(filters: Filter[]): void;
}) {
  const { t } = useI18n();
  return (
    <Group gap="lg" align="flex-end">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="dm-show">
          {t.datamuur.show}
        </Text>
        <NameModeControl
          labelledBy="dm-show"
          order={['namen', 'initialen', 'nummers']}
          value={mode}
          onChange={onMode}
        />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="dm-filters">
          {t.datamuur.filters}
        </Text>
        <Chip.Group multiple value={filters} onChange={(v) => onFilters(v as Filter[])}>
          <Group gap={6} aria-labelledby="dm-filters" role="group">
            <Chip value="signalen" size="sm">
              {t.datamuur.onlySignals}
            </Chip>
            <Chip value="verschoven" size="sm">
              {t.datamuur.onlyMoved}
            </Chip>
            <Chip value="opp" size="sm">
              {t.datamuur.onlyOpp}
            </Chip>
          </Group>
        </Chip.Group>
      </Stack>
    </Group>
  );
}
