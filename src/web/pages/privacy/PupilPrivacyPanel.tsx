import { Anchor, Button, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { inzageHref, useDeletePupil } from '../../api/privacy';
import type { PupilDetail } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { auditOfPupilPath, reasonProblem, totalRows } from './privacy-forms';
import type { PrivacyNoticeState } from './PrivacyNotice';

interface Props {
  pupil: PupilDetail['pupil'];
  /** Where to go once the pupil is gone: the pupil's group, else the start page. */
  leaveTo: string;
}

/** The confirmation: what goes, that it cannot be undone, and the reason that goes into the audit log. */
function DeleteDialog({ pupil, leaveTo, onClose }: Props & { onClose(): void }) {
  const { t } = useI18n();
  const p = t.privacy;
  const navigate = useNavigate();
  const remove = useDeletePupil(pupil.id);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const problem = reasonProblem(reason);
  const localError = tried && problem ? (problem === 'required' ? p.reasonRequired : p.reasonTooLong) : null;
  const submit = () => {
    setTried(true);
    if (problem) return;
    remove.mutate(
      { reason: reason.trim() },
      {
        onSuccess: (result) => {
          const state: PrivacyNoticeState = {
            privacyNotice: p.deleted(pupil.name, totalRows(result.deleted), result.documents),
          };
          void navigate(leaveTo, { replace: true, state });
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={p.deleteTitle(pupil.name)}
      size="lg"
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <Stack gap="sm">
        <Text size="sm">{p.deleteIntro(pupil.name)}</Text>
        <List size="sm" spacing={2}>
          {p.deleteWhat.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        <Text size="sm">{p.deleteDocuments}</Text>
        <Text size="sm" fw={700} c="red.9">
          {p.deleteIrreversible}
        </Text>
        <Text size="sm">
          {p.deleteInzageFirst}{' '}
          <Anchor href={inzageHref(pupil.id)} download>
            {p.inzage}
          </Anchor>
        </Text>
        <Textarea
          label={p.reason}
          description={p.reasonHint}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={localError ?? fieldError(remove.error, 'reason')}
          data-autofocus
        />
        {generalError(remove.error, ['reason']) !== null && <ErrorAlert error={remove.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {p.cancel}
          </Button>
          <Button color="red" onClick={submit} loading={remove.isPending}>
            {p.confirmDelete}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The pupil's privacy card, for the school's privacy officer (`privacy.manage`; the audit link with
 * `audit.read`): the inzage as a download, the pupil's audit log, and the deletion.
 */
export function PupilPrivacyPanel({ pupil, abilities, leaveTo }: Props & { abilities: readonly string[] }) {
  const { t } = useI18n();
  const p = t.privacy;
  const [deleting, setDeleting] = useState(false);
  const manages = abilities.includes('privacy.manage');
  const readsAudit = abilities.includes('audit.read');
  if (!manages && !readsAudit) return null;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="leerling-privacy"
      className="no-print"
    >
      <Title order={2} size="h4" mb="xs" id="leerling-privacy">
        {p.pupilActions}
      </Title>
      <Stack gap="xs">
        {manages && (
          <Text size="sm" c="dimmed">
            {p.inzageHint}
          </Text>
        )}
        <Group gap="sm">
          {manages && (
            <Button component="a" href={inzageHref(pupil.id)} download variant="light" size="sm">
              {p.inzage}
            </Button>
          )}
          {readsAudit && (
            <Button
              component={Link}
              to={auditOfPupilPath(pupil.school.id, pupil.id)}
              variant="subtle"
              size="sm"
            >
              {p.auditOfPupil}
            </Button>
          )}
          {manages && (
            <Button color="red" variant="outline" size="sm" onClick={() => setDeleting(true)}>
              {p.deletePupil}
            </Button>
          )}
        </Group>
      </Stack>
      {deleting && <DeleteDialog pupil={pupil} leaveTo={leaveTo} onClose={() => setDeleting(false)} />}
    </Paper>
  );
}
