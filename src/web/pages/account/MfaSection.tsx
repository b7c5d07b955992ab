import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  useDisableMfa,
  useMfaOverview,
  useRefreshAfterEnrolment,
  useRenewRecoveryCodes,
} from '../../api/account';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { CodeDialog } from './CodeDialog';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrolment } from './TotpEnrolment';

/** Fewer than this many recovery codes left: time to make new ones. */
const LOW_RECOVERY_CODES = 3;

function EnrolledActions({ required, onNotice }: { required: boolean; onNotice(text: string): void }) {
  const { t } = useI18n();
  const renew = useRenewRecoveryCodes();
  const disable = useDisableMfa();
  const refresh = useRefreshAfterEnrolment();
  const [asking, setAsking] = useState<'renew' | 'disable' | null>(null);
  const close = () => {
    setAsking(null);
    renew.reset();
    disable.reset();
  };
  if (renew.data) {
    return (
      <RecoveryCodes
        codes={renew.data.recoveryCodes}
        onDone={() => {
          renew.reset();
          void refresh();
        }}
      />
    );
  }
  return (
    <>
      <Group gap="xs">
        <Button variant="default" onClick={() => setAsking('renew')}>
          {t.mfa.renew}
        </Button>
        {!required && (
          <Button variant="default" color="red" onClick={() => setAsking('disable')}>
            {t.mfa.disable}
          </Button>
        )}
      </Group>
      <CodeDialog
        opened={asking === 'renew'}
        title={t.mfa.renewTitle}
        text={t.mfa.renewText}
        label={t.mfa.code}
        submitLabel={t.mfa.renew}
        pending={renew.isPending}
        error={renew.error}
        onSubmit={(code) => renew.mutate(code, { onSuccess: () => setAsking(null) })}
        onClose={close}
      />
      <CodeDialog
        opened={asking === 'disable'}
        title={t.mfa.disableTitle}
        text={t.mfa.disableText}
        label={t.mfa.anyCode}
        submitLabel={t.mfa.disable}
        danger
        pending={disable.isPending}
        error={disable.error}
        onSubmit={(code) =>
          disable.mutate(code, {
            onSuccess: () => {
              close();
              onNotice(t.mfa.disabled);
            },
          })
        }
        onClose={close}
      />
    </>
  );
}

/** The own second factor: its state, enrolment, new recovery codes, and switching it off where allowed. */
export function MfaSection() {
  const { t } = useI18n();
  const overview = useMfaOverview();
  const refresh = useRefreshAfterEnrolment();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <QueryState query={overview}>
      {(mfa) => (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={mfa.enrolled ? 'green' : 'gray'} variant="light" tt="none">
              {mfa.enrolled ? t.mfa.on : t.mfa.off}
            </Badge>
            <Text size="sm">{mfa.enrolled ? t.mfa.onText : t.mfa.offText}</Text>
          </Group>
          {mfa.required && <Text size="sm">{t.mfa.required}</Text>}
          {notice && (
            <Alert color="green" variant="light" role="status">
              {notice}
            </Alert>
          )}
          {mfa.enrolled && (
            <>
              <Text size="sm">{t.mfa.recoveryLeft(mfa.recoveryCodesLeft)}</Text>
              {mfa.recoveryCodesLeft <= LOW_RECOVERY_CODES && (
                <Alert color="orange" variant="light">
                  {t.mfa.recoveryLow}
                </Alert>
              )}
              <EnrolledActions required={mfa.required} onNotice={setNotice} />
            </>
          )}
          {!mfa.enrolled && (
            <TotpEnrolment
              onDone={() => {
                setNotice(t.mfa.enrolled);
                void refresh();
              }}
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
