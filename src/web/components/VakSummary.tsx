import { Group, SimpleGrid, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import type { VakAnalysis } from '../api/types';
import { useI18n } from '../i18n';
import { LevelBadge } from './LevelBadge';

function Fact({
  label,
  children,
  hint,
}: {
  label: string;
  children: React.ReactNode;
  hint?: string | undefined;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" title={hint}>
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </Stack>
  );
}

type Current = NonNullable<VakAnalysis['current']>;

/** The level with where it comes from (norms, the LVS) and a note when it needs one. */
function LevelFact({ current }: { current: Current }) {
  const { t } = useI18n();
  const a = t.analysis;
  return (
    <Fact label={`${a.level} (${current.moment})`}>
      <Group gap={6} wrap="nowrap">
        <LevelBadge level={current.level} size="sm" />
        <Text size="xs" c="dimmed">
          {current.levelSource === 'norm'
            ? a.levelFromNorms
            : current.levelSource === 'lvs'
              ? a.levelFromLvs
              : a.unknown}
        </Text>
        {current.levelNote && (
          <Tooltip label={current.levelNote} multiline w={260}>
            <ThemeIcon
              size="sm"
              color="orange"
              variant="light"
              radius="xl"
              aria-label={current.levelNote}
              tabIndex={0}
            >
              !
            </ThemeIcon>
          </Tooltip>
        )}
      </Group>
    </Fact>
  );
}

/** The engine's view of one vak: level with its source, functioneringsniveau, DL/DLE, growth, instruction. */
export function VakSummary({ analysis }: { analysis: VakAnalysis }) {
  const { t, formatNumber } = useI18n();
  const a = t.analysis;
  const current = analysis.current;
  if (!current) return null;
  const behind = current.achterstand;
  const growth = analysis.growth;
  const placement = analysis.placement.effective;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs" mb="sm">
      <LevelFact current={current} />
      <Fact label={a.functioneringsniveau} hint={a.functioneringsniveauHint}>
        {current.functioneringsniveau ?? a.unknown}
      </Fact>
      <Fact label={`${a.dl} / ${a.dle} · ${a.leerrendement}`}>
        {formatNumber(current.dl)} / {current.dle === null ? '–' : formatNumber(current.dle)} ·{' '}
        {current.leerrendement === null ? a.unknown : `${current.leerrendement}%`}
        {behind !== null && (
          <Text size="xs" c="dimmed" span>
            {' '}
            ({behind > 0 ? a.voorsprong(behind) : behind < 0 ? a.achterstand(-behind) : a.opSchema})
          </Text>
        )}
      </Fact>
      {growth && (
        <Fact label={`${a.leerwinst} ${a.since(growth.from.moment)}`}>
          {growth.value === null ? (
            (growth.refused ?? a.unknown)
          ) : (
            <>
              {growth.value > 0 ? '+' : ''}
              {formatNumber(growth.value)}
              <Text size="xs" c="dimmed">
                {growth.percentile === null
                  ? a.tooFewPeers
                  : a.percentile(Math.round(growth.percentile), growth.peers)}
                {growth.ownComparison ? `; ${a.own[growth.ownComparison]}` : ''}
              </Text>
            </>
          )}
        </Fact>
      )}
      {placement && (
        <Fact label={a.instructie}>
          {a.instructies[placement.instructie]}
          <Text size="xs" c="dimmed">
            {placement.source === 'leerkracht' && placement.author
              ? `${a.byTeacher(placement.author)}: `
              : ''}
            {placement.reason}
          </Text>
        </Fact>
      )}
    </SimpleGrid>
  );
}
