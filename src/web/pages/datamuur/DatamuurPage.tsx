import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDatamuur, usePlacement } from '../../api/queries';
import { withSearchParam } from '../../api/query-string';
import type { Datamuur, DatamuurCard as Card } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { DatamuurBoard } from './DatamuurBoard';
import { MatrixView } from './MatrixView';
import { Projection, ProjectionChoice } from './Projection';
import { ReasonDialog } from './ReasonDialog';
import { ViewOptions, WallChoice } from './WallControls';
import { apiParamsOf, applyFilters, type Column, type Filter, type NameMode } from './wall';

type Scope = 'groep' | 'jaargroep';

/** How the wall shows: kept while the data changes underneath (another vak, another meetpunt). */
function useWallView() {
  const [mode, setMode] = useState<NameMode>('namen');
  const [filters, setFilters] = useState<Filter[]>([]);
  const [askProjection, setAskProjection] = useState(false);
  const [projection, setProjection] = useState<NameMode | null>(null);
  return {
    mode,
    setMode,
    filters,
    setFilters,
    askProjection,
    setAskProjection,
    projection,
    setProjection,
    startProjection(choice: NameMode) {
      setAskProjection(false);
      setProjection(choice);
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
    endProjection() {
      setProjection(null);
      if (document.fullscreenElement) void document.exitFullscreen();
    },
  };
}
type WallView = ReturnType<typeof useWallView>;

/** Moving a card asks for a reason first; taking it back to the suggestion does not. */
function useMoves() {
  const placement = usePlacement();
  const [moving, setMoving] = useState<{ card: Card; to: Column } | null>(null);
  return {
    moving,
    placement,
    start(card: Card, to: Column) {
      placement.reset();
      setMoving({ card, to });
    },
    cancel: () => setMoving(null),
    reset(card: Card, vak: string | null) {
      if (!vak || !card.moment || !card.schooljaar) return;
      placement.mutate({ pupilId: card.id, vak, schooljaar: card.schooljaar, moment: card.moment });
    },
  };
}
type Moves = ReturnType<typeof useMoves>;

function MoveDialog({ moves, data, mode }: { moves: Moves; data: Datamuur; mode: NameMode }) {
  const { t } = useI18n();
  const { moving, placement } = moves;
  if (!moving || !data.vak || !moving.card.moment || !moving.card.schooljaar) return null;
  const { card, to } = moving;
  return (
    <ReasonDialog
      title={t.datamuur.reasonTitle(
        mode === 'namen' ? card.name : card.initials,
        t.datamuur.columns[to]?.title ?? '',
      )}
      hint={card.lastResult || !card.level ? t.gaps.missingReasonHint : undefined}
      busy={placement.isPending}
      error={placement.error}
      onCancel={moves.cancel}
      onSave={(reason) =>
        placement.mutate(
          {
            pupilId: card.id,
            vak: data.vak ?? '',
            schooljaar: card.schooljaar ?? '',
            moment: card.moment ?? '',
            instructie: to,
            reason,
          },
          { onSuccess: moves.cancel },
        )
      }
    />
  );
}

function WallActions({
  params,
  matrix,
  onProject,
}: {
  params: URLSearchParams;
  matrix: boolean;
  onProject(): void;
}) {
  const { t } = useI18n();
  const other = withSearchParam(params, 'weergave', matrix ? 'bord' : 'matrix');
  return (
    <Group gap="xs" className="no-print">
      <Button variant={matrix ? 'filled' : 'default'} component={Link} to={`?${other.toString()}`}>
        {matrix ? t.datamuur.board : t.datamuur.matrix}
      </Button>
      <Button variant="default" onClick={() => window.print()}>
        {t.datamuur.print}
      </Button>
      <Button onClick={onProject}>{t.datamuur.project}</Button>
    </Group>
  );
}

function WallHeader({
  data,
  params,
  matrix,
  onProject,
}: {
  data: Datamuur;
  params: URLSearchParams;
  matrix: boolean;
  onProject(): void;
}) {
  const { t } = useI18n();
  return (
    <PageHeader
      title={t.datamuur.title(data.title)}
      subtitle={`${data.schooljaar}${data.meetpunt ? ` · ${t.datamuur.meetpunt.toLowerCase()} ${data.meetpunt}` : ''}`}
      crumbs={[
        { label: t.app.home, to: '/' },
        ...(data.groupId ? [{ label: data.title, to: `/groepen/${data.groupId}` }] : []),
        { label: t.datamuur.link },
      ]}
      actions={<WallActions params={params} matrix={matrix} onProject={onProject} />}
    />
  );
}

function Wall({
  data,
  scope,
  view,
  params,
  setParams,
}: {
  data: Datamuur;
  scope: Scope;
  view: WallView;
  params: URLSearchParams;
  setParams(p: URLSearchParams): void;
}) {
  const { t } = useI18n();
  const moves = useMoves();
  const cards = applyFilters(data.cards, view.filters);
  const board = (mode: NameMode) => (
    <DatamuurBoard
      cards={cards}
      mode={mode}
      canMove={data.abilities.includes('placement.write')}
      showGroup={scope === 'jaargroep'}
      openable={view.projection === null}
      onMove={moves.start}
      onReset={(card) => moves.reset(card, data.vak)}
    />
  );
  const heading = `${t.datamuur.title(data.title)} · ${data.vak ? (t.vakken[data.vak] ?? data.vak) : ''} · ${data.meetpunt ?? ''}`;
  if (view.projection) {
    return (
      <Projection
        title={heading}
        mode={view.projection}
        onMode={view.setProjection}
        onEnd={view.endProjection}
      >
        {board(view.projection)}
      </Projection>
    );
  }
  const matrix = params.get('weergave') === 'matrix';
  return (
    <Stack gap="md" className="dm-page">
      <WallHeader data={data} params={params} matrix={matrix} onProject={() => view.setAskProjection(true)} />
      {matrix && data.groupId ? (
        <MatrixView groupId={data.groupId} />
      ) : (
        <>
          <Group justify="space-between" align="flex-end" className="no-print">
            <WallChoice data={data} params={params} setParams={setParams} />
            <ViewOptions
              mode={view.mode}
              onMode={view.setMode}
              filters={view.filters}
              onFilters={view.setFilters}
            />
          </Group>
          <div className="dm-print-title">{heading}</div>
          {data.cards.length === 0 ? <Text c="dimmed">{t.datamuur.empty}</Text> : board(view.mode)}
        </>
      )}
      {view.askProjection && (
        <Modal opened onClose={() => view.setAskProjection(false)} title={t.datamuur.projectTitle}>
          <ProjectionChoice onStart={view.startProjection} />
        </Modal>
      )}
      <MoveDialog moves={moves} data={data} mode={view.mode} />
    </Stack>
  );
}

/** The datamuur of a group, or of a jaargroep across the school (with each card's group). */
export function DatamuurPage({ scope }: { scope: Scope }) {
  const { groupId = '', schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const view = useWallView();
  const path = scope === 'groep' ? `/groups/${groupId}/datamuur` : `/schools/${schoolId}/datamuur`;
  const wall = useDatamuur(path, apiParamsOf(params));
  return (
    <QueryState query={wall}>
      {(data) => <Wall data={data} scope={scope} view={view} params={params} setParams={setParams} />}
    </QueryState>
  );
}
