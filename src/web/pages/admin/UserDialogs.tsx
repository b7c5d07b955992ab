import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  useAdminGroups,
  useAdminSchools,
  useCreateUser,
  useGrantRole,
  useSetTeacherGroups,
} from '../../api/admin';
import type { AdminUser, Role } from '../../api/types';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import type { OneTimeLink } from './OneTimeLinkDialog';
import { parseScope, rolesForScope, scopeOptions } from './scope-options';
import { teacherSchools } from './users';

function FormError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {errorMessage(error, t)}
    </Alert>
  );
}

function RoleAndScope({
  role,
  scope,
  onRole,
  onScope,
}: {
  role: Role;
  scope: string | null;
  onRole(role: Role): void;
  onScope(scope: string | null): void;
}) {
  const { t } = useI18n();
  const schools = useAdminSchools();
  const roles = rolesForScope(scope);
  return (
    <>
      <Select
        label={t.admin.scope}
        required
        value={scope}
        onChange={(value) => {
          onScope(value);
          const allowed = rolesForScope(value);
          if (!allowed.includes(role)) onRole(allowed[0] ?? 'leerkracht');
        }}
        data={scopeOptions(schools.data, t)}
      />
      <Select
        label={t.admin.role}
        required
        allowDeselect={false}
        value={role}
        onChange={(value) => value && onRole(value as Role)}
        data={roles.map((r) => ({ value: r, label: t.roles[r] }))}
      />
    </>
  );
}

/** A new account; without a password the answer carries a one-time link, handed to `onLink` to show once. */
export function NewUserDialog({
  opened,
  onClose,
  onLink,
}: {
  opened: boolean;
  onClose(): void;
  onLink(link: OneTimeLink): void;
}) {
  const { t } = useI18n();
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('leerkracht');
  const [scope, setScope] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, email, ...(password ? { password } : {}), role, ...parseScope(scope) },
      {
        onSuccess: (data) => {
          if (data.link) onLink({ name, link: data.link, expiresAt: null });
          setName('');
          setEmail('');
          setPassword('');
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t.admin.newUser}
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <FormError error={create.error} />
          <TextInput
            label={t.admin.name}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t.admin.email}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
            label={t.admin.password}
            description={t.admin.passwordHint}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <RoleAndScope role={role} scope={scope} onRole={setRole} onScope={setScope} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.admin.cancel}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t.admin.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function AddRoleDialog({ user, onClose }: { user: AdminUser | null; onClose(): void }) {
  const { t } = useI18n();
  const grant = useGrantRole();
  const [role, setRole] = useState<Role>('leerkracht');
  const [scope, setScope] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    grant.mutate({ userId: user.id, role, ...parseScope(scope) }, { onSuccess: onClose });
  };
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={`${t.admin.addRole}: ${user?.name ?? ''}`}
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <FormError error={grant.error} />
          <RoleAndScope role={role} scope={scope} onRole={setRole} onScope={setScope} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.admin.cancel}
            </Button>
            <Button type="submit" loading={grant.isPending}>
              {t.admin.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The teacher's groups at one school in its current schooljaar; untouched, the ones held now. */
function useTeacherGroupsForm(user: AdminUser | null, onClose: () => void) {
  const schools = useAdminSchools();
  const setGroups = useSetTeacherGroups();
  const schoolsOfTeacher = teacherSchools(user, schools.data?.schools ?? []);
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const chosenSchool = schoolId ?? schoolsOfTeacher[0]?.id ?? null;
  const groups = useAdminGroups(chosenSchool);
  const currentYear = groups.data?.groups[0]?.schooljaar ?? null;
  const yearGroups = (groups.data?.groups ?? []).filter((g) => g.schooljaar === currentYear);
  const [selected, setSelected] = useState<string[] | null>(null);
  const initial = (user?.groups ?? []).filter((g) => g.schoolId === chosenSchool).map((g) => g.id);
  const value = selected ?? initial;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!user || !chosenSchool || !currentYear) return;
    setGroups.mutate(
      {
        userId: user.id,
        schoolId: chosenSchool,
        schooljaar: currentYear,
        groupIds: value.filter((id) => yearGroups.some((g) => g.id === id)),
      },
      {
        onSuccess: () => {
          setSelected(null);
          onClose();
        },
      },
    );
  };
  return {
    setGroups,
    schoolsOfTeacher,
    chosenSchool,
    setSchoolId,
    currentYear,
    yearGroups,
    value,
    setSelected,
    submit,
  };
}

export function TeacherGroupsDialog({ user, onClose }: { user: AdminUser | null; onClose(): void }) {
  const { t } = useI18n();
  const {
    setGroups,
    schoolsOfTeacher,
    chosenSchool,
    setSchoolId,
    currentYear,
    yearGroups,
    value,
    setSelected,
    submit,
  } = useTeacherGroupsForm(user, onClose);
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t.admin.groupsFor(user?.name ?? '')}
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <FormError error={setGroups.error} />
          {schoolsOfTeacher.length === 0 ? (
            <Text size="sm">{t.home.noGroups}</Text>
          ) : (
            <>
              {schoolsOfTeacher.length > 1 && (
                <Select
                  label={t.admin.schoolsTitle}
                  value={chosenSchool}
                  allowDeselect={false}
                  onChange={(v) => {
                    setSchoolId(v);
                    setSelected(null);
                  }}
                  data={schoolsOfTeacher.map((s) => ({ value: s.id, label: s.name }))}
                />
              )}
              <Checkbox.Group
                label={`${t.admin.groups} ${currentYear ?? ''}`}
                value={value}
                onChange={setSelected}
              >
                <Stack gap={6} mt="xs">
                  {yearGroups.map((g) => (
                    <Checkbox key={g.id} value={g.id} label={g.name} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.admin.cancel}
            </Button>
            <Button type="submit" loading={setGroups.isPending} disabled={!chosenSchool || !currentYear}>
              {t.admin.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
