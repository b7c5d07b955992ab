import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAuditLog, type AuditParams } from '../../api/privacy';
import { useSchool } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { auditParamsFrom, withAuditParams } from './privacy-forms';

/**
 * The pages of one filter. The server pages by cursor (`next`: older rows), so the way back is the
 * list of cursors walked so far; a new filter starts a new list. (Not by remounting: that would take
 * the focus out of a date field as soon as its day is complete.)
 */
function AuditPages({
  schoolId,
  schoolName,
  params,
  onChange,
  onClear,
}: {
  schoolId: string;
  schoolName: string;
  params: AuditParams;
  onChange(changes: Partial<AuditParams>): void;
  onClear(): void;
}) {
  const { t } = useI18n();
  const p = t.privacy;
  const filter = JSON.stringify(params);
  const [paging, setPaging] = useState<{ filter: string; cursors: (string | undefined)[] }>({
    filter,
    cursors: [undefined],
  });
  const cursors = paging.filter === filter ? paging.cursors : [undefined];
  const setCursors = (next: (string | undefined)[]) => setPaging({ filter, cursors: next });
  const log = useAuditLog(schoolId, params, cursors.at(-1));
  const pupilName = log.data?.entries.find((e) => e.pupil?.id === params.leerlingId)?.pupil?.name ?? null;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <AuditFilters
          schoolId={schoolId}
          params={params}
          pupilName={pupilName}
          options={log.data}
          onChange={onChange}
          onClear={onClear}
        />
      </Paper>
      <QueryState query={log}>
        {(data) => (
          <Stack gap="sm">
            <AuditTable
              entries={data.entries}
              caption={p.caption(schoolName)}
              onPupil={(id) => onChange({ leerlingId: id })}
            />
            <Group justify="space-between" className="no-print">
              <Group gap="sm">
                <Button
                  variant="default"
                  size="xs"
                  disabled={cursors.length === 1}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {p.newer}
                </Button>
                <Button
                  variant="default"
                  size="xs"
                  disabled={data.next === null}
                  onClick={() => setCursors([...cursors, data.next ?? undefined])}
                >
                  {p.older}
                </Button>
                {log.isFetching && <Loader size="xs" aria-label={t.app.loading} />}
              </Group>
              <Text size="sm" c="dimmed">
                {p.pageOf(cursors.length)}
              </Text>
            </Group>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

/** The school's audit log, for its privacy officer (`audit.read`); the filter lives in the address. */
export function AuditPage() {
  const { schoolId = '' } = useParams();
  const { t } = useI18n();
  const p = t.privacy;
  const school = useSchool(schoolId);
  const [search, setSearch] = useSearchParams();
  const params = auditParamsFrom(search);
  const schoolName = school.data?.school.name ?? '';
  return (
    <Stack gap="lg">
      <PageHeader
        title={p.auditTitle}
        subtitle={schoolName ? `${schoolName} · ${p.auditIntro}` : p.auditIntro}
        crumbs={[{ label: t.app.home, to: '/' }, { label: p.auditTitle }]}
      />
      <AuditPages
        schoolId={schoolId}
        schoolName={schoolName}
        params={params}
        onChange={(changes) => setSearch((s) => withAuditParams(s, changes))}
        onClear={() => setSearch(new URLSearchParams())}
      />
    </Stack>
  );
}
