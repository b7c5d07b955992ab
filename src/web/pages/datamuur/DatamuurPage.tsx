import { Button, Chip, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDatamuur, usePlacement } from '../../api/queries';
import type { Datamuur, DatamuurCard as Card } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { DatamuurBoard } from './DatamuurBoard';
import type { Column, NameMode } from './DatamuurCard';
import { MatrixView } from './MatrixView';
import { ReasonDialog } from './ReasonDialog';

type Filter = 'signalen' | 'verschoven' | 'opp';

function applyFilters(cards: Card[], filters: Filter[]): Card[] {
  return cards.filter(
    (c) =>
      (!filters.includes('signalen') || c.signals.length > 0) &&
      (!filters.includes('verschoven') || c.movement === 'omhoog' || c.movement === 'omlaag') &&
      (!filters.includes('opp') || c.hasOpp),
  );
}

function Controls({
  data,
  params,
  setParams,
}: {
  data: Datamuur;
  params: URLSearchParams;
  setParams(p: URLSearchParams): void;
}) {
  const { t } = useI18n();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <Group gap="md" align="flex-end" className="no-print">
      <Select
        label={t.datamuur.vak}
        w={220}
        allowDeselect={false}
        value={data.vak}
        onChange={(v) => set('vak', v)}
        data={data.vakken.map((v) => ({ value: v, label: t.vakken[v] ?? v }))}
      />
      <Select
        label={t.datamuur.meetpunt}
        w={170}
        allowDeselect={false}
        value={data.meetpunt}
        onChange={(v) => set('meetpunt', v)}
        data={[...data.meetpunten].reverse()}
      />
    </Group>
  );
}

