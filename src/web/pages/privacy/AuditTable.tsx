import { Anchor, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../api/privacy';
import { useI18n } from '../../i18n';
import { detailsText } from './privacy-forms';

/** Whom the row is about: the pupil (a link that filters on the pupil), or how many pupils. */
function Subject({ entry, onPupil }: { entry: AuditEntry; onPupil(id: string): void }) {
  const { t } = useI18n();
  const p = t.privacy;
  if (entry.pupil) {
    const { id, name } = entry.pupil;
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        aria-label={p.filterOnPupil(name)}
        onClick={() => onPupil(id)}
      >
        {name}
      </Anchor>
    );
  }
  if (entry.pupils > 0) return <Text size="sm">{p.pupilsCount(entry.pupils)}</Text>;
  return (
    <Text size="sm" c="dimmed">
      {entry.entity}
    </Text>
  );
}

/** One page of the log, newest first. */
export function AuditTable({
  entries,
  caption,
  onPupil,
}: {
  entries: AuditEntry[];
  caption: string;
  onPupil(id: string): void;
}) {
  const { t, formatDate, formatTime } = useI18n();
  const p = t.privacy;
  return (
    <Table striped verticalSpacing={6} fz="sm" className="audit-table">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{p.at}</Table.Th>
          <Table.Th scope="col">{p.user}</Table.Th>
          <Table.Th scope="col">{p.action}</Table.Th>
          <Table.Th scope="col">{p.subject}</Table.Th>
          <Table.Th scope="col">{p.details}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={5}>
              <Text size="sm" c="dimmed">
                {p.noEntries}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {p.atTime(formatDate(e.at), formatTime(e.at))}
            </Table.Td>
            <Table.Td>{e.user?.name ?? p.system}</Table.Td>
            <Table.Td>
              {p.actions[e.action] ?? e.action}
              {p.actions[e.action] && (
                <Text span size="xs" c="dimmed" ml={4}>
                  ({e.action})
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Subject entry={e} onPupil={onPupil} />
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" lineClamp={2} title={detailsText(e.details, 2000)}>
                {detailsText(e.details)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
