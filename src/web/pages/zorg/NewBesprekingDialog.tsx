import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useGroup } from '../../api/queries';
import { useCreateBespreking, type BesprekingKindCode, type BesprekingList } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError, todayIso } from '../form-errors';

const KINDS: BesprekingKindCode[] = ['groepsbespreking', 'leerlingbespreking', 'zorgteam', 'oudergesprek'];
const FIELDS = ['kind', 'groepId', 'leerlingId', 'periodeId', 'plannedOn'];

/** The period that holds the day, else the last one that started before it, else the first. */
function periodOf(periods: BesprekingList['periods'], day: string): string | null {
  const holding = periods.find((p) => p.startDate <= day && day <= p.endDate);
  const started = periods.filter((p) => p.startDate <= day).at(-1);
  return (holding ?? started ?? periods[0])?.id ?? null;
}

function PupilPicker({
  groupId,
  value,
  onChange,
  error,
}: {
  groupId: string;
  value: string | null;
  onChange(value: string | null): void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const group = useGroup(groupId);
  return (
    <Select
      label={t.zorg.dialog.pupil}
      placeholder={t.zorg.dialog.choose}
      searchable
      required
      value={value}
      onChange={onChange}
      error={error}
      data={(group.data?.pupils ?? []).filter((p) => !p.leftOn).map((p) => ({ value: p.id, label: p.name }))}
    />
  );
}

function GroupTeachers({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const group = useGroup(groupId);
  return (
    <Text size="sm">{t.zorg.dialog.participantsGroup(group.data?.group.teachers.join(', ') ?? '')}</Text>
  );
}

/**
 * Plans a bespreking and opens it. A groepsbespreking is about a group and the period it closes; the
 * others about a pupil (fixed when the dialog comes from the list of pupils to discuss).
 */
export function NewBesprekingDialog({
  schoolId,
  list,
  pupil,
  onClose,
}: {
  schoolId: string;
  list: Pick<BesprekingList, 'groups' | 'periods'>;
  pupil?: { id: string; name: string };
  onClose(): void;
}) {
  const { t } = useI18n();
  const d = t.zorg.dialog;
  const navigate = useNavigate();
  const create = useCreateBespreking(schoolId);
  const [kind, setKind] = useState<BesprekingKindCode>(pupil ? 'leerlingbespreking' : 'groepsbespreking');
  const [groepId, setGroepId] = useState<string | null>(null);
  const [leerlingId, setLeerlingId] = useState<string | null>(pupil?.id ?? null);
  const [plannedOn, setPlannedOn] = useState(todayIso);
  const [periodeId, setPeriodeId] = useState<string | null>(() => periodOf(list.periods, todayIso()));
  const aboutGroup = kind === 'groepsbespreking';
  const ready =
    plannedOn !== '' && (aboutGroup ? groepId !== null && periodeId !== null : leerlingId !== null);
  const submit = async () => {
    const made = await create.mutateAsync(
      aboutGroup
        ? { kind, groepId: groepId ?? '', periodeId: periodeId ?? undefined, plannedOn }
        : { kind, leerlingId: leerlingId ?? '', plannedOn },
    );
    await navigate(`/besprekingen/${made.id}`);
  };
  const err = (field: string) => fieldError(create.error, field);
  return (
    <Modal
      opened
      onClose={onClose}
      title={pupil ? d.titleFor(pupil.name) : d.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.bespreking.close }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void submit().catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Select
            label={d.kind}
            allowDeselect={false}
            value={kind}
            onChange={(value) => value && setKind(value as BesprekingKindCode)}
            error={err('kind')}
            data={KINDS.filter((k) => !pupil || k !== 'groepsbespreking').map((k) => ({
              value: k,
              label: `${t.zorg.kinds[k] ?? k} — ${t.zorg.kindHints[k] ?? ''}`,
            }))}
          />
          {!pupil && (
            <Select
              label={aboutGroup ? d.group : d.groupOfPupil}
              placeholder={d.choose}
              required
              searchable
              value={groepId}
              onChange={(value) => {
                setGroepId(value);
                setLeerlingId(null);
              }}
              error={err('groepId')}
              data={list.groups.map((g) => ({ value: g.id, label: g.name }))}
            />
          )}
          {!aboutGroup && !pupil && groepId && (
            <PupilPicker
              groupId={groepId}
              value={leerlingId}
              onChange={setLeerlingId}
              error={err('leerlingId')}
            />
          )}
          {aboutGroup && (
            <Select
              label={d.periode}
              description={d.periodeHint}
              allowDeselect={false}
              required
              value={periodeId}
              onChange={setPeriodeId}
              error={err('periodeId')}
              data={list.periods.map((p) => ({ value: p.id, label: p.name }))}
            />
          )}
          <TextInput
            type="date"
            label={d.plannedOn}
            required
            value={plannedOn}
            onChange={(e) => setPlannedOn(e.currentTarget.value)}
            error={err('plannedOn')}
          />
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {d.participants}
            </Text>
            {aboutGroup && groepId ? (
              <GroupTeachers groupId={groepId} />
            ) : (
              <Text size="sm">{aboutGroup ? d.participantsGroupNone : d.participantsPupil}</Text>
            )}
          </Stack>
          {generalError(create.error, FIELDS) !== null && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {d.cancel}
            </Button>
            <Button type="submit" disabled={!ready} loading={create.isPending}>
              {d.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
