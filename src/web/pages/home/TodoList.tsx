import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTodos, type TodosResponse } from '../../api/home';
import { useI18n } from '../../i18n';
import { todoLine, type TodoLine } from './todo-text';

type Role = TodosResponse['roles'][number];

function Line({ line }: { line: TodoLine }) {
  const { t } = useI18n();
  return (
    <li className="todo-line">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ flex: 1 }}>
          {line.href ? (
            <Anchor component={Link} to={line.href} fw={600} size="sm">
              {line.text}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              {line.text}
            </Text>
          )}
          {line.detail && (
            <Text size="sm" c="dimmed">
              {line.detail}
            </Text>
          )}
        </Stack>
        {line.tone && (
          <Badge variant="light" color={line.tone === 'overdue' ? 'red' : 'orange'} size="sm">
            {line.tone === 'overdue' ? t.todos.overdue : t.todos.soon}
          </Badge>
        )}
      </Group>
    </li>
  );
}

function RoleList({
  data,
  role,
  schoolName,
}: {
  data: TodosResponse;
  role: Role;
  schoolName: string | null;
}) {
  const { t, formatDate } = useI18n();
  const lines = data.items
    .filter((i) => i.role === role)
    .flatMap((i) => {
      const line = todoLine(t, i, data.schoolId, (d) => formatDate(d));
      return line ? [line] : [];
    });
  const headingId = `todos-${data.schoolId}-${role}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      className="todo-list"
    >
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h3" id={headingId}>
          {t.todos.forRole[role] ?? t.todos.title}
          {schoolName && (
            <Text span c="dimmed" fw={400} size="md">
              {' '}
              {t.todos.school(schoolName)}
            </Text>
          )}
        </Title>
        {role === 'ib' && (
          <Button component={Link} to={`/scholen/${data.schoolId}/cyclus`} variant="subtle" size="compact-sm">
            {t.todos.toSchoolCycle}
          </Button>
        )}
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.todos.nothing}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {lines.map((line) => (
            <Line key={line.key} line={line} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/**
 * The to-do lists of one school: one per role the user holds there (leerkracht, IB, schoolleider),
 * each item linking to the screen where it is done. The school is named when the user has several.
 */
export function TodoList({ schoolId, schoolName }: { schoolId: string; schoolName: string | null }) {
  const todos = useTodos(schoolId);
  const data = todos.data;
  if (!data) return null;
  return (
    <Stack gap="md">
      {data.roles.map((role) => (
        <RoleList key={role} data={data} role={role} schoolName={schoolName} />
      ))}
    </Stack>
  );
}
