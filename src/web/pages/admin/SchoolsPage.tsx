import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAdminSchools, useCreateSchool, useUpdateSchool } from '../../api/admin';
import type { AdminSchool } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';

/** The BRIN number and the vestiging (two digits, empty for the main location). */
function BrinFields({
  brin,
  vestiging,
  onBrin,
  onVestiging,
}: {
  brin: string;
  vestiging: string;
  onBrin(value: string): void;
  onVestiging(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <Group grow>
      <TextInput
        label={t.admin.brin}
        required
        maxLength={4}
        value={brin}
        onChange={(e) => onBrin(e.currentTarget.value)}
      />
      <TextInput
        label={t.admin.vestiging}
        maxLength={2}
        value={vestiging}
        onChange={(e) => onVestiging(e.currentTarget.value)}
      />
    </Group>
  );
}

function NewSchoolDialog({
  opened,
  onClose,
  besturen,
}: {
  opened: boolean;
  onClose(): void;
  besturen: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const create = useCreateSchool();
  const [bestuurId, setBestuurId] = useState<string | null>(besturen[0]?.id ?? null);
  const [name, setName] = useState('');
  const [brin, setBrin] = useState('');
  const [vestiging, setVestiging] = useState('');
  const [weging, setWeging] = useState<number | string>('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        bestuurId: bestuurId ?? '',
        name,
        brin,
        vestiging: vestiging.trim() || null,
        schoolweging: typeof weging === 'number' ? weging : null,
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t.admin.newSchool}
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          {create.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          <Select
            label={t.admin.bestuur}
            required
            allowDeselect={false}
            value={bestuurId}
            onChange={setBestuurId}
            data={besturen.map((b) => ({ value: b.id, label: b.name }))}
          />
          <TextInput
            label={t.admin.name}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <BrinFields brin={brin} vestiging={vestiging} onBrin={setBrin} onVestiging={setVestiging} />
          <NumberInput
            label={t.admin.schoolweging}
            description={t.admin.schoolwegingHint}
            decimalSeparator=","
            min={15}
            max={50}
            value={weging}
            onChange={setWeging}
          />
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

function WegingCell({ school }: { school: AdminSchool }) {
  const { t } = useI18n();
  const update = useUpdateSchool();
  const [value, setValue] = useState<number | string>(school.schoolweging ?? '');
  const changed = (typeof value === 'number' ? value : null) !== school.schoolweging;
  return (
    <Group gap="xs" wrap="nowrap">
      <NumberInput
        aria-label={`${t.admin.schoolweging} ${school.name}`}
        size="xs"
        w={90}
        decimalSeparator=","
        min={15}
        max={50}
        value={value}
        onChange={setValue}
        error={update.error ? errorMessage(update.error, t) : undefined}
      />
      {changed && (
        <Button
          size="xs"
          variant="light"
          loading={update.isPending}
          onClick={() =>
            update.mutate({ schoolId: school.id, schoolweging: typeof value === 'number' ? value : null })
          }
        >
          {t.admin.save}
        </Button>
      )}
    </Group>
  );
}

export function SchoolsPage() {
  const { t } = useI18n();
  const schools = useAdminSchools();
  const [creating, setCreating] = useState(false);
  const besturen = schools.data?.besturen ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t.admin.schoolsTitle}
        crumbs={[{ label: t.app.home, to: '/' }, { label: t.admin.schoolsTitle }]}
        actions={
          besturen.length > 0 ? (
            <Button onClick={() => setCreating(true)}>{t.admin.newSchool}</Button>
          ) : undefined
        }
      />
      <QueryState query={schools}>
        {(data) => (
          <>
            {data.besturen.length === 0 && (
              <Text size="sm" c="dimmed">
                {t.admin.noSchoolRights}
              </Text>
            )}
            <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
              <Table verticalSpacing="sm" miw={700}>
                <Table.Caption>{t.admin.schoolsCaption}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.admin.name}</Table.Th>
                    <Table.Th scope="col">{t.admin.brin}</Table.Th>
                    <Table.Th scope="col">{t.admin.bestuur}</Table.Th>
                    <Table.Th scope="col">{t.admin.schoolweging}</Table.Th>
                    <Table.Th scope="col">{t.settings.title}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.schools.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Th scope="row" fw={500}>
                        {s.name}
                      </Table.Th>
                      <Table.Td>
                        {s.brin}
                        {s.vestiging ? `-${s.vestiging}` : ''}
                      </Table.Td>
                      <Table.Td>{s.bestuur.name}</Table.Td>
                      <Table.Td>
                        <WegingCell school={s} />
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/scholen/${s.id}/instellingen`} size="sm">
                          {t.settings.link}
                          <VisuallyHidden>{` ${s.name}`}</VisuallyHidden>
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </>
        )}
      </QueryState>
      {creating && <NewSchoolDialog opened onClose={() => setCreating(false)} besturen={besturen} />}
    </Stack>
  );
}
