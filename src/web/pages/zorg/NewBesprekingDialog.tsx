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

function Participants({ aboutGroup, groepId }: { aboutGroup: boolean; groepId: string | null }) {
  const { t } = useI18n();
  const d = t.zorg.dialog;
  return (
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
  );
}

/** The dialog's fields, whether it can be sent, and sending it (then opening the new bespreking). */
function useNewBesprekingForm(
  schoolId: string,
  periods: BesprekingList['periods'],
  pupil: { id: string } | undefined,
) {
  const navigate = useNavigate();
  const create = useCreateBespreking(schoolId);
  const [kind, setKind] = useState<BesprekingKindCode>(pupil ? 'leerlingbespreking' : 'groepsbespreking');
  const [groepId, setGroepId] = useState<string | null>(null);
  const [leerlingId, setLeerlingId] = useState<string | null>(pupil?.id ?? null);
  const [plannedOn, setPlannedOn] = useState(todayIso);
  const [periodeId, setPeriodeId] = useState<string | null>(() => periodOf(periods, todayIso()));
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
  return {
    create,
    kind,
    setKind,
    groepId,
    setGroepId,
    leerlingId,
    setLeerlingId,
    plannedOn,
    setPlannedOn,
    periodeId,
    setPeriodeId,
    aboutGroup,
    ready,
    submit,
    err,
  };
}

type NewBesprekingForm = ReturnType<typeof useNewBesprekingForm>;

/** Kind, group (or the group's pupil), period and date; with a fixed pupil only kind and date. */
function BesprekingFields({
  form: f,
  list,
  fixedPupil,
}: {
  form: NewBesprekingForm;
  list: Pick<BesprekingList, 'groups' | 'periods'>;
  fixedPupil: boolean;
}) {
  const { t } = useI18n();
  const d = t.zorg.dialog;
  const { aboutGroup, groepId, err } = f;
  return (
    <>
      <Select
        label={d.kind}
        allowDeselect={false}
        value={f.kind}
        onChange={(value) => value && f.setKind(value as BesprekingKindCode)}
        error={err('kind')}
        data={KINDS.filter((k) => !fixedPupil || k !== 'groepsbespreking').map((k) => ({
          value: k,
          label: `${t.zorg.kinds[k] ?? k} — ${t.zorg.kindHints[k] ?? ''}`,
        }))}
      />
      {!fixedPupil && (
        <Select
          label={aboutGroup ? d.group : d.groupOfPupil}
          placeholder={d.choose}
          required
          searchable
          value={groepId}
          onChange={(value) => {
            f.setGroepId(value);
            f.setLeerlingId(null);
          }}
          error={err('groepId')}
          data={list.groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      )}
      {!aboutGroup && !fixedPupil && groepId && (
        <PupilPicker
          groupId={groepId}
          value={f.leerlingId}
          onChange={f.setLeerlingId}
          error={err('leerlingId')}
        />
      )}
      {aboutGroup && (
        <Select
          label={d.periode}
          description={d.periodeHint}
          allowDeselect={false}
          required
          value={f.periodeId}
          onChange={f.setPeriodeId}
          error={err('periodeId')}
          data={list.periods.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <TextInput
        type="date"
        label={d.plannedOn}
        required
        value={f.plannedOn}
        onChange={(e) => f.setPlannedOn(e.currentTarget.value)}
        error={err('plannedOn')}
      />
    </>
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
  const f = useNewBesprekingForm(schoolId, list.periods, pupil);
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
          if (f.ready) void f.submit().catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <BesprekingFields form={f} list={list} fixedPupil={pupil !== undefined} />
          <Participants aboutGroup={f.aboutGroup} groepId={f.groepId} />
          {generalError(f.create.error, FIELDS) !== null && <ErrorAlert error={f.create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {d.cancel}
            </Button>
            <Button type="submit" disabled={!f.ready} loading={f.create.isPending}>
              {d.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