export function DatamuurPage({ scope }: { scope: 'groep' | 'jaargroep' }) {
  const { t } = useI18n();
  const { groupId = '', schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [mode, setMode] = useState<NameMode>('namen');
  const [filters, setFilters] = useState<Filter[]>([]);
  const [askProjection, setAskProjection] = useState(false);
  const [projection, setProjection] = useState<NameMode | null>(null);
  const [moving, setMoving] = useState<{ card: Card; to: Column } | null>(null);
  const placement = usePlacement();
  const view = params.get('weergave') === 'matrix' ? 'matrix' : 'bord';
  const apiParams = new URLSearchParams();
  for (const key of ['vak', 'meetpunt', 'jaargroep', 'schooljaar']) {
    const value = params.get(key);
    if (value) apiParams.set(key, value);
  }
  const path = scope === 'groep' ? `/groups/${groupId}/datamuur` : `/schools/${schoolId}/datamuur`;
  const wall = useDatamuur(path, apiParams);

  const move = (card: Card, to: Column) => {
    placement.reset();
    setMoving({ card, to });
  };
  const resetCard = (card: Card, data: Datamuur) => {
    if (!data.vak || !card.moment || !card.schooljaar) return;
    placement.mutate({ pupilId: card.id, vak: data.vak, schooljaar: card.schooljaar, moment: card.moment });
  };

  return (
    <QueryState query={wall}>
      {(data) => {
        const canMove = data.abilities.includes('placement.write');
        const cards = applyFilters(data.cards, filters);
        const board = (nameMode: NameMode) => (
          <DatamuurBoard
            cards={cards}
            mode={nameMode}
            canMove={canMove}
            showGroup={scope === 'jaargroep'}
            onMove={move}
            onReset={(card) => resetCard(card, data)}
          />
        );
        if (projection) {
          return (
            <div
              className="dm-projection"
              role="dialog"
              aria-modal="true"
              aria-label={t.datamuur.projectTitle}
            >
              <div className="dm-projection__bar">
                <Text className="dm-projection__title">
                  {t.datamuur.title(data.title)} · {data.vak ? (t.vakken[data.vak] ?? data.vak) : ''} ·{' '}
                  {data.meetpunt}
                </Text>
                <Group gap="sm">
                  <SegmentedControl
                    size="xs"
                    aria-label={t.datamuur.show}
                    value={projection}
                    onChange={(v) => setProjection(v as NameMode)}
                    data={[
                      { value: 'initialen', label: t.datamuur.initials },
                      { value: 'nummers', label: t.datamuur.numbers },
                      { value: 'namen', label: t.datamuur.names },
                    ]}
                  />
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      setProjection(null);
                      if (document.fullscreenElement) void document.exitFullscreen();
                    }}
                  >
                    {t.datamuur.endProjection}
                  </Button>
                </Group>
              </div>
              {board(projection)}
            </div>
          );
        }
        const title = t.datamuur.title(data.title);
        return (
          <Stack gap="md" className="dm-page">
            <PageHeader
              title={title}
              subtitle={`${data.schooljaar}${data.meetpunt ? ` · ${t.datamuur.meetpunt.toLowerCase()} ${data.meetpunt}` : ''}`}
              crumbs={[
                { label: t.app.home, to: '/' },
                ...(data.groupId ? [{ label: data.title, to: `/groepen/${data.groupId}` }] : []),
                { label: t.datamuur.link },
              ]}
              actions={
                <Group gap="xs" className="no-print">
                  <Button
                    variant={view === 'matrix' ? 'filled' : 'default'}
                    component={Link}
                    to={`?${new URLSearchParams({ ...Object.fromEntries(params), weergave: view === 'matrix' ? 'bord' : 'matrix' }).toString()}`}
                  >
                    {view === 'matrix' ? t.datamuur.board : t.datamuur.matrix}
                  </Button>
                  <Button variant="default" onClick={() => window.print()}>
                    {t.datamuur.print}
                  </Button>
                  <Button onClick={() => setAskProjection(true)}>{t.datamuur.project}</Button>
                </Group>
              }
            />
            {view === 'matrix' && data.groupId ? (
              <MatrixView groupId={data.groupId} />
            ) : (
              <>
                <Group justify="space-between" align="flex-end" className="no-print">
                  <Controls data={data} params={params} setParams={setParams} />
                  <Group gap="lg" align="flex-end">
                    <Stack gap={4}>
                      <Text size="sm" fw={500} id="dm-show">
                        {t.datamuur.show}
                      </Text>
                      <SegmentedControl
                        aria-labelledby="dm-show"
                        value={mode}
                        onChange={(v) => setMode(v as NameMode)}
                        data={[
                          { value: 'namen', label: t.datamuur.names },
                          { value: 'initialen', label: t.datamuur.initials },
                          { value: 'nummers', label: t.datamuur.numbers },
                        ]}
                      />
                    </Stack>
                    <Stack gap={4}>
                      <Text size="sm" fw={500} id="dm-filters">
                        {t.datamuur.filters}
                      </Text>
                      <Chip.Group multiple value={filters} onChange={(v) => setFilters(v as Filter[])}>
                        <Group gap={6} aria-labelledby="dm-filters" role="group">
                          <Chip value="signalen" size="sm">
                            {t.datamuur.onlySignals}
                          </Chip>
                          <Chip value="verschoven" size="sm">
                            {t.datamuur.onlyMoved}
                          </Chip>
                          <Chip value="opp" size="sm">
                            {t.datamuur.onlyOpp}
                          </Chip>
                        </Group>
                      </Chip.Group>
                    </Stack>
                  </Group>
                </Group>
                <div className="dm-print-title">
                  {title} · {data.vak ? (t.vakken[data.vak] ?? data.vak) : ''} · {data.meetpunt}
                </div>
                {data.cards.length === 0 ? <Text c="dimmed">{t.datamuur.empty}</Text> : board(mode)}
              </>
            )}
            {askProjection && (
              <Modal opened onClose={() => setAskProjection(false)} title={t.datamuur.projectTitle}>
                <ProjectionChoice
                  onStart={(choice) => {
                    setAskProjection(false);
                    setProjection(choice);
                    void document.documentElement.requestFullscreen?.().catch(() => undefined);
                  }}
                />
              </Modal>
            )}
            {moving && data.vak && moving.card.moment && moving.card.schooljaar && (
              <ReasonDialog
                title={t.datamuur.reasonTitle(
                  mode === 'namen' ? moving.card.name : moving.card.initials,
                  t.datamuur.columns[moving.to]?.title ?? '',
                )}
                busy={placement.isPending}
                error={placement.error}
                onCancel={() => setMoving(null)}
                onSave={(reason) =>
                  placement.mutate(
                    {
                      pupilId: moving.card.id,
                      vak: data.vak ?? '',
                      schooljaar: moving.card.schooljaar ?? '',
                      moment: moving.card.moment ?? '',
                      instructie: moving.to,
                      reason,
                    },
                    { onSuccess: () => setMoving(null) },
                  )
                }
              />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function ProjectionChoice({ onStart }: { onStart(mode: NameMode): void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<NameMode>('initialen');
  return (
    <Stack gap="md">
      <Text size="sm">{t.datamuur.projectIntro}</Text>
      <SegmentedControl
        aria-label={t.datamuur.show}
        value={choice}
        onChange={(v) => setChoice(v as NameMode)}
        data={[
          { value: 'initialen', label: t.datamuur.initials },
          { value: 'nummers', label: t.datamuur.numbers },
          { value: 'namen', label: t.datamuur.names },
        ]}
      />
      <Group justify="flex-end">
        <Button onClick={() => onStart(choice)}>{t.datamuur.startProjection}</Button>
      </Group>
    </Stack>
  );
}
