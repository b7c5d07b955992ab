import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../api/keys';
import { savePlanContent } from '../../api/plans';
import type { PlanContent, PlanDetail } from '../../api/types';
import { useAutosave } from '../../api/use-autosave';
import { toContent, toDraft, type DraftContent, type DraftSubgroup } from './plan-draft';

const SAVE_AFTER_MS = 1000;

/** The plan as saved: what a save returns, and what a conflict (409) carries of someone else's save. */
interface SavedPlan {
  version: number;
  status: string;
  content: PlanContent;
  updatedBy: string | null;
  updatedAt: string;
}

/**
 * The plan as the teacher edits it, saved a moment after they stop typing. Every save names the
 * version it started from; when someone else saved in between, nothing is overwritten: the page shows
 * both and the teacher chooses.
 */
export function usePlanEditor(plan: PlanDetail, editable: boolean) {
  const client = useQueryClient();
  const editor = useAutosave<DraftContent, SavedPlan>({
    initial: () => ({ draft: toDraft(plan.content), version: plan.version, saved: plan }),
    save: async (draft, version) => {
      const saved = await savePlanContent(plan.id, toContent(draft), version);
      client.setQueryData(queryKeys.plan(plan.id), saved);
      return saved;
    },
    versionOf: (saved) => saved.version,
    draftOf: (saved) => toDraft(saved.content),
    delayMs: SAVE_AFTER_MS,
    enabled: editable,
  });

  // A plan replaced from outside (evaluated, new version) starts the editor over. The editor's own
  // saves come back here too (they update the cached plan), with the version it already has.
  const { current, reset } = editor;
  useEffect(() => {
    if (plan.version !== current().version) reset(toDraft(plan.content), plan.version, plan);
  }, [plan, current, reset]);

  const update = (change: (d: DraftContent) => DraftContent) => editor.edit(change);
  const updateSubgroup = (key: string, change: (s: DraftSubgroup) => DraftSubgroup) =>
    update((d) => ({ ...d, subgroepen: d.subgroepen.map((s) => (s.key === key ? change(s) : s)) }));
  const takeTheirs = () => {
    editor.takeTheirs();
    void client.invalidateQueries({ queryKey: queryKeys.plan(plan.id) });
  };

  return {
    draft: editor.draft,
    version: editor.version,
    status: editor.status,
    savedAt: editor.saved?.updatedAt ?? plan.updatedAt,
    theirs: editor.theirs,
    error: editor.error,
    update,
    updateSubgroup,
    keepMine: editor.keepMine,
    takeTheirs,
  };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
