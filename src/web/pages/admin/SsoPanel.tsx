import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  PasswordInput,
  Popover,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useBestuurSso, useRemoveBestuurSso, useSaveBestuurSso, type SsoConfig } from '../../api/account';
import { errorMessage, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';

type Stored = SsoConfig['providers'][number];
const FIELDS = ['label', 'issuer', 'clientId', 'clientSecret'] as const;

function RemoveButton({
  bestuurId,
  label,
  onRemoved,
}: {
  bestuurId: string;
  label: string;
  onRemoved(): void;
}) {
  const { t } = useI18n();
  const remove = useRemoveBestuurSso(bestuurId);
  return (
    <Popover position="top" withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" color="red">
          {t.ssoAdmin.remove}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={280}>
          <Text size="sm">{t.ssoAdmin.removeText(label)}</Text>
          {remove.error !== null && (
            <Text size="sm" c="red">
              {errorMessage(remove.error, t)}
            </Text>
          )}
          <Button
            size="xs"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(undefined, { onSuccess: onRemoved })}
          >
            {t.ssoAdmin.removeConfirm}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The provider's fields; the secret starts empty and is only sent when typed. */
function useProviderForm(bestuurId: string, stored: Stored | undefined, onSaved: () => void) {
  const save = useSaveBestuurSso(bestuurId);
  const [label, setLabel] = useState(stored?.label ?? '');
  const [issuer, setIssuer] = useState(stored?.issuer ?? '');
  const [clientId, setClientId] = useState(stored?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [createAccounts, setCreateAccounts] = useState(stored?.createAccounts ?? false);
  const [trustMfa, setTrustMfa] = useState(stored?.trustMfa ?? false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { label, issuer, clientId, ...(clientSecret ? { clientSecret } : {}), createAccounts, trustMfa },
      { onSuccess: onSaved },
    );
  };
  return {
    save,
    label,
    setLabel,
    issuer,
    setIssuer,
    clientId,
    setClientId,
    clientSecret,
    setClientSecret,
    createAccounts,
    setCreateAccounts,
    trustMfa,
    setTrustMfa,
    submit,
  };
}

function ProviderSwitches({ form: f }: { form: ReturnType<typeof useProviderForm> }) {
  const { t } = useI18n();
  const words = t.ssoAdmin;
  return (
    <>
      <Switch
        label={words.createAccounts}
        description={words.createAccountsHint}
        checked={f.createAccounts}
        onChange={(e) => f.setCreateAccounts(e.currentTarget.checked)}
      />
      <Switch
        label={words.trustMfa}
        description={words.trustMfaHint}
        checked={f.trustMfa}
        onChange={(e) => f.setTrustMfa(e.currentTarget.checked)}
      />
    </>
  );
}

/** The bestuur's own provider. The client secret is write-only: never shown, kept when left empty. */
function ProviderForm({
  bestuurId,
  stored,
  onSaved,
  onRemoved,
}: {
  bestuurId: string;
  stored: Stored | undefined;
  onSaved(): void;
  onRemoved(): void;
}) {
  const { t } = useI18n();
  const words = t.ssoAdmin;
  const f = useProviderForm(bestuurId, stored, onSaved);
  const { save } = f;
  const general = generalError(save.error, FIELDS);
  return (
    <form onSubmit={f.submit} noValidate>
      <Stack gap="sm" maw={560}>
        {general !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(general, t)}
          </Alert>
        )}
        <TextInput
          label={words.label}
          description={words.labelHint}
          required
          value={f.label}
          onChange={(e) => f.setLabel(e.currentTarget.value)}
          error={fieldError(save.error, 'label')}
        />
        <TextInput
          label={words.issuer}
          description={words.issuerHint}
          type="url"
          required
          value={f.issuer}
          onChange={(e) => f.setIssuer(e.currentTarget.value)}
          error={fieldError(save.error, 'issuer')}
        />
        <TextInput
          label={words.clientId}
          required
          autoComplete="off"
          value={f.clientId}
          onChange={(e) => f.setClientId(e.currentTarget.value)}
          error={fieldError(save.error, 'clientId')}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
          label={words.clientSecret}
          description={stored ? words.clientSecretStored : words.clientSecretNew}
          required={!stored}
          autoComplete="new-password"
          value={f.clientSecret}
          onChange={(e) => f.setClientSecret(e.currentTarget.value)}
          error={fieldError(save.error, 'clientSecret')}
        />
        <ProviderSwitches form={f} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {words.save}
          </Button>
          {stored && <RemoveButton bestuurId={bestuurId} label={stored.label} onRemoved={onRemoved} />}
        </Group>
      </Stack>
    </form>
  );
}

function BestuurSso({ bestuur }: { bestuur: { id: string; name: string } }) {
  const { t } = useI18n();
  const words = t.ssoAdmin;
  const config = useBestuurSso(bestuur.id);
  const [notice, setNotice] = useState<string | null>(null);
  // Saved or removed: a fresh form (the secret field empty again) on what the server now holds.
  const [version, setVersion] = useState(0);
  const done = (text: string) => {
    setNotice(text);
    setVersion((v) => v + 1);
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={bestuur.name}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {bestuur.name}
        </Title>
        <QueryState query={config}>
          {(data) => {
            const stored = data.providers.find((p) => p.source === 'beheer');
            return (
              <>
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    {words.redirectUri}
                  </Text>
                  <Group gap="xs">
                    <Code data-testid="sso-redirect-uri">{data.redirectUri}</Code>
                    <CopyButton value={data.redirectUri}>
                      {({ copied, copy }) => (
                        <Button size="xs" variant="default" onClick={copy}>
                          {copied ? t.mfa.copied : t.mfa.copy}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {words.redirectUriHint}
                  </Text>
                </Stack>
                {data.providers
                  .filter((p) => p.source === 'omgeving')
                  .map((p) => (
                    <Alert key={p.id} color="gray" variant="light">
                      {words.fromEnvironment(p.label)}
                    </Alert>
                  ))}
                {notice && (
                  <Alert color="green" variant="light" role="status">
                    {notice}
                  </Alert>
                )}
                <ProviderForm
                  key={`${version}:${stored?.id ?? 'nieuw'}`}
                  bestuurId={bestuur.id}
                  stored={stored}
                  onSaved={() => done(words.saved)}
                  onRemoved={() => done(words.removed)}
                />
              </>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}

/** SSO per bestuur, for a beheerder across that bestuur. */
export function SsoPanel({ besturen }: { besturen: { id: string; name: string }[] }) {
  const { t } = useI18n();
  return (
    <>
      <Text size="sm">{t.ssoAdmin.intro}</Text>
      {besturen.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.ssoAdmin.noBesturen}
        </Text>
      ) : (
        besturen.map((b) => <BestuurSso key={b.id} bestuur={b} />)
      )}
    </>
  );
}
