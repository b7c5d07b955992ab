import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { memo, useState } from 'react';
import { useObserveFromOverview } from '../../api/groepsoverzicht';
import type { Groepsoverzicht } from '../../api/types';
import { LevelBadge } from '../../components/LevelBadge';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';

type Pupil = Groepsoverzicht['pupils'][number];
type Observation = Pupil['observations'][number];
const TREND: Record<string, string> = { omhoog: '↑', omlaag: '↓', gelijk: '=' };
const SHORT: Record<string, string> = {
  'rekenen-wiskunde': 'RW',
  spelling: 'SP',
  'begrijpend-lezen': 'BL',
  'technisch-lezen': 'TL',
};

/** A vak without a result at its meetpunt: said so, with the latest earlier result named as such. */
function NoResult({ v, meetpunt }: { v: Pupil['vakken'][string] | undefined; meetpunt: string | null }) {
  const { t } = useI18n();
  if (!v?.last)
    return (
      <td colSpan={5} className="go-mini__none">
        {t.groepsoverzicht.noData}
      </td>
    );
  return (
    <td colSpan={5} className="go-mini__none go-mini__missed">
      {meetpunt ? `${t.gaps.noResultAt(meetpunt)} · ` : ''}
      {t.gaps.lastResult(v.last.level, v.last.moment)}
    </td>
  );
}

/** Memoized, like ObservationsCell: typing in the row's fields must not render the row's data again. */
export const DataCell = memo(function DataCell({ pupil, data }: { pupil: Pupil; data: Groepsoverzicht }) {
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
        {data.vakken.map((vak) => {
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
                        className={`dm-move dm-move--${v.trend}`}
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
                <NoResult v={v} meetpunt={data.vakMeetpunten[vak] ?? null} />
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});

/** "uit periode 1" when the date lies in a period of this year, else the date itself. */
function useFromWhen(data: Groepsoverzicht) {
  const { t, formatDate } = useI18n();
  return (date: string, paper = false) => {
    const periode = data.periods.find((p) => p.startDate <= date && date <= p.endDate);
    // On paper a fact, not the screen's question to the teacher.
    if (paper)
      return periode ? t.prints.carriedFrom(periode.name) : t.prints.observationFrom(formatDate(date));
    return periode ? t.carry.fromPeriod(periode.name) : t.carry.observationFrom(formatDate(date));
  };
}

/** An observation from before this period: confirmed as it is in one click, or changed. */
function EarlierObservation({
  o,
  pupil,
  data,
  canEdit,
}: {
  o: Observation;
  pupil: Pupil;
  data: Groepsoverzicht;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const c = t.carry;
  const observe = useObserveFromOverview(data.group.id);
  const fromWhen = useFromWhen(data);
  const [editing, setEditing] = useState(false);
  const [rating, setRating] = useState(o.waardering === null ? null : String(o.waardering));
  const [note, setNote] = useState(o.toelichting ?? '');
  const aspect = t.aspects[o.aspect as keyof typeof t.aspects] ?? o.aspect;
  const send = (waardering: number | null, toelichting: string | null) =>
    observe.mutate({
      pupilId: pupil.id,
      observation: { aspect: o.aspect as 'werkhouding', waardering, toelichting },
    });
  return (
    <Stack gap={2}>
      <Text size="xs" className="go-carried no-print">
        {fromWhen(o.date)}
      </Text>
      <Text size="xs" className="go-carried go-print-only">
        {fromWhen(o.date, true)}
      </Text>
      {!canEdit ? null : editing ? (
        <Stack gap={4} className="no-print">
          <Select
            size="xs"
            aria-label={`${t.pupil.rating}: ${aspect}`}
            value={rating}
            onChange={setRating}
            data={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t.ratings[n] ?? String(n) }))}
          />
          <TextInput
            size="xs"
            aria-label={`${t.pupil.note}: ${aspect}`}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group gap={4}>
            <Button
              size="compact-xs"
              loading={observe.isPending}
              onClick={() => send(rating ? Number(rating) : null, note.trim() || null)}
            >
              {c.saveObservation}
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => setEditing(false)}>
              {c.cancel}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap={4} className="no-print">
          <Button
            size="compact-xs"
            variant="light"
            aria-label={c.confirmObservation(aspect, pupil.name)}
            loading={observe.isPending}
            onClick={() => send(o.waardering, o.toelichting)}
          >
            {c.confirm}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            aria-label={c.changeObservationOf(aspect, pupil.name)}
            onClick={() => setEditing(true)}
          >
            {c.changeObservation}
          </Button>
        </Group>
      )}
      {observe.error !== null && <ErrorAlert error={observe.error} />}
    </Stack>
  );
}

export const ObservationsCell = memo(function ObservationsCell({
  pupil,
  data,
  canEdit,
}: {
  pupil: Pupil;
  data: Groepsoverzicht;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  if (pupil.observations.length === 0) return <>{t.groepsoverzicht.noObservations}</>;
  return (
    <Stack gap={6}>
      {pupil.observations.map((o) => (
        <div key={o.aspect} className={o.earlier ? 'go-obs--earlier' : undefined}>
          <Text size="xs">
            <b>{t.aspects[o.aspect as keyof typeof t.aspects] ?? o.aspect}</b>
            {o.waardering !== null ? `: ${t.ratings[o.waardering] ?? o.waardering}` : ''}
            {o.toelichting ? ` — ${o.toelichting}` : ''}
          </Text>
          {o.earlier && <EarlierObservation o={o} pupil={pupil} data={data} canEdit={canEdit} />}
        </div>
      ))}
    </Stack>
  );
});
