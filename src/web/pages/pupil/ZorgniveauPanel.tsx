import { Accordion, Button, Group, Modal, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { PupilZorgResponse } from '../../api/zorg';
import { useSetZorgniveau } from '../../api/pupil-zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { Panel } from './Panel';

function NiveauForm({ zorg, onDone }: { zorg: PupilZorgResponse; onDone: () => void }) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const save = useSetZorgniveau(zorg.pupil.id);
  const current = zorg.zorgniveau.current;
  const [niveau, setNiveau] = useState<string | null>(current ? String(current.niveau) : null);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (niveau === null) return;
    save.mutate({ niveau: Number(niveau), reason }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Select
          label={z.niveau}
          required
          allowDeselect={false}
          data={zorg.labels.map((label, i) => ({
            value: String(i + 1),
            label: z.niveauOption(i + 1, label),
          }))}
          value={niveau}
          onChange={setNiveau}
          error={fieldError(save.error, 'niveau')}
        />
        <Textarea
          label={z.reason}
          placeholder={z.reasonPlaceholder}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(save.error, 'reason')}
        />
        {generalError(save.error, ['niveau', 'reason']) !== null && (
          <ErrorAlert error={generalError(save.error, ['niveau', 'reason'])} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {z.cancel}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={niveau === null}>
            {z.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The pupil's ondersteuningsniveau with who set it and why, and the levels before it. */
export function ZorgniveauPanel({ zorg }: { zorg: PupilZorgResponse }) {
  const { t, formatDate } = useI18n();
  const z = t.pupilZorg;
  const [open, setOpen] = useState(false);
  const current = zorg.zorgniveau.current;
  const earlier = zorg.zorgniveau.history.slice(1);
  const canWrite = zorg.abilities.includes('zorg.write');
  return (
    <Panel
      title={z.zorgniveau}
      action={
        canWrite && (
          <Button size="compact-sm" variant="light" onClick={() => setOpen(true)}>
            {current ? z.changeNiveau : z.setNiveau}
          </Button>
        )
      }
    >
      {current ? (
        <Stack gap={2}>
          <Text fw={600}>{z.niveauLine(current.niveau, current.label)}</Text>
          <Text size="sm" className="opp-prose">
            {current.reason}
          </Text>
          <Text size="xs" c="dimmed">
            {z.setBy(current.setBy, formatDate(current.setAt))}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {z.noZorgniveau}
        </Text>
      )}
      {earlier.length > 0 && (
        <Accordion variant="default" mt="xs">
          <Accordion.Item value="history">
            <Accordion.Control>{z.history(earlier.length)}</Accordion.Control>
            <Accordion.Panel>
              <Table fz="sm" verticalSpacing={2}>
                <Table.Caption className="sr-caption">{z.historyCaption}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{z.niveau}</Table.Th>
                    <Table.Th scope="col">{z.when}</Table.Th>
                    <Table.Th scope="col">{z.who}</Table.Th>
                    <Table.Th scope="col">{z.reason}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {earlier.map((n) => (
                    <Table.Tr key={n.setAt}>
                      <Table.Td>{z.niveauOption(n.niveau, n.label)}</Table.Td>
                      <Table.Td>{formatDate(n.setAt)}</Table.Td>
                      <Table.Td>{n.setBy}</Table.Td>
                      <Table.Td>{n.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t.opp.close }}
        opened={open}
        onClose={() => setOpen(false)}
        title={current ? z.changeNiveau : z.setNiveau}
      >
        {open && <NiveauForm zorg={zorg} onDone={() => setOpen(false)} />}
      </Modal>
    </Panel>
  );
}
