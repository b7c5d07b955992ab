import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SchoolList } from '../../api/types';
import { DownloadLinks } from '../../components/DownloadLinks';
import { useI18n } from '../../i18n';

type SchoolSummary = SchoolList['schools'][number];

/**
 * The schoolleider's school on the start page: the school-wide screens where the OGW work is done,
 * instead of the IB's wall of groups (the groups are one click away in the cycle of all groups).
 */
export function LeaderSection({ school }: { school: SchoolSummary }) {
  const { t } = useI18n();
  const can = (permission: SchoolSummary['abilities'][number]) => school.abilities.includes(permission);
  const base = `/scholen/${school.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`leader-${school.id}`}>
      <Stack gap="sm">
        <Stack gap={0}>
          <Title order={2} size="h3" id={`leader-${school.id}`}>
            {t.todos.schoolLinks}
          </Title>
          <Text size="sm" c="dimmed">
            {school.name}
          </Text>
        </Stack>
        <Group gap="sm">
          {can('statistics.read') && (
            <>
              <Button component={Link} to={`${base}/schooloverzicht`} variant="light">
                {t.overzicht.link}
              </Button>
              <Button component={Link} to={`${base}/ambities`} variant="light">
                {t.overzicht.ambitionsLink}
              </Button>
              <Button component={Link} to={`${base}/trends`} variant="light">
                {t.overzicht.trendsLink}
              </Button>
              <Button component={Link} to={`${base}/tevredenheid`} variant="light">
                {t.tevredenheid.link}
              </Button>
              <Button component={Link} to={`${base}/veiligheid`} variant="light">
                {t.veiligheid.link}
              </Button>
            </>
          )}
          {can('pupil.read') && (
            <>
              <Button component={Link} to={`${base}/cyclus`} variant="light">
                {t.cycle.schoolLink}
              </Button>
              <Button component={Link} to={`${base}/schooladvies`} variant="light">
                {t.schooladvies.link}
              </Button>
            </>
          )}
          {can('settings.manage') && (
            <Button component={Link} to={`${base}/instellingen`} variant="subtle">
              {t.settings.link}
            </Button>
          )}
          {can('audit.read') && (
            <Button component={Link} to={`${base}/audit`} variant="subtle">
              {t.privacy.auditLink}
            </Button>
          )}
        </Group>
        {can('statistics.read') && (
          <DownloadLinks label={t.exports.schoolExport} base={`/schools/${school.id}/results/export`} />
        )}
      </Stack>
    </Paper>
  );
}
