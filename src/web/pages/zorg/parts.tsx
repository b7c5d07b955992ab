import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BesprekingSummary } from '../../api/zorg';
import { useI18n } from '../../i18n';

const STATUS_TONE: Record<string, string> = {
  gepland: 'tone-open',
  gehouden: 'tone-bezig',
  vastgesteld: 'tone-klaar',
  open: 'tone-bezig',
  gedaan: 'tone-klaar',
  vervallen: 'tone-open',
  niet: 'tone-niet',
};

/** The state of a bespreking or an afspraak, in the colours the cycle uses (AA contrast). */
export function StatusBadge({
  status,
  label,
  size = 'sm',
}: {
  status: string;
  label: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge size={size} variant="light" tt="none" className={STATUS_TONE[status] ?? 'tone-open'}>
      {label}
    </Badge>
  );
}

/** The group or pupil a bespreking is about, as a link to its page. */
export function AboutLink({ bespreking }: { bespreking: Pick<BesprekingSummary, 'group' | 'pupil'> }) {
  const { t } = useI18n();
  if (bespreking.pupil)
    return (
      <Anchor component={Link} to={`/leerlingen/${bespreking.pupil.id}`} size="sm">
        {bespreking.pupil.name}
      </Anchor>
    );
  if (bespreking.group)
    return (
      <Anchor component={Link} to={`/groepen/${bespreking.group.id}`} size="sm">
        {bespreking.group.name}
      </Anchor>
    );
  return (
    <Text size="sm" c="dimmed" span>
      {t.bespreking.empty}
    </Text>
  );
}

/** "Groepsbespreking Groep 5", "Leerlingbespreking Roos Huisman": how a bespreking is named everywhere. */
export function useBesprekingName() {
  const { t } = useI18n();
  return (b: Pick<BesprekingSummary, 'kind' | 'group' | 'pupil'>) =>
    t.bespreking.title(t.zorg.kinds[b.kind] ?? b.kind, b.pupil?.name ?? b.group?.name ?? '');
}
