import { Alert, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useSchool } from '../../api/queries';
import { useSchooladvies, type SchooladviesList, type SchooladviesPupil } from '../../api/schooladvies';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AdviesDialog } from './AdviesDialog';
import { AdviesTable } from './AdviesTable';
import { VoImportPanel } from './VoImportPanel';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" px="md" py="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={650} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

/** The counts a school reports on: the pupils, the toets against the advice, the heroverwegingen. */
function Summary({ summary }: { summary: SchooladviesList['summary'] }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const onOrAbove = summary.uitstroom.op + summary.uitstroom.boven;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Figure label={s.pupils} value={String(summary.pupils)} />
        <Figure label={s.toetsHigher} value={s.ofN(summary.toets.hoger, summary.toets.n)} />
        <Figure label={s.heroverwegingOpen} value={String(summary.heroverweging.open)} />
        {summary.uitstroom.n > 0 && (
          <Figure label={s.uitstroomOnAdvice} value={s.ofN(onOrAbove, summary.uitstroom.n)} />
        )}
      </Group>
      {summary.heroverweging.open > 0 && (
        <Alert color="orange" variant="light">
          {s.openAlert(summary.heroverweging.open)}
        </Alert>
      )}
    </Stack>
  );
}

function SchooladviesList({ schoolId, schooljaar }: { schoolId: string; schooljaar: string }) {
  const { t } = useI18n();
  const list = useSchooladvies(schoolId, schooljaar);
  const [editing, setEditing] = useState<SchooladviesPupil | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <QueryState query={list}>
      {(data) => (
        <Stack gap="md">
          <Summary summary={data.summary} />
          <div role="status">{saved && <Text size="sm">{t.schooladvies.saved(saved)}</Text>}</div>
          {data.pupils.length === 0 ? (
            <Text>{t.schooladvies.empty}</Text>
          ) : (
            <AdviesTable
              rows={data.pupils}
              canEdit={data.abilities.includes('zorg.write')}
              onEdit={(row) => {
                setSaved(null);
                setEditing(row);
              }}
            />
          )}
          {data.abilities.includes('zorg.write') && <VoImportPanel schoolId={schoolId} />}
          {editing && (
            <AdviesDialog
              schoolId={schoolId}
              schooljaar={schooljaar}
              row={editing}
              onClose={() => setEditing(null)}
              onSaved={(name) => {
                setEditing(null);
                setSaved(name);
              }}
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** Groep 8's schooladvies per schooljaar; the year in the address, so a link opens the same list. */
export function SchooladviesPage() {
  const { t } = useI18n();
  const { schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const school = useSchool(schoolId);
  return (
    <QueryState query={school}>
      {(detail) => {
        const years = detail.schooljaren.map((y) => y.name);
        const current = detail.schooljaren.find((y) => y.current)?.name ?? years.at(-1) ?? null;
        const schooljaar = params.get('schooljaar') ?? current;
        return (
          <>
            <PageHeader
              title={t.schooladvies.title}
              subtitle={schooljaar ? `${detail.school.name} · ${schooljaar}` : detail.school.name}
              crumbs={[{ label: t.app.home, to: '/' }, { label: t.schooladvies.title }]}
              actions={
                years.length > 1 && (
                  <Select
                    className="no-print"
                    label={t.schooladvies.schooljaar}
                    w={160}
                    allowDeselect={false}
                    value={schooljaar}
                    data={years}
                    onChange={(value) => value && setParams({ schooljaar: value })}
                  />
                )
              }
            />
            <Text size="sm" c="dimmed" mb="md" maw={760}>
              {t.schooladvies.intro}
            </Text>
            {schooljaar && <SchooladviesList schoolId={schoolId} schooljaar={schooljaar} />}
          </>
        );
      }}
    </QueryState>
  );
}
