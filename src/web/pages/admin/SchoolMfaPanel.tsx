import { Loader, Paper, Switch, Table, Text } from '@mantine/core';
import { useSchoolSecurity, useSetSchoolSecurity } from '../../api/account';
import type { AdminSchool } from '../../api/types';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';

function SchoolMfaRow({ school }: { school: AdminSchool }) {
  const { t } = useI18n();
  const security = useSchoolSecurity(school.id);
  const save = useSetSchoolSecurity(school.id);
  const error = security.error ?? save.error;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {school.name}
      </Table.Th>
      <Table.Td>
        {security.isPending ? (
          <Loader size="xs" aria-label={t.app.loading} />
        ) : (
          <Switch
            aria-label={t.security.mfaForEveryoneAt(school.name)}
            checked={security.data?.mfaForEveryone ?? false}
            disabled={save.isPending || !security.data}
            onChange={(e) => save.mutate(e.currentTarget.checked)}
            error={error ? errorMessage(error, t) : undefined}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Per school: whether everyone there must use an authenticator app, not only IB, schoolleider and beheerder. */
export function SchoolMfaPanel({ schools }: { schools: AdminSchool[] }) {
  const { t } = useI18n();
  return (
    <>
      <Text size="sm">{t.security.schoolsText}</Text>
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="sm" miw={480}>
          <Table.Caption>{t.security.schoolsCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.security.school}</Table.Th>
              <Table.Th scope="col">{t.security.mfaForEveryone}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schools.map((s) => (
              <SchoolMfaRow key={s.id} school={s} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
