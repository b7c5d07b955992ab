import { useEffect } from 'react';
import { saveOppContent, useOppSaved, type OppContent, type OppResponse } from '../../api/opp';
import { useAutosave } from '../../api/use-autosave';

const SAVE_AFTER_MS = 1000;

/**
 * The OPP's content as the IB edits it, saved a moment after the typing stops through the one
 * autosave of the app. Every save names the version it started from; someone else's save in between
 * is shown, not overwritten. Each answer becomes the page's copy, so the figures (the expected line
 * after a new LRV) and the blockers of vaststellen follow the text.
 */
export function useOppEditor(opp: OppResponse, editable: boolean) {
  const saved = useOppSaved();
  const editor = useAutosave<OppContent, OppResponse>({
    initial: () => ({ draft: opp.content, version: opp.version, saved: opp }),
    save: async (content, version) => {
      const answer = await saveOppContent(opp.id, content, version);
      saved(answer);
      return answer;
    },
    versionOf: (answer) => answer.version,
    draftOf: (answer) => answer.content,
    delayMs: SAVE_AFTER_MS,
    enabled: editable,
  });

  // An OPP replaced from outside (a step, an evaluation) starts the editor over. The editor's own
  // saves come back here too, with the version it already has.
  const { current, reset } = editor;
  useEffect(() => {
    if (opp.version !== current().version) reset(opp.content, opp.version, opp);
  }, [opp, current, reset]);

  const takeTheirs = () => {
    const theirs = editor.theirs;
    editor.takeTheirs();
    if (theirs) saved(theirs);
  };

  return {
    draft: editor.draft,
    status: editor.status,
    savedAt: editor.saved?.updatedAt ?? opp.updatedAt,
    theirs: editor.theirs,
    edit: editor.edit,
    keepMine: editor.keepMine,
    takeTheirs,
    /** Nothing waits to be saved: a step or the parents' instemming is about the stored version. */
    settled: editor.status === 'idle' || editor.status === 'saved',
  };
}

export type OppEditor = ReturnType<typeof useOppEditor>;
