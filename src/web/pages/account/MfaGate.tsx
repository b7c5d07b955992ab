import { Button, Group, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useRefreshAfterEnrolment } from '../../api/account';
import { useLogout } from '../../api/queries';
import { useI18n } from '../../i18n';
import { AuthCard } from './AuthCard';
import { TotpEnrolment } from './TotpEnrolment';
import './account.css';

/**
 * For a user whose role (or school) requires a second factor they have not set up: the server answers
 * every other request with mfa_required, so the app shows only the enrolment until it is done.
 */
export function MfaGate() {
  const { t } = useI18n();
  const refresh = useRefreshAfterEnrolment();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <AuthCard title={t.mfa.gateTitle} width={560}>
      <Text size="sm">{t.mfa.gateIntro}</Text>
      <TotpEnrolment onDone={() => void refresh()} />
      <Group justify="flex-end" className="no-print">
        <Button
          variant="subtle"
          size="xs"
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
        >
          {t.app.logout}
        </Button>
      </Group>
    </AuthCard>
  );
}
