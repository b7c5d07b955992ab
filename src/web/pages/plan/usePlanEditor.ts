import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, put } from '../../api/client';
import { planKeys } from '../../api/plans';
import type { PlanContent, PlanDetail, PlanGoal, PlanSubgroup } from '../../api/types';

const SAVE_AFTER_MS = 1000;

/** A goal being typed: the target stays text until it is a number (or a level) the server accepts. */
export type DraftGoal =
  | { id: string; kind: 'woorden'; text: string }
  | { id: string; kind: 'score' | 'groei' | 'niveau'; target: string };
export type DraftSubgroup = Omit<PlanSubgroup, 'doelen'> & { doelen: DraftGoal[] };
export interface DraftContent {
  basisdoel: string;
  subgroepen: DraftSubgroup[];
}

interface Theirs {
  version: number;
  status: string;
  content: PlanContent;
  updatedBy: string | null;
}

const toDraftGoal = (g: PlanGoal): DraftGoal =>
  g.kind === 'woorden' ? g : { id: g.id, kind: g.kind, target: String(g.target) };

export const toDraft = (content: PlanContent): DraftContent => ({
  basisdoel: content.basisdoel,
  subgroepen: content.subgroepen.map((s) => ({ ...s, doelen: s.doelen.map(toDraftGoal) })),
});

/** The goal as the server takes it, or null while it is not complete. */
export function completeGoal(goal: DraftGoal): PlanGoal | null {
  if (goal.kind === 'woorden') return goal.text.trim() ? { ...goal, text: goal.text.trim() } : null;
  const target = goal.target.trim();
  if (!target) return null;
  if (goal.kind === 'niveau') return { id: goal.id, kind: 'niveau', target: target.toUpperCase() };
  const n = Number(target.replace(',', '.'));
  return Number.isFinite(n) ? { id: goal.id, kind: goal.kind, target: n } : null;
}

/** Short and unique enough within one plan; crypto.randomUUID is missing on plain-http school servers. */
export const newGoalId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export const incompleteGoals = (draft: DraftContent) =>
  draft.subgroepen.reduce((n, s) => n + s.doelen.filter((g) => completeGoal(g) === null).length, 0);

const toContent = (draft: DraftContent): PlanContent => ({
  basisdoel: draft.basisdoel,
  subgroepen: draft.subgroepen.map((s) => ({
    ...s,
    naam: s.naam.trim() || s.key,
    doelen: s.doelen.map(completeGoal).filter((g): g is PlanGoal => g !== null),
  })),
});

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';

/**
 * The plan as the teacher edits it, saved a moment after they stop typing. Every save names the
 * version it started from; when someone else saved in between, nothing is overwritten: the page shows
 * both and the teacher chooses.
 */
export function usePlanEditor(plan: PlanDetail, editable: boolean) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<DraftContent>(() => toDraft(plan.content));
  const [version, setVersion] = useState(plan.version);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [savedAt, setSavedAt] = useState(plan.updatedAt);
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Typing goes on while a save is under way: the answer must not claim that the newest text is saved.
  const pending = useRef(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ draft, version });
  latest.current = { draft, version };

  // A plan replaced from outside (evaluated, new version) starts the editor over.
  useEffect(() => {
    if (plan.version !== latest.current.version) {
      setDraft(toDraft(plan.content));
      setVersion(plan.version);
      setSavedAt(plan.updatedAt);
      setStatus('idle');
    }
  }, [plan]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const save = async (basedOn: number) => {
    setStatus('saving');
    try {
      const saved = await put<PlanDetail>(`/plans/${plan.id}`, {
        version: basedOn,
        content: toContent(latest.current.draft),
      });
      latest.current.version = saved.version;
      setVersion(saved.version);
      setSavedAt(saved.updatedAt);
      setTheirs(null);
      setError(null);
      client.setQueryData(planKeys.plan(plan.id), saved);
      setStatus(pending.current ? 'dirty' : 'saved');
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.current) {
        setTheirs(e.current as Theirs);
        setStatus('conflict');
      } else {
        setError(e);
        setStatus('error');
      }
    }
  };

  const update = (change: (d: DraftContent) => DraftContent) => {
    if (!editable) return;
    setDraft((d) => {
      const next = change(d);
      latest.current.draft = next;
      return next;
    });
    if (status === 'conflict') return;
    setStatus('dirty');
    pending.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = false;
      // One save at a time: a second one sent before the first returns would name a stale version.
      queue.current = queue.current.then(() => save(latest.current.version));
    }, SAVE_AFTER_MS);
  };

  const updateSubgroup = (key: string, change: (s: DraftSubgroup) => DraftSubgroup) =>
    update((d) => ({ ...d, subgroepen: d.subgroepen.map((s) => (s.key === key ? change(s) : s)) }));

  const keepMine = () => theirs && void save(theirs.version);
  const takeTheirs = () => {
    if (!theirs) return;
    setDraft(toDraft(theirs.content));
    setVersion(theirs.version);
    setTheirs(null);
    setStatus('saved');
    void client.invalidateQueries({ queryKey: planKeys.plan(plan.id) });
  };

  return { draft, version, status, savedAt, theirs, error, update, updateSubgroup, keepMine, takeTheirs };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
