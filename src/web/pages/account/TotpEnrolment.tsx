import { Alert, Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useConfirmTotp, useStartTotp } from '../../api/account';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { QrCode } from './QrCode';
import { RecoveryCodes } from './RecoveryCodes';
import { groupSecret } from './qr';
import './account.css';

/** Step 2: the first code from the app proves it was set up with this secret. */
function ConfirmForm({ onConfirmed, onCancel }: { onConfirmed(codes: string[]): void; onCancel(): void }) {
  const { t } = useI18n();
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code.replace(/\s/g, ''), { onSuccess: (data) => onConfirmed(data.recoveryCodes) });
  };
  const general = generalError(confirm.error, ['code']);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t.mfa.confirmTitle}
        </Title>
        {general !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(general, t)}
          </Alert>
        )}
        <TextInput
          label={t.mfa.code}
          description={t.mfa.codeHint}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          required
          w={300}
          maw="100%"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError(confirm.error, 'code')}
        />
        <Group gap="xs">
          <Button type="submit" loading={confirm.isPending}>
            {t.mfa.confirm}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t.mfa.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Setting up an authenticator app: a new secret as QR code and as text, the first code to confirm
 * it, then the recovery codes, shown once. `onDone` runs after the user has put the codes away.
 */
export function TotpEnrolment({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const start = useStartTotp();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;
  if (!start.data) {
    return (
      <Stack gap="sm" align="flex-start">
        {start.error !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(start.error, t)}
          </Alert>
        )}
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t.mfa.start}
        </Button>
      </Stack>
    );
  }
  const { secret, otpauthUri } = start.data;
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t.mfa.scanTitle}
        </Title>
        <Text size="sm">{t.mfa.scanText}</Text>
        <QrCode value={otpauthUri} label={t.mfa.qrLabel} width={224} />
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t.mfa.secretLabel}
            description={t.mfa.manual}
            readOnly
            value={groupSecret(secret)}
            classNames={{ input: 'account-secret' }}
            w={480}
            maw="100%"
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy}>
                {copied ? t.mfa.copied : t.mfa.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <ConfirmForm onConfirmed={setCodes} onCancel={() => start.reset()} />
    </Stack>
  );
}
