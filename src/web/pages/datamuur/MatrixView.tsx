import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useGroupAnalysis } from '../../api/queries';
import { LevelBadge } from '../../components/LevelBadge';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { byVerlengd, verlengdCount } from './wall';

/** Pupils × vakken, each cell in the colour of its instruction group: who needs extended instruction in more than one vak. */
export function MatrixView({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const analysis = useGroupAnalysis(groupId);
  return (
    <QueryState query={analysis}>
      {(data) => {
        const pupils = byVerlengd(data.pupils, data.vakken);
        return (
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table verticalSpacing={4} className="dm-matrix">
              <Table.Caption>
                {t.datamuur.matrixCaption} · {data.meetpunt}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.datamuur.pupil}</Table.Th>
                  {data.vakken.map((v) => (
                    <Table.Th scope="col" key={v}>
                      {t.vakken[v] ?? v}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pupils.map((p) => {
                  const n = verlengdCount(p, data.vakken);
                  return (
                    <Table.Tr key={p.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/leerlingen/${p.id}`}>
                          {p.name}
                        </Anchor>
                        {n >= 2 && (
                          <Badge
                            ml={6}
                            size="sm"
                            variant="light"
                            color="red"
                            title={t.datamuur.multiVerlengd}
                          >
                            {t.datamuur.moreThanOne(n)}
                          </Badge>
                        )}
                      </Table.Th>
                      {data.vakken.map((v) => {
                        const a = p.vakken[v];
                        const instructie = a?.placement.effective?.instructie ?? null;
                        return (
                          <Table.Td key={v} className={`dm-cell dm-cell--${instructie ?? 'geen'}`}>
                            {instructie ? (
                              <>
                                <LevelBadge level={a?.current?.level ?? null} size="sm" />{' '}
                                <Text span size="sm">
                                  {t.datamuur.columns[instructie]?.title}
                                </Text>
                              </>
                            ) : (
                              <Text span size="sm" c="dimmed">
                                –
                              </Text>
                            )}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      }}
    </QueryState>
  );
}
