import { Anchor, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { usePatchAfspraak, type Afspraak } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { StatusBadge } from './parts';
import './zorg.css';

function linkTo(afspraak: Afspraak): string | null {
  const link = afspraak.link;
  if (!link) return null;
  if (link.kind === 'groepsplan') return `/groepsplannen/${link.id}`;
  if (link.kind === 'opp') return `/opp/${link.id}`;
  return `/scholen/${afspraak.schoolId}/ambities`;
}

/** Where the afspraak comes from and what it is about: bespreking, group, pupil, as links. */
function About({ afspraak, linkNames }: { afspraak: Afspraak; linkNames: boolean }) {
  const { t, formatDate } = useI18n();
  const parts = [
    afspraak.bespreking && {
      to: `/besprekingen/${afspraak.bespreking.id}`,
      label: t.afspraak.fromBespreking(
        t.zorg.kinds[afspraak.bespreking.kind] ?? afspraak.bespreking.kind,
        formatDate(afspraak.bespreking.plannedOn),
      ),
    },
    afspraak.group && { to: `/groepen/${afspraak.group.id}`, label: afspraak.group.name },
    afspraak.pupil && { to: `/leerlingen/${afspraak.pupil.id}`, label: afspraak.pupil.name },
  ].filter((p): p is { to: string; label: string } => Boolean(p));
  if (parts.length === 0) return <Text size="sm">{t.bespreking.empty}</Text>;
  return (
    <Stack gap={0}>
      {parts.map((p) =>
        linkNames || p.to.startsWith('/besprekingen/') ? (
          <Anchor key={p.to} component={Link} to={p.to} size="sm">
            {p.label}
          </Anchor>
        ) : (
          <Text key={p.to} size="sm">
            {p.label}
          </Text>
        ),
      )}
    </Stack>
  );
}

export function Deadline({ afspraak }: { afspraak: Pick<Afspraak, 'deadline' | 'overdue' | 'status'> }) {
  const { t, formatDate } = useI18n();
  if (!afspraak.deadline)
    return (
      <Text size="sm" c="dimmed">
        {t.afspraak.noDeadline}
      </Text>
    );
  if (afspraak.overdue && afspraak.status === 'open')
    return (
      <Text size="sm" className="zorg-overdue">
        {t.zorgHome.overdue(formatDate(afspraak.deadline))}
      </Text>
    );
  return <Text size="sm">{formatDate(afspraak.deadline)}</Text>;
}

function AfspraakRow({
  afspraak: x,
  showOwner,
  showAbout,
  linkNames,
  mayAct,
  busy,
  onToggle,
}: {
  afspraak: Afspraak;
  showOwner: boolean;
  showAbout: boolean;
  linkNames: boolean;
  /** Whether the table has the column of buttons at all. */
  mayAct: boolean;
  busy: boolean;
  onToggle(): void;
}) {
  const { t } = useI18n();
  const a = t.afspraak;
  const to = linkTo(x);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {x.text}
        </Text>
        {x.link && to && (
          <Anchor component={Link} to={to} size="xs">
            {a.linkKinds[x.link.kind]}
          </Anchor>
        )}
      </Table.Td>
      {showOwner && (
        <Table.Td>
          <Text size="sm">{x.owner.name}</Text>
        </Table.Td>
      )}
      <Table.Td>
        <Deadline afspraak={x} />
      </Table.Td>
      {showAbout && (
        <Table.Td>
          <About afspraak={x} linkNames={linkNames} />
        </Table.Td>
      )}
      <Table.Td>
        <StatusBadge status={x.status} label={a.statuses[x.status] ?? x.status} />
      </Table.Td>
      {mayAct && (
        <Table.Td className="no-print">
          {x.mayChangeStatus && (
            <Button
              size="compact-sm"
              variant={x.status === 'open' ? 'light' : 'subtle'}
              aria-label={x.status === 'open' ? a.closeLabel(x.text) : a.reopenLabel(x.text)}
              loading={busy}
              onClick={onToggle}
            >
              {x.status === 'open' ? a.close : a.reopen}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** Afspraken with owner, deadline (red when overdue) and state; whoever may, closes or reopens one. */
export function AfsprakenTable({
  afspraken,
  caption,
  empty,
  showAbout = true,
  showOwner = true,
  linkNames = true,
}: {
  afspraken: Afspraak[];
  caption: string;
  empty: string;
  showAbout?: boolean;
  /** Without it, the list is one person's own. */
  showOwner?: boolean;
  /** Group and pupil as links; the start page names them only (its links are the groups' own cards). */
  linkNames?: boolean;
}) {
  const { t } = useI18n();
  const a = t.afspraak;
  const change = usePatchAfspraak();
  if (afspraken.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  const mayAct = afspraken.some((x) => x.mayChangeStatus);
  return (
    <Stack gap="xs">
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="xs" miw={640} className="afspraken-table">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{a.text}</Table.Th>
              {showOwner && (
                <Table.Th scope="col" w={160}>
                  {a.owner}
                </Table.Th>
              )}
              <Table.Th scope="col" w={170}>
                {a.deadline}
              </Table.Th>
              {showAbout && (
                <Table.Th scope="col" w={250}>
                  {a.about}
                </Table.Th>
              )}
              <Table.Th scope="col" w={100}>
                {a.status}
              </Table.Th>
              {mayAct && <Table.Th scope="col" w={120} className="no-print" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {afspraken.map((x) => (
              <AfspraakRow
                key={x.id}
                afspraak={x}
                showOwner={showOwner}
                showAbout={showAbout}
                linkNames={linkNames}
                mayAct={mayAct}
                busy={change.isPending && change.variables?.id === x.id}
                onToggle={() =>
                  change.mutate({
                    id: x.id,
                    version: x.version,
                    status: x.status === 'open' ? 'gedaan' : 'open',
                  })
                }
              />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {change.error !== null && <ErrorAlert error={change.error} />}
    </Stack>
  );
}
