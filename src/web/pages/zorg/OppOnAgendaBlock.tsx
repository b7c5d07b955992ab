import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { GroupAgenda } from '../../api/zorg';
import { useI18n } from '../../i18n';
import { StatusBadge } from './parts';

type OppOnAgenda = GroupAgenda['opps'][number];

const TRACK_TONE: Record<string, string> = { true: 'gedaan', false: 'niet', null: 'gepland' };

/** What the OPP expects and whether the pupil keeps to it, per vak, with the way to the OPP itself. */
export function OppOnAgendaBlock({ entry, showPupil = false }: { entry: OppOnAgenda; showPupil?: boolean }) {
  const { t, formatNumber } = useI18n();
  const l = t.bespreking.leerling;
  const track = String(entry.onTrack);
  const profiel = entry.opp.uitstroomprofiel
    ? (t.zorgUitstroom[entry.opp.uitstroomprofiel] ?? entry.opp.uitstroomprofiel)
    : l.noProfiel;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {showPupil && (
          <Anchor component={Link} to={`/leerlingen/${entry.pupil.id}`} fw={600} size="sm">
            {entry.pupil.name}
          </Anchor>
        )}
        <Text size="sm">{l.oppLine(l.oppStatus[entry.opp.status] ?? entry.opp.status, profiel)}</Text>
        <StatusBadge
          status={TRACK_TONE[track] ?? 'gepland'}
          label={t.bespreking.groep.onTrack[track] ?? track}
        />
        <Anchor component={Link} to={`/opp/${entry.opp.id}`} size="sm" className="no-print">
          {showPupil ? t.bespreking.groep.openOpp(entry.pupil.name) : l.openOpp}
        </Anchor>
      </Group>
      {entry.vakken.length > 0 && (
        <List size="sm" spacing={0}>
          {entry.vakken.map((v) => {
            const vak = t.vakken[v.vak] ?? v.vak;
            const pct = (n: number | null) => (n === null ? '–' : `${formatNumber(n)}%`);
            return (
              <List.Item key={v.vak} className={v.onTrack === false ? 'zorg-overdue' : undefined}>
                {v.expectedAvi
                  ? l.oppVakAvi(vak, v.expectedAvi)
                  : l.oppVakLine(vak, pct(v.leerrendementSince), pct(v.lrv))}
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
