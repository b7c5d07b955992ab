import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAnswerInvitation, useInvitations, type Invitation } from '../../api/account';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { Section } from './Section';

export const INVITATIONS_ANCHOR = 'uitnodigingen';

function InvitationItem({
  invitation,
  onAnswered,
}: {
  invitation: Invitation;
  onAnswered(accepted: boolean): void;
}) {
  const { t, formatDate } = useI18n();
  const words = t.account.invitations;
  const answer = useAnswerInvitation();
  const scope = invitation.schoolName ?? invitation.bestuurName ?? '';
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={0}>
          <Text fw={600}>{words.role(t.roles[invitation.role], scope)}</Text>
          <Text size="xs" c="dimmed">
            {words.invitedOn(formatDate(invitation.createdAt))}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            size="xs"
            loading={answer.isPending && answer.variables?.accept === true}
            onClick={() =>
              answer.mutate(
                { invitationId: invitation.id, accept: true },
                { onSuccess: () => onAnswered(true) },
              )
            }
          >
            {words.accept}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={answer.isPending && answer.variables?.accept === false}
            onClick={() =>
              answer.mutate(
                { invitationId: invitation.id, accept: false },
                { onSuccess: () => onAnswered(false) },
              )
            }
          >
            {words.decline}
          </Button>
        </Group>
      </Group>
      {answer.error !== null && <ErrorAlert error={answer.error} />}
    </Paper>
  );
}

/** Open invitations for a role; nothing when there are none. */
export function InvitationsSection() {
  const { t } = useI18n();
  const invitations = useInvitations();
  const [answered, setAnswered] = useState<boolean | null>(null);
  const list = invitations.data?.invitations ?? [];
  const words = t.account.invitations;
  const notice = answered !== null && (
    <Alert color="green" variant="light" role="status">
      {answered ? words.accepted : words.declined}
    </Alert>
  );
  if (list.length === 0 && !notice) return null;
  return (
    <Section id={INVITATIONS_ANCHOR} title={words.title} className="account-print-hide">
      {notice}
      {list.length > 0 && <Text size="sm">{words.intro}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((i) => (
          <InvitationItem key={i.id} invitation={i} onAnswered={setAnswered} />
        ))}
      </Stack>
    </Section>
  );
}

/** Above every page while invitations are open: the holder sees them at the next login. */
export function InvitationsNotice() {
  const { t } = useI18n();
  const invitations = useInvitations();
  const count = invitations.data?.invitations.length ?? 0;
  if (count === 0) return null;
  return (
    <Alert color="blue" variant="light" mb="md" className="no-print">
      <Group gap="sm">
        <Text size="sm">{t.account.invitations.notice(count)}</Text>
        <Anchor component={Link} to={`/mijn-account#${INVITATIONS_ANCHOR}`} size="sm">
          {t.account.invitations.view}
        </Anchor>
      </Group>
    </Alert>
  );
}
