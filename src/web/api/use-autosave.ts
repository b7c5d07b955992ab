import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createAutosave, type AutosaveOptions } from './autosave';

interface UseAutosaveOptions<D, R> extends AutosaveOptions<D, R> {
  /** Where the editor starts: read once, when the editor mounts. */
  initial: () => { draft: D; version: number; saved: R | null };
  /** Without the right to write, changes are ignored (the fields are read-only as well). */
  enabled: boolean;
}

/**
 * The one autosave of the web app (see autosave.ts): a versioned record edited and saved as the user
 * types, with one save in flight at a time and a conflict shown rather than overwritten.
 */
export function useAutosave<D, R>(options: UseAutosaveOptions<D, R>) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [autosave] = useState(() =>
    createAutosave<D, R>(options.initial(), {
      save: (draft, version) => latest.current.save(draft, version),
      versionOf: (record) => latest.current.versionOf(record),
      draftOf: (record) => latest.current.draftOf(record),
      delayMs: options.delayMs,
      ...(options.conflictOf ? { conflictOf: options.conflictOf } : {}),
    }),
  );
  const state = useSyncExternalStore(autosave.subscribe, autosave.getState);
  useEffect(() => autosave.dispose, [autosave]);
  const edit = useCallback(
    (change: (draft: D) => D) => {
      if (latest.current.enabled) autosave.edit(change);
    },
    [autosave],
  );
  return {
    ...state,
    edit,
    /** The state as it is now, also between renders (for effects that compare with it). */
    current: autosave.getState,
    keepMine: autosave.keepMine,
    takeTheirs: autosave.takeTheirs,
    reset: autosave.reset,
  };
}
