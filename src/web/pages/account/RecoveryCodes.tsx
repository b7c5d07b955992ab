import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import './account.css';

/**
 * The ten recovery codes, shown once: a warning, copy and print, and "Klaar" only after the user says
 * they stored them (the server keeps only their hashes; there is no second look).
 */
export function RecoveryCodes({
  codes,
  onDone,
  headingOrder = 3,
}: {
  codes: string[];
  onDone(): void;
  headingOrder?: 2 | 3;
}) {
  const { t } = useI18n();
  const [stored, setStored] = useState(false);
  return (
    <Stack gap="sm" className="recovery-codes">
      <Title order={headingOrder} size="h4">
        {t.mfa.codesTitle}
      </Title>
      <Alert color="orange" variant="light" title={t.mfa.codesWarningTitle}>
        {t.mfa.codesWarning}
      </Alert>
      <Paper withBorder p="md" radius="md" maw={520}>
        <SimpleGrid
          cols={2}
          spacing="xs"
          component="ol"
          aria-label={t.mfa.codesListLabel}
          style={{ margin: 0, paddingLeft: '1.5em' }}
        >
          {codes.map((code) => (
            <Text key={code} component="li" ff="monospace" fz="lg" data-testid="recovery-code">
              {code}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group gap="xs" className="no-print">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" size="xs" onClick={copy}>
              {copied ? t.mfa.copied : t.mfa.copyAll}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" size="xs" onClick={() => window.print()}>
          {t.mfa.print}
        </Button>
      </Group>
      <Checkbox
        className="no-print"
        label={t.mfa.stored}
        checked={stored}
        onChange={(e) => setStored(e.currentTarget.checked)}
      />
      <Group className="no-print">
        <Button onClick={onDone} disabled={!stored}>
          {t.mfa.done}
        </Button>
      </Group>
    </Stack>
  );
}
