import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useGroupSeo, type GroupSeo } from '../../api/seo-scores';
import { SeoScoreBadge } from '../../components/SeoScoreBadge';
import { useI18n } from '../../i18n';

type Column = GroupSeo['columns'][number];

function ColumnHeader({ column, instruments }: { column: Column; instruments: number }) {
  const { t } = useI18n();
  const s = t.seoScores;
  // The instrument's name only where the group has more than one; the list always, as a scale can be on both.
  const list = s.list(column.lijst).toLowerCase();
  return (
    <Table.Th scope="col">
      {s.scale(column.schaal)}
      <Text span display="block" size="xs" c="dimmed" fw={400}>
        {instruments > 1 ? `${s.instrument(column.instrument)}, ${list}` : list}
        {column.higherIsBetter ? '' : ` (${s.highIsBad})`}
      </Text>
    </Table.Th>
  );
}

/**
 * The groepsoverzicht's social-emotional columns: per pupil the latest score of the schooljaar per
 * instrument, list and scale, with band and the instrument's signal. Nothing where the group has none.
 */
export function GroupSeoSection({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const s = t.seoScores;
  const seo = useGroupSeo(groupId);
  const data = seo.data;
  if (!data || data.columns.length === 0) return null;
  const instruments = [...new Set(data.columns.map((c) => c.instrument))];
  const title = `${s.groupTitle} (${instruments.map(s.instrument).join(', ')})`;
  return (
    // Not printed: the A4 groepsoverzicht holds the pupils' rows whole (e2e/prints.spec.ts).
    <Paper withBorder radius="md" p="md" component="section" aria-label={title} className="no-print">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {s.groupIntro(data.schooljaar)}
        </Text>
        <Table.ScrollContainer minWidth={1250}>
          <Table striped withTableBorder verticalSpacing={4} className="go-seo">
            <Table.Caption>{s.groupCaption(data.schooljaar)}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{s.pupilHeader}</Table.Th>
                {data.columns.map((c) => (
                  <ColumnHeader key={c.key} column={c} instruments={instruments.length} />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.pupils.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/leerlingen/${p.id}`} size="sm">
                      {p.name}
                    </Anchor>
                  </Table.Th>
                  {data.columns.map((c) => {
                    const cell = p.cells[c.key];
                    return (
                      <Table.Td key={c.key}>
                        {cell ? (
                          <SeoScoreBadge score={cell} />
                        ) : (
                          <Text span size="xs" c="dimmed" title={s.noScore}>
                            –
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
