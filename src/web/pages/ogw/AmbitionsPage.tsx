import { Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAmbitions, useCopyAmbitions } from '../../api/ogw';
import type { Ambition, AmbitionList } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AmbitionCellDialog } from './AmbitionCellDialog';
import { EditDialog, type Edit } from './AmbitionEditDialog';
import type { CellKey } from './AmbitionForm';
import { AmbitionGrid, ambitionsOfCell } from './AmbitionGrid';
import { AmbitionWords } from './AmbitionWords';
import { WelzijnAmbitions } from './WelzijnAmbitions';

const MOMENTS = ['B', 'M', 'E'] as const;
type Moment = (typeof MOMENTS)[number];
const isMoment = (m: string | null): m is Moment => m === 'B' || m === 'M' || m === 'E';

/** The Inspectie's signaleringswaarden for this school, beside the groep 8 ambitions. */
function Signaleringswaarden({ s }: { s: AmbitionList['signaleringswaarden'] }) {
  const { t, formatNumber } = useI18n();
  const a = t.ambities;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb={4}>
        {a.signalering}
      </Title>
      <Text size="sm">{a.signalering1F(`${formatNumber(s.ref1F * 100)} %`)}</Text>
      <Text size="sm">
        {s.ref2F !== null && s.schoolweging !== null
          ? a.signalering2F(`${formatNumber(s.ref2F * 100)} %`, formatNumber(s.schoolweging))
          : a.signalering2FMissing}
      </Text>
      {s.source && (
        <Text size="xs" c="dimmed">
          {s.source}
        </Text>
      )}
    </Paper>
  );
}

type CopyMutation = ReturnType<typeof useCopyAmbitions>;

/** The schooljaar to show, and for who manages: last year's ambitions into this one. */
function YearActions({ data, copy }: { data: AmbitionList; copy: CopyMutation }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const previous = data.schooljaren.find((y) => y < data.schooljaar);
  return (
    <Group align="flex-end" className="no-print">
      <Select
        label={t.overzicht.schooljaar}
        w={160}
        allowDeselect={false}
        value={data.schooljaar}
        data={data.schooljaren}
        onChange={(v) => {
          if (!v) return;
          const next = new URLSearchParams(params);
          next.set('schooljaar', v);
          setParams(next);
        }}
      />
      {data.abilities.includes('ambition.manage') && previous && (
        <Button
          variant="default"
          loading={copy.isPending}
          onClick={() => copy.mutate({ from: previous, to: data.schooljaar })}
        >
          {t.ambities.copy(previous)}
        </Button>
      )}
    </Group>
  );
}

/** The moment the grid shows, kept in the address. */
function MomentChoice({ moment, onChange }: { moment: Moment; onChange: (m: Moment) => void }) {
  const { t } = useI18n();
  return (
    <div className="no-print">
      <Text size="sm" fw={500} mb={4} id="ambitie-moment">
        {t.ambities.momentChoice}
      </Text>
      <SegmentedControl
        aria-labelledby="ambitie-moment"
        value={moment}
        onChange={(v) => isMoment(v) && onChange(v)}
        data={MOMENTS.map((m) => ({ value: m, label: t.overzicht.moments[m] ?? m }))}
      />
    </div>
  );
}

function AmbitionsView({ data, schoolId }: { data: AmbitionList; schoolId: string }) {
  const { t } = useI18n();
  const a = t.ambities;
  const [params, setParams] = useSearchParams();
  const copy = useCopyAmbitions(schoolId);
  const momentParam = params.get('moment');
  const moment: Moment = isMoment(momentParam) ? momentParam : 'E';
  const [open, setOpen] = useState<CellKey | null>(null);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [saved, setSaved] = useState<Ambition | null>(null);
  const canManage = data.abilities.includes('ambition.manage');
  const setMoment = (m: Moment) => {
    const next = new URLSearchParams(params);
    next.set('moment', m);
    setParams(next);
  };
  return (
    <Stack gap="md">
      <PageHeader
        title={a.title}
        subtitle={a.intro}
        crumbs={[
          { label: t.app.home, to: '/' },
          {
            label: t.overzicht.title,
            to: `/scholen/${schoolId}/schooloverzicht?schooljaar=${data.schooljaar}`,
          },
          { label: a.title },
        ]}
        actions={<YearActions data={data} copy={copy} />}
      />
      {copy.data && (
        <Alert variant="light" color="teal" role="status">
          {a.copied(copy.data.copied, copy.data.skipped)}
        </Alert>
      )}
      {saved && saved.version > 1 && (
        <Alert variant="light" color="gray" role="status" withCloseButton onClose={() => setSaved(null)}>
          {a.savedAsChange(saved.version)}
        </Alert>
      )}
      {copy.error && <ErrorAlert error={copy.error} />}
      {!canManage && <Text c="dimmed">{a.readOnly}</Text>}
      <MomentChoice moment={moment} onChange={setMoment} />
      <AmbitionGrid data={data} moment={moment} onOpen={setOpen} />
      <Text size="xs" c="dimmed">
        {a.reference.legend}
      </Text>
      <Signaleringswaarden s={data.signaleringswaarden} />
      <AmbitionWords data={data} onEdit={setEdit} />
      <WelzijnAmbitions schoolId={schoolId} schooljaar={data.schooljaar} allowEdit />
      <AmbitionCellDialog
        key={open ? `${open.vak}-${open.jaargroep}-${open.moment}` : 'none'}
        schoolId={schoolId}
        schooljaar={data.schooljaar}
        cell={open}
        ambitions={open ? ambitionsOfCell(data.ambitions, open, true) : []}
        canManage={canManage}
        onSaved={(ambition) => {
          setSaved(ambition);
          setOpen(null);
        }}
        onEdit={(e) => {
          setOpen(null);
          setEdit(e);
        }}
        onClose={() => setOpen(null)}
      />
      <EditDialog key={edit?.ambition.id ?? 'none'} edit={edit} onClose={() => setEdit(null)} />
    </Stack>
  );
}

/** The school's ambitions of a schooljaar: a grid of jaargroep × vak per moment, and those in words. */
export function AmbitionsPage() {
  const { schoolId = '' } = useParams();
  const [params] = useSearchParams();
  const ambitions = useAmbitions(schoolId, params.get('schooljaar'));
  return (
    <QueryState query={ambitions}>{(data) => <AmbitionsView data={data} schoolId={schoolId} />}</QueryState>
  );
}
