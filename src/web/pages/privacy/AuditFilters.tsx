import { Anchor, Button, CloseButton, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { auditExportHref, type AuditListResponse, type AuditParams } from '../../api/privacy';
import { useI18n } from '../../i18n';
import { dateProblems, type DateProblem } from './privacy-forms';

interface Props {
  schoolId: string;
  params: AuditParams;
  /** The filtered pupil's name as the log gives it (null: not known, the pupil was deleted). */
  pupilName: string | null;
  options: Pick<AuditListResponse, 'actions' | 'users'> | undefined;
  onChange(changes: Partial<AuditParams>): void;
  onClear(): void;
}

/** The day range as typed; a day goes into the filter once it is a real date (or empty). */
function DateRange({ params, onChange }: Pick<Props, 'params' | 'onChange'>) {
  const { t } = useI18n();
  const p = t.privacy;
  const [from, setFrom] = useState(params.from ?? '');
  const [to, setTo] = useState(params.to ?? '');
  const problems = dateProblems(from, to);
  const message = (problem: DateProblem | undefined) =>
    problem === 'invalid' ? p.dateInvalid : problem === 'order' ? p.dateOrder : undefined;
  const update = (key: 'from' | 'to', value: string) => {
    const next = { from, to, [key]: value };
    if (key === 'from') setFrom(value);
    else setTo(value);
    const after = dateProblems(next.from, next.to);
    if (!after.from && !after.to) onChange({ from: next.from || null, to: next.to || null });
  };
  return (
    <>
      <TextInput
        label={p.from}
        description={p.dateFormat}
        w={170}
        value={from}
        error={message(problems.from)}
        onChange={(e) => update('from', e.currentTarget.value.trim())}
      />
      <TextInput
        label={p.to}
        description={p.dateFormat}
        w={170}
        value={to}
        error={message(problems.to)}
        onChange={(e) => update('to', e.currentTarget.value.trim())}
      />
    </>
  );
}

/** Filters for the audit log: the pupil (chosen in the table or from the pupil page), user, action, days. */
export function AuditFilters({ schoolId, params, pupilName, options, onChange, onClear }: Props) {
  const { t } = useI18n();
  const p = t.privacy;
  const actionLabel = (code: string) => (p.actions[code] ? `${p.actions[code]} (${code})` : code);
  const filtered = Object.values(params).some((v) => v !== null);
  const name = pupilName ?? p.removedPupil;
  const [cleared, setCleared] = useState(0);
  return (
    <Stack gap="sm" component="section" aria-label={p.filters}>
      <Group gap="xs" align="center">
        <Text size="sm" fw={600}>
          {p.pupil}:
        </Text>
        {params.leerlingId ? (
          <Group gap={4} className="audit-pupil-filter">
            <Text size="sm">{name}</Text>
            <CloseButton
              size="sm"
              aria-label={p.clearPupil(name)}
              onClick={() => onChange({ leerlingId: null })}
            />
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {p.pupilFilterHint}
          </Text>
        )}
      </Group>
      <Group gap="md" align="flex-start" wrap="wrap">
        <Select
          label={p.user}
          placeholder={p.anyUser}
          w={240}
          clearable
          searchable
          value={params.userId}
          onChange={(v) => onChange({ userId: v })}
          data={(options?.users ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          label={p.action}
          placeholder={p.anyAction}
          w={320}
          clearable
          searchable
          value={params.action}
          onChange={(v) => onChange({ action: v })}
          data={(options?.actions ?? []).map((a) => ({ value: a, label: actionLabel(a) }))}
        />
        {/* Typed days stay as typed (also half-typed ones); clearing the filters empties them. */}
        <DateRange key={cleared} params={params} onChange={onChange} />
      </Group>
      <Group gap="md">
        {filtered && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setCleared((n) => n + 1);
              onClear();
            }}
          >
            {p.clearFilters}
          </Button>
        )}
        <Anchor href={auditExportHref(schoolId, params)} download size="sm">
          {p.exportCsv}
        </Anchor>
      </Group>
    </Stack>
  );
}
