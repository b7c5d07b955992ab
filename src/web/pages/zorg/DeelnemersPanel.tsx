import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  MultiSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { usePupilZorg, type BesprekingDetail, type DeelnemerInput } from '../../api/zorg';
import { useI18n } from '../../i18n';
import type { BesprekingEditor } from './useBesprekingEditor';

type Extern = Extract<DeelnemerInput, { kind: 'extern' }>;

const isExtern = (d: DeelnemerInput): d is Extern => d.kind === 'extern';

/** The participants as text: for print, and for whoever may only read. */
function ParticipantList({ bespreking }: { bespreking: BesprekingDetail }) {
  const { t } = useI18n();
  const b = t.bespreking;
  if (bespreking.deelnemers.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {b.noParticipants}
      </Text>
    );
  return (
    <Text size="sm">
      {bespreking.deelnemers
        .map((d) =>
          d.kind === 'medewerker'
            ? d.name
            : d.kind === 'verzorger'
              ? b.verzorgerLine(d.name, d.role ?? '')
              : b.externalLine(d.name, d.role, d.organisation),
        )
        .join('; ')}
    </Text>
  );
}

function AddExternal({ onAdd }: { onAdd(extern: Extern): void }) {
  const { t } = useI18n();
  const b = t.bespreking;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  if (!open)
    return (
      <Group>
        <Button size="compact-sm" variant="light" onClick={() => setOpen(true)}>
          {b.addExternal}
        </Button>
      </Group>
    );
  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        size="xs"
        label={b.externalName}
        data-autofocus
        autoFocus
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <TextInput
        size="xs"
        label={b.externalRole}
        value={role}
        onChange={(e) => setRole(e.currentTarget.value)}
      />
      <TextInput
        size="xs"
        label={b.externalOrganisation}
        value={organisation}
        onChange={(e) => setOrganisation(e.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="default"
        disabled={name.trim() === ''}
        onClick={() => {
          onAdd({
            kind: 'extern',
            name: name.trim(),
            role: role.trim() || null,
            organisation: organisation.trim() || null,
          });
          setName('');
          setRole('');
          setOrganisation('');
          setOpen(false);
        }}
      >
        {b.addExternalConfirm}
      </Button>
    </Group>
  );
}

function Verzorgers({ pupilId, editor }: { pupilId: string; editor: BesprekingEditor }) {
  const { t } = useI18n();
  const b = t.bespreking;
  const zorg = usePupilZorg(pupilId);
  const verzorgers = zorg.data?.verzorgers ?? [];
  const chosen = new Set(
    editor.draft.deelnemers.flatMap((d) => (d.kind === 'verzorger' ? [d.verzorgerId] : [])),
  );
  if (!zorg.data) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {b.verzorgers}
      </Text>
      {verzorgers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {b.noVerzorgers}
        </Text>
      ) : (
        verzorgers.map((v) => (
          <Checkbox
            key={v.id}
            size="sm"
            label={b.verzorgerLine(v.name, v.relation)}
            checked={chosen.has(v.id)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              editor.edit((d) => ({
                ...d,
                deelnemers: on
                  ? [...d.deelnemers, { kind: 'verzorger', verzorgerId: v.id }]
                  : d.deelnemers.filter((x) => !(x.kind === 'verzorger' && x.verzorgerId === v.id)),
              }));
            }}
          />
        ))
      )}
    </Stack>
  );
}

/** Who takes part: staff of the school, external experts with role and organisation, and verzorgers. */
export function DeelnemersPanel({
  bespreking,
  editor,
  canWrite,
}: {
  bespreking: BesprekingDetail;
  editor: BesprekingEditor;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  const deelnemers = editor.draft.deelnemers;
  const staffIds = deelnemers.flatMap((d) => (d.kind === 'medewerker' ? [d.userId] : []));
  const externals = deelnemers.filter(isExtern);
  const setStaff = (ids: string[]) =>
    editor.edit((d) => ({
      ...d,
      deelnemers: [
        ...ids.map((userId): DeelnemerInput => ({ kind: 'medewerker', userId })),
        ...d.deelnemers.filter((x) => x.kind !== 'medewerker'),
      ],
    }));
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {b.participants}
      </Title>
      <div className="print-only">
        <ParticipantList bespreking={bespreking} />
      </div>
      {!canWrite ? (
        <div className="no-print">
          <ParticipantList bespreking={bespreking} />
        </div>
      ) : (
        <Stack gap="sm" className="no-print">
          <MultiSelect
            label={b.staff}
            placeholder={staffIds.length === 0 ? b.staffPlaceholder : undefined}
            searchable
            value={staffIds}
            onChange={setStaff}
            data={bespreking.staff.map((s) => ({ value: s.id, label: s.name }))}
          />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {b.externals}
            </Text>
            {externals.length === 0 && (
              <Text size="sm" c="dimmed">
                {b.noExternals}
              </Text>
            )}
            {externals.map((x, i) => (
              <Group key={`${x.name}-${i}`} gap={4} wrap="nowrap">
                <Text size="sm">{b.externalLine(x.name, x.role ?? null, x.organisation ?? null)}</Text>
                <CloseButton
                  size="sm"
                  aria-label={b.removeExternal(x.name)}
                  onClick={() =>
                    editor.edit((d) => ({ ...d, deelnemers: d.deelnemers.filter((y) => y !== x) }))
                  }
                />
              </Group>
            ))}
            <AddExternal
              onAdd={(extern) => editor.edit((d) => ({ ...d, deelnemers: [...d.deelnemers, extern] }))}
            />
          </Stack>
          {bespreking.pupil && <Verzorgers pupilId={bespreking.pupil.id} editor={editor} />}
        </Stack>
      )}
    </Stack>
  );
}
