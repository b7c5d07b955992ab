import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { memo, useDeferredValue } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useGroepsoverzicht } from '../../api/queries';
import type { Groepsoverzicht } from '../../api/types';
import { DownloadLinks } from '../../components/DownloadLinks';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SignalLines } from '../../components/SignalText';
import { useI18n } from '../../i18n';
import { basedOn } from './based-on';
import { ClusterBoard } from './ClusterBoard';
import { DataCell, ObservationsCell } from './PupilCells';
import { GroupSection } from './GroupSection';
import { GroupSeoSection } from './GroupSeoSection';
import { FactorFields, NeedFields } from './RowEditor';
import { useRowEditor } from './useRowEditor';
import './groepsoverzicht.css';

type Pupil = Groepsoverzicht['pupils'][number];

/** The pupil's name, OPP mark and signals: memoized, so typing in the row leaves it alone. */
const NameCell = memo(function NameCell({ pupil }: { pupil: Pupil }) {
  const { t } = useI18n();
  return (
    <Table.Th scope="row" className="go-name">
      <Anchor component={Link} to={`/leerlingen/${pupil.id}`} fw={600}>
        {pupil.name}
      </Anchor>
      {pupil.hasOpp && (
        <Badge ml={6} size="xs" className="dm-mark--opp">
          {t.datamuur.oppMark}
        </Badge>
      )}
      {pupil.signals.length > 0 && (
        <div className="go-signals">
          <SignalLines signals={pupil.signals} size="xs" />
        </div>
      )}
    </Table.Th>
  );
});

function PupilRow({
  pupil,
  data,
  periodeId,
  canEdit,
}: {
  pupil: Pupil;
  data: Groepsoverzicht;
  periodeId: string;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const editor = useRowEditor(data.group.id, pupil.id, periodeId, pupil.row, canEdit);
  // Carried over from the previous period until it is confirmed or changed (then saved at version 1).
  const carried = pupil.carriedFrom !== null && editor.version === 0;
  return (
    <Table.Tr className="go-row">
      <NameCell pupil={pupil} />
      <Table.Td>
        <DataCell pupil={pupil} data={data} />
      </Table.Td>
      <Table.Td className="go-obs">
        <ObservationsCell pupil={pupil} data={data} canEdit={canEdit} />
      </Table.Td>
      <Table.Td className={`go-edit${carried ? ' go-edit--carried' : ''}`}>
        {carried && pupil.carriedFrom && (
          <Group gap={6} mb={4}>
            <Text size="xs" className="go-carried no-print">
              {t.carry.fromPeriod(pupil.carriedFrom.name)}
            </Text>
            <Text size="xs" className="go-carried go-print-only">
              {t.prints.carriedFrom(pupil.carriedFrom.name)}
            </Text>
            {canEdit && (
              <Button
                size="compact-xs"
                variant="light"
                className="no-print"
                aria-label={t.carry.confirmRow(pupil.name)}
                onClick={editor.confirm}
              >
                {t.carry.confirm}
              </Button>
            )}
          </Group>
        )}
        <FactorFields editor={editor} canEdit={canEdit} name={pupil.name} />
      </Table.Td>
      <Table.Td className="go-edit">
        <NeedFields editor={editor} canEdit={canEdit} name={pupil.name} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One row per pupil: data, observations, and the teacher's factors and needs (saved as typed). */
function OverzichtTable({ data, canEdit, rows }: { data: Groepsoverzicht; canEdit: boolean; rows: number }) {
  const { t } = useI18n();
  const g = t.groepsoverzicht;
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="sm" className="go-table" miw={1150}>
        <Table.Caption>{g.caption(data.group.name, data.periode.name)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={190}>
              {g.pupil}
            </Table.Th>
            <Table.Th scope="col" w={300}>
              {g.data}
            </Table.Th>
            <Table.Th scope="col" w={170}>
              {g.observations}
            </Table.Th>
            <Table.Th scope="col" w={270}>{`${g.stimulerend} / ${g.belemmerend.toLowerCase()}`}</Table.Th>
            <Table.Th scope="col" w={300}>
              {g.behoeften}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.pupils.slice(0, rows).map((p) => (
            <PupilRow
              key={`${p.id}-${data.periode.id}`}
              pupil={p}
              data={data}
              periodeId={data.periode.id}
              canEdit={canEdit}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The rows that fill the first screen, rendered before the others. */
const FIRST_ROWS = 6;

/**
 * The first screen's rows first, the rest and the cluster board in a second render that React may
 * interrupt: a class at once (a hundred fields) held the first row back by half a second.
 */
function OverzichtBody({ data, canEdit }: { data: Groepsoverzicht; canEdit: boolean }) {
  const all = data.pupils.length;
  const rows = useDeferredValue(all, Math.min(all, FIRST_ROWS));
  return (
    <>
      <OverzichtTable data={data} canEdit={canEdit} rows={rows} />
      {rows === all && <ClusterBoard data={data} canEdit={canEdit} />}
    </>
  );
}

export function GroepsoverzichtPage() {
  const { t } = useI18n();
  const { groupId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const overzicht = useGroepsoverzicht(groupId, params.get('periode'));
  const g = t.groepsoverzicht;
  return (
    <QueryState query={overzicht}>
      {(data) => {
        const canEdit = data.abilities.includes('groepsoverzicht.write');
        return (
          <Stack gap="md" className="go-page">
            <PageHeader
              title={g.title(data.group.name)}
              subtitle={`${data.group.schooljaar} · ${data.periode.name}${basedOn(data, t)}`}
              crumbs={[
                { label: t.app.home, to: '/' },
                { label: data.group.name, to: `/groepen/${data.group.id}` },
                { label: g.link },
              ]}
              actions={
                <Stack gap={6} align="flex-end" className="no-print">
                  <Group gap="xs">
                    <Select
                      aria-label={g.periode}
                      w={260}
                      allowDeselect={false}
                      value={data.periode.id}
                      onChange={(v) => v && setParams({ periode: v })}
                      data={data.periods.map((p) => ({ value: p.id, label: p.name }))}
                    />
                    <Button variant="default" onClick={() => window.print()}>
                      {g.print}
                    </Button>
                  </Group>
                  <DownloadLinks label={t.exports.groupExport} base={`/groups/${data.group.id}/export`} />
                </Stack>
              }
            />
            {!canEdit && (
              <Text size="sm" c="dimmed">
                {g.readOnly}
              </Text>
            )}
            <GroupSection groupId={data.group.id} periodeId={data.periode.id} canEdit={canEdit} />
            <OverzichtBody data={data} canEdit={canEdit} />
            <GroupSeoSection groupId={data.group.id} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
