import { Badge, Button, Divider, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Ambition } from '../../api/types';
import { useI18n } from '../../i18n';
import { AmbitionForm, type CellKey } from './AmbitionForm';
import { AmbitionReference } from './AmbitionReference';
import type { Edit } from './AmbitionEditDialog';
import { goalLabel } from './format';

/** Every version of the ambition, newest first, with why it changed and who decided. */
export function AmbitionHistory({ amb }: { amb: Ambition }) {
  const { t, formatNumber, formatDate } = useI18n();
  const a = t.ambities;
  return (
    <Stack gap={2}>
      {amb.history.map((h) => (
        <Text size="xs" key={h.version}>
          <strong>
            {a.historyLine(h.version, a.actions[h.action] ?? h.action, h.changedBy, formatDate(h.changedAt))}
          </strong>
          {` · ${goalLabel(h.target, t, formatNumber)} · ${h.reason} (${h.decidedBy})`}
        </Text>
      ))}
    </Stack>
  );
}

/** One ambition of the cell with its national share, its history on request, and what may be done. */
function ExistingAmbition(props: {
  amb: Ambition;
  canManage: boolean;
  onChange: (amb: Ambition) => void;
  onEdit: (edit: Edit) => void;
}) {
  const { t, formatNumber } = useI18n();
  const a = t.ambities;
  const { amb } = props;
  const [history, setHistory] = useState(false);
  const active = amb.status === 'actief';
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm" fw={600}>
            {goalLabel(amb.target, t, formatNumber)}
            {!active && (
              <Badge ml="xs" size="sm" variant="light" className="tone-open">
                {a.dropped}
              </Badge>
            )}
          </Text>
          <AmbitionReference target={amb.target} reference={amb.reference} />
        </div>
        {props.canManage && (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="light" onClick={() => props.onChange(amb)}>
              {a.change}
            </Button>
            {active && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={() => props.onEdit({ ambition: amb, mode: 'drop' })}
              >
                {a.drop}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Button
        size="compact-xs"
        variant="subtle"
        w="fit-content"
        onClick={() => setHistory(!history)}
        aria-expanded={history}
      >
        {`${a.history} (${amb.history.length})`}
      </Button>
      {history && <AmbitionHistory amb={amb} />}
    </Stack>
  );
}

/**
 * One cell of the ambitions grid opened: its ambitions with their national share and history, and the
 * form that sets an ambition for the cell. "Wijzigen" fills the form with that ambition; saving a key
 * that has one changes it.
 */
export function AmbitionCellDialog(props: {
  schoolId: string;
  schooljaar: string;
  cell: CellKey | null;
  ambitions: readonly Ambition[];
  canManage: boolean;
  onSaved: (saved: Ambition) => void;
  onEdit: (edit: Edit) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const a = t.ambities;
  const [start, setStart] = useState<Ambition | null>(null);
  const { cell } = props;
  if (!cell) return null;
  const vak = t.vakken[cell.vak] ?? cell.vak;
  return (
    <Modal
      opened
      size="lg"
      onClose={props.onClose}
      title={a.cellTitle(cell.jaargroep, vak, t.overzicht.moments[cell.moment] ?? cell.moment)}
      closeButtonProps={{ 'aria-label': t.overzicht.close }}
    >
      <Stack gap="md">
        <Title order={3} size="h6">
          {a.cellExisting}
        </Title>
        {props.ambitions.length === 0 && (
          <Text size="sm" c="dimmed">
            {a.cellEmpty}
          </Text>
        )}
        {props.ambitions.map((amb) => (
          <ExistingAmbition
            key={amb.id}
            amb={amb}
            canManage={props.canManage}
            onChange={setStart}
            onEdit={props.onEdit}
          />
        ))}
        {props.canManage && (
          <>
            <Divider />
            <Title order={3} size="h6">
              {a.cellSet}
            </Title>
            <AmbitionForm
              key={start?.id ?? 'new'}
              schoolId={props.schoolId}
              schooljaar={props.schooljaar}
              cell={cell}
              existing={props.ambitions}
              start={start?.target}
              onSaved={props.onSaved}
            />
          </>
        )}
      </Stack>
    </Modal>
  );
}
