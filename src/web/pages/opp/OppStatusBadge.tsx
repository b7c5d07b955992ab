import { Badge } from '@mantine/core';
import type { OppStatus } from '../../api/opp';
import { useI18n } from '../../i18n';
import './opp.css';

const STATUS_TONE: Record<OppStatus, string> = {
  concept: 'tone-bezig',
  vastgesteld: 'tone-klaar',
  geevalueerd: 'tone-klaar',
  bijgesteld: 'tone-bezig',
  beeindigd: 'tone-open',
};

/** The OPP's state, in the tones of the cycle pages: in progress orange, in force green, ended grey. */
export function OppStatusBadge({ status, size = 'md' }: { status: OppStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" className={STATUS_TONE[status]} size={size}>
      {t.opp.statuses[status]}
    </Badge>
  );
}
