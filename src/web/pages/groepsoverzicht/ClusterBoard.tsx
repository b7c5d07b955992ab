import { Group, Paper, Select, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useMoveToCluster } from '../../api/queries';
import type { Groepsoverzicht } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';

const CLUSTERS = ['verkort', 'basis', 'verlengd', 'intensief'];

type Pupil = Groepsoverzicht['pupils'][number];

/**
 * Pupils without a result for the vak (they missed the test) and without a cluster the teacher chose:
 * never dropped from the board, but in their own lane until the teacher places them.
 */
function Unplaced({
  vak,
  pupils,
  canEdit,
  onPlace,
}: {
  vak: string;
  pupils: Pupil[];
  canEdit: boolean;
  onPlace(pupilId: string, cluster: string): void;
}) {
  const { t } = useI18n();
  const g = t.groepsoverzicht;
  return (
    <Stack gap={6} className="go-cluster go-cluster--none" mb="sm" aria-label={t.gaps.clusterLane}>
      <Text fw={600} size="sm">
        {`${t.gaps.clusterLane} (${pupils.length})`}
      </Text>
      <Text size="xs" c="dimmed">
        {t.gaps.clusterLaneHint}
      </Text>
      {pupils.map((p) => {
        const last = p.vakken[vak]?.last;
        return (
          <Group key={p.id} gap="sm" className="go-cluster__member" wrap="nowrap">
            <Text size="sm" fw={500}>
              {p.name}
            </Text>
            {last && (
              <Text size="xs" c="dimmed">
                {t.gaps.lastResult(last.level, last.moment)}
              </Text>
            )}
            {canEdit && (
              <Select
                size="xs"
                w={200}
                aria-label={g.clusterOf(p.name)}
                placeholder={t.gaps.chooseCluster}
                value={null}
                onChange={(next) => next && onPlace(p.id, next)}
                data={CLUSTERS.map((k) => ({ value: k, label: g.clusterNames[k] ?? k }))}
              />
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

/** Per vak: the pupils in clusters, starting from the datamuur, with their didactic needs beside them. */
export function ClusterBoard({ data, canEdit }: { data: Groepsoverzicht; canEdit: boolean }) {
  const { t } = useI18n();
  const g = t.groepsoverzicht;
  const moveToCluster = useMoveToCluster(data.group.id, data.periode.id);
  const [vak, setVak] = useState<string | null>(data.vakken[0] ?? null);
  const move = (pupilId: string, cluster: string) => {
    if (vak) moveToCluster.mutate({ vak, pupilId, cluster });
  };
  if (data.vakken.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" className="no-print" id="clusters">
      <Title order={2} size="h3" mb={4}>
        {g.clusters}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {g.clustersIntro}
      </Text>
      {moveToCluster.error !== null && <ErrorAlert error={moveToCluster.error} />}
      <Tabs value={vak} onChange={setVak}>
        <Tabs.List mb="sm">
          {data.vakken.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t.vakken[v] ?? v}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {data.vakken.map((v) => {
          const assigned = data.clusters[v] ?? {};
          const unplaced = data.pupils.filter((p) => !assigned[p.id]);
          return (
            <Tabs.Panel key={v} value={v}>
              {unplaced.length > 0 && (
                <Unplaced
                  vak={v}
                  pupils={unplaced}
                  canEdit={canEdit}
                  onPlace={(id, c) => vak && move(id, c)}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
                {CLUSTERS.map((c) => {
                  const members = data.pupils.filter((p) => assigned[p.id] === c);
                  return (
                    <Stack key={c} gap={6} className={`go-cluster go-cluster--${c}`}>
                      <Text fw={600} size="sm">
                        {g.clusterNames[c]} ({members.length})
                      </Text>
                      {members.map((p) => (
                        <Stack key={p.id} gap={2} className="go-cluster__member">
                          <Text size="sm" fw={500}>
                            {p.name}
                          </Text>
                          {p.row.behoefteDidactisch && (
                            <Text size="xs" c="dimmed" lineClamp={2}>
                              {p.row.behoefteDidactisch}
                            </Text>
                          )}
                          {canEdit && (
                            <Select
                              size="xs"
                              aria-label={g.clusterOf(p.name)}
                              value={c}
                              allowDeselect={false}
                              onChange={(next) => next && next !== c && move(p.id, next)}
                              data={CLUSTERS.map((k) => ({ value: k, label: g.clusterNames[k] ?? k }))}
                            />
                          )}
                        </Stack>
                      ))}
                    </Stack>
                  );
                })}
              </SimpleGrid>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Paper>
  );
}
