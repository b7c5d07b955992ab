import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useRetention, useSaveRetention, type Retention } from '../../api/privacy';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import {
  MAX_YEARS,
  MIN_YEARS,
  RETENTION_FIELDS,
  retentionBody,
  retentionForm,
  retentionProblems,
  type RetentionForm,
} from './privacy-forms';

/** What the nightly clean-up would do today with the periods in force. */
function DueSummary({ due }: { due: Retention['due'] }) {
  const { t } = useI18n();
  const p = t.privacy;
  const lines = [
    ...(['leerlingdossier', 'zorg', 'resultaten'] as const)
      .filter((c) => due[c].pupils > 0)
      .map((c) => p.duePupils(p.categories[c] ?? c, due[c].pupils, due[c].rows)),
    ...(due.anonymised > 0 ? [p.dueAnonymised(due.anonymised)] : []),
    ...(due.auditlog.rows > 0 ? [p.dueAudit(due.auditlog.rows)] : []),
  ];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {p.dueTitle}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {p.dueNothing}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function RetentionEditor({ schoolId, data }: { schoolId: string; data: Retention }) {
  const { t } = useI18n();
  const p = t.privacy;
  const save = useSaveRetention(schoolId);
  const [form, setForm] = useState<RetentionForm>(() => retentionForm(data.effective));
  const [tried, setTried] = useState(false);
  const problems = retentionProblems(form);
  const messageOf = (field: (typeof RETENTION_FIELDS)[number]) => {
    const problem = tried ? problems[field] : undefined;
    if (problem === 'range') return p.yearsRange;
    if (problem === 'resultsShort') return p.resultsAtLeast;
    return fieldError(save.error, field);
  };
  const submit = () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    save.mutate(retentionBody(form, data.settings, data.defaults), {
      onSuccess: (saved) => setForm(retentionForm(saved.effective)),
    });
  };
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {RETENTION_FIELDS.map((field) => (
          <Stack key={field} gap={4}>
            <NumberInput
              label={(field === 'auditlog' ? p.auditYearsLabel : p.yearsLabel)(p.categories[field] ?? field)}
              description={`${p.categoryHolds[field] ?? ''} ${p.defaultYears(data.defaults[field])}`}
              min={MIN_YEARS}
              max={MAX_YEARS}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              w="100%"
              maw={420}
              value={form[field]}
              error={messageOf(field)}
              onChange={(v) => {
                save.reset();
                setForm((f) => ({ ...f, [field]: typeof v === 'number' ? v : '' }));
              }}
            />
          </Stack>
        ))}
      </SimpleGrid>
      <DueSummary due={data.due} />
      {generalError(save.error, RETENTION_FIELDS) !== null && <ErrorAlert error={save.error} />}
      {save.isSuccess && (
        <Alert color="green" variant="light" role="status" py="xs">
          {p.retentionSaved}
        </Alert>
      )}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          {p.saveRetention}
        </Button>
      </Group>
    </Stack>
  );
}

/** The school's retention periods per category, for its privacy officer (`privacy.manage`). */
export function RetentionPanel({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const retention = useRetention(schoolId);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="bewaartermijnen">
      <Title order={2} size="h3" mb={4} id="bewaartermijnen">
        {t.privacy.retentionTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t.privacy.retentionIntro}
      </Text>
      <QueryState query={retention}>
        {(data) => <RetentionEditor schoolId={schoolId} data={data} />}
      </QueryState>
    </Paper>
  );
}
