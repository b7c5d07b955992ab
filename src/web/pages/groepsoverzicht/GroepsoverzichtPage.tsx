import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useGroepsoverzicht } from '../../api/queries';
import type { Groepsoverzicht } from '../../api/types';
import { DownloadLinks } from '../../components/DownloadLinks';
import { LevelBadge } from '../../components/LevelBadge';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { ClusterBoard } from './ClusterBoard';
import { FactorFields, NeedFields } from './RowEditor';
import { useRowEditor } from './useRowEditor';

type Pupil = Groepsoverzicht['pupils'][number];
const TREND: Record<string, string> = { omhoog: '↑', omlaag: '↓', gelijk: '=' };
const SHORT: Record<string, string> = {
  'rekenen-wiskunde': 'RW',
  spelling: 'SP',
  'begrijpend-lezen': 'BL',
  'technisch-lezen': 'TL',
};

function DataCell({ pupil, vakken }: { pupil: Pupil; vakken: string[] }) {
  const { t, formatNumber } = useI18n();
  const g = t.groepsoverzicht;
  return (
    <table className="go-mini">
      <thead>
        <tr>
          <th scope="col">{g.vakShort}</th>
          <th scope="col">{g.levelShort}</th>
          <th scope="col">{t.group.vs}</th>
          <th scope="col">{g.winst}</th>
          <th scope="col">{g.fnShort}</th>
          <th scope="col">{g.instructieShort}</th>
        </tr>
      </thead>
      <tbody>
        {vakken.map((vak) => {
          const v = pupil.vakken[vak];
          return (
            <tr key={vak}>
              <th scope="row" title={t.vakken[vak] ?? vak}>
                {SHORT[vak] ?? vak}
              </th>
              {v?.level ? (
                <>
                  <td>
                    <LevelBadge level={v.level} size="sm" />
                    {v.trend && (
                      <span
                        className={`dm-move dm-move--${v.trend === 'omhoog' ? 'omhoog' : v.trend === 'omlaag' ? 'omlaag' : 'gelijk'}`}
                        title={v.previousLevel ? `${v.previousLevel} → ${v.level}` : undefined}
                      >
                        {' '}
                        {TREND[v.trend]}
                      </span>
                    )}
                  </td>
                  <td>{formatNumber(v.score)}</td>
                  <td title={v.percentile !== null ? g.pct(Math.round(v.percentile)) : undefined}>
                    {v.growth !== null ? `${v.growth > 0 ? '+' : ''}${formatNumber(v.growth)}` : '–'}
                  </td>
                  <td>{v.functioneringsniveau ?? '–'}</td>
                  <td>
                    {v.instructie
                      ? `${t.datamuur.columns[v.instructie]?.title.split(' ')[0]}${v.instructieByTeacher ? '*' : ''}`
                      : '–'}
                  </td>
                </>
              ) : (
                <td colSpan={5} className="go-mini__none">
                  {g.noData}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

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
  return (
    <Table.Tr className="go-row">
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
          <ul className="go-signals">
            {pupil.signals.map((s) => (
              <li key={`${s.rule}-${s.vak ?? ''}`}>{s.reason}</li>
            ))}
          </ul>
        )}
      </Table.Th>
      <Table.Td>
        <DataCell pupil={pupil} vakken={data.vakken} />
      </Table.Td>
      <Table.Td className="go-obs">
        {pupil.observations.length === 0
          ? t.groepsoverzicht.noObservations
          : pupil.observations.map((o) => (
              <Text size="xs" key={o.aspect}>
                <b>{t.aspects[o.aspect as keyof typeof t.aspects] ?? o.aspect}</b>
                {o.waardering !== null ? `: ${t.ratings[o.waardering] ?? o.waardering}` : ''}
                {o.toelichting ? ` — ${o.toelichting}` : ''}
              </Text>
            ))}
      </Table.Td>
      <Table.Td className="go-edit">
        <FactorFields editor={editor} canEdit={canEdit} name={pupil.name} />
      </Table.Td>
      <Table.Td className="go-edit">
        <NeedFields editor={editor} canEdit={canEdit} name={pupil.name} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One row per pupil: data, observations, and the teacher's factors and needs (saved as typed). */
function OverzichtTable({ data, canEdit }: { data: Groepsoverzicht; canEdit: boolean }) {
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
          {data.pupils.map((p) => (
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
              subtitle={`${data.group.schooljaar} · ${data.periode.name}${data.meetpunt ? ` · ${g.basedOn(data.meetpunt)}` : ''}`}
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
            <OverzichtTable data={data} canEdit={canEdit} />
            <ClusterBoard data={data} canEdit={canEdit} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
