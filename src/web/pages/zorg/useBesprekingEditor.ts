import { saveBespreking, useBesprekingSaved, type BesprekingDetail } from '../../api/zorg';
import { useAutosave } from '../../api/use-autosave';
import { draftOf, saveBodyOf, type BesprekingDraft } from './bespreking-draft';

const SAVE_AFTER_MS = 1000;

/**
 * Answers, decision, date and participants, saved as they are typed with the one autosave: one save in
 * flight, a save over someone else's refused and shown. What was saved also updates the page's copy,
 * so the consent warning and the participants' names follow.
 */
export function useBesprekingEditor(bespreking: BesprekingDetail, enabled: boolean) {
  const onSaved = useBesprekingSaved();
  const editor = useAutosave<BesprekingDraft, BesprekingDetail>({
    initial: () => ({ draft: draftOf(bespreking), version: bespreking.version, saved: bespreking }),
    save: async (draft, version) => {
      const basis = editor.current().saved ?? bespreking;
      const saved = await saveBespreking(bespreking.id, saveBodyOf(draft, basis, version));
      onSaved(saved);
      return saved;
    },
    versionOf: (saved) => saved.version,
    draftOf,
    delayMs: SAVE_AFTER_MS,
    enabled,
  });
  return editor;
}

export type BesprekingEditor = ReturnType<typeof useBesprekingEditor>;
