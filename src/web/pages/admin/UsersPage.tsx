import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  Menu,
  Paper,
  Popover,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useIssuePasswordLink } from '../../api/account';
import { useAdminUsers, useRevokeRole, useUpdateUser } from '../../api/admin';
import { useMe } from '../../api/queries';
import type { AdminUser } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { OneTimeLinkDialog, type OneTimeLink } from './OneTimeLinkDialog';
import { ResetMfaDialog } from './ResetMfaDialog';
import { AddRoleDialog, NewUserDialog, TeacherGroupsDialog } from './UserDialogs';
import { groupsSummary } from './users';

function RoleList({ user }: { user: AdminUser }) {
  const { t } = useI18n();
  const revoke = useRevokeRole();
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {user.roles.map((r) => (
        <Group key={r.id} gap={6} wrap="nowrap" component="li">
          <Text size="sm">
            <Text span fw={600}>
              {t.roles[r.role]}
            </Text>{' '}
            · {r.scopeName}
          </Text>
          <Popover position="bottom" withArrow shadow="md">
            <Popover.Target>
              <CloseButton size="sm" aria-label={t.admin.removeRole(t.roles[r.role], r.scopeName)} />
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap="xs">
                <Text size="sm">{t.admin.removeRole(t.roles[r.role], r.scopeName)}?</Text>
                <Button
                  size="xs"
                  color="red"
                  loading={revoke.isPending}
                  onClick={() => revoke.mutate({ userId: user.id, assignmentId: r.id })}
                >
                  {t.admin.confirmRemove}
                </Button>
              </Stack>
            </Popover.Dropdown>
          </Popover>
        </Group>
      ))}
      {revoke.error !== null && <ErrorAlert error={revoke.error} />}
    </Stack>
  );
}

/** This schooljaar's groups by name; earlier years only as a count, they are history. */
function GroupsSummary({ user }: { user: AdminUser }) {
  const { t } = useI18n();
  const { latest, current, earlier } = groupsSummary(user.groups);
  if (user.groups.length === 0) return <Text size="sm">–</Text>;
  return (
    <Text size="sm">
      {current.join(', ')}{' '}
      <Text span size="xs" c="dimmed">
        ({latest}
        {earlier > 0 ? `; ${t.admin.earlierGroups(earlier)}` : ''})
      </Text>
    </Text>
  );
}

function UserRow({
  user,
  own,
  onAddRole,
  onSetGroups,
  onToggleActive,
  onIssueLink,
  onResetMfa,
}: {
  user: AdminUser;
  /** The beheerder's own account: its password and second factor go through "Mijn account". */
  own: boolean;
  onAddRole(): void;
  onSetGroups(): void;
  onToggleActive(): void;
  onIssueLink(): void;
  onResetMfa(): void;
}) {
  const { t, formatDate } = useI18n();
  const u = user;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {u.name}
        <Text size="xs" c="dimmed">
          {u.email}
        </Text>
      </Table.Th>
      <Table.Td>
        <RoleList user={u} />
      </Table.Td>
      <Table.Td>
        <GroupsSummary user={u} />
      </Table.Td>
      <Table.Td>
        <Badge color={u.active ? 'green' : 'gray'} variant="light" tt="none">
          {u.active ? t.admin.active : t.admin.inactive}
        </Badge>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t.admin.lastLogin}: {u.lastLoginAt ? formatDate(u.lastLoginAt) : t.admin.never}
        </Text>
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" size="xs" aria-label={`${t.admin.actions}: ${u.name}`}>
              {t.admin.actions}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={onAddRole}>{t.admin.addRole}</Menu.Item>
            {u.roles.some((r) => r.role === 'leerkracht') && (
              <Menu.Item onClick={onSetGroups}>{t.admin.setGroups}</Menu.Item>
            )}
            <Menu.Item onClick={onToggleActive}>{u.active ? t.admin.disable : t.admin.enable}</Menu.Item>
            {!own && <Menu.Item onClick={onIssueLink}>{t.passwordLink.issue}</Menu.Item>}
            {!own && <Menu.Item onClick={onResetMfa}>{t.security.resetMfa}</Menu.Item>}
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}

/** The table of users with its header; the rows come from the page. */
function UsersTable({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="sm" miw={900} highlightOnHover>
        <Table.Caption>{t.admin.usersCaption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.admin.name}</Table.Th>
            <Table.Th scope="col">{t.admin.roles}</Table.Th>
            <Table.Th scope="col">{t.admin.groups}</Table.Th>
            <Table.Th scope="col">{t.admin.status}</Table.Th>
            <Table.Th scope="col">{t.admin.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Paper>
  );
}

export function UsersPage() {
  const { t } = useI18n();
  const users = useAdminUsers();
  const update = useUpdateUser();
  const issueLink = useIssuePasswordLink();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [link, setLink] = useState<OneTimeLink | null>(null);
  const [resetFor, setResetFor] = useState<AdminUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [roleFor, setRoleFor] = useState<AdminUser | null>(null);
  const [groupsFor, setGroupsFor] = useState<AdminUser | null>(null);

  return (
    <Stack gap="md">
      <PageHeader
        title={t.admin.usersTitle}
        crumbs={[{ label: t.app.home, to: '/' }, { label: t.admin.usersTitle }]}
        actions={<Button onClick={() => setCreating(true)}>{t.admin.newUser}</Button>}
      />
      {update.error !== null && <ErrorAlert error={update.error} />}
      {issueLink.error !== null && <ErrorAlert error={issueLink.error} />}
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <QueryState query={users}>
        {(data) =>
          data.users.length === 0 ? (
            <Text c="dimmed">{t.admin.noUsers}</Text>
          ) : (
            <UsersTable>
              {data.users.map((u) => (
                <UserRow
                  key={u.id}
                  user={u}
                  own={u.id === me.data?.user.id}
                  onAddRole={() => setRoleFor(u)}
                  onSetGroups={() => setGroupsFor(u)}
                  onToggleActive={() => update.mutate({ userId: u.id, active: !u.active })}
                  onIssueLink={() =>
                    issueLink.mutate(u.id, {
                      onSuccess: (data) => setLink({ name: u.name, ...data }),
                    })
                  }
                  onResetMfa={() => setResetFor(u)}
                />
              ))}
            </UsersTable>
          )
        }
      </QueryState>
      <NewUserDialog opened={creating} onClose={() => setCreating(false)} onLink={setLink} />
      <AddRoleDialog user={roleFor} onClose={() => setRoleFor(null)} />
      <TeacherGroupsDialog
        key={groupsFor?.id ?? 'none'}
        user={groupsFor}
        onClose={() => setGroupsFor(null)}
      />
      <OneTimeLinkDialog value={link} onClose={() => setLink(null)} />
      <ResetMfaDialog
        user={resetFor}
        onClose={() => setResetFor(null)}
        onDone={(name) => setNotice(t.security.resetDone(name))}
      />
    </Stack>
  );
}
