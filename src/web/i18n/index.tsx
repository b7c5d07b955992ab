import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { formattersFor, type Formatters, type Language } from './format';
import { nl, type Catalog } from './nl';

export type { Language } from './format';
const STORAGE_KEY = 'leerwinst.taal';

interface I18nValue extends Formatters {
  t: Catalog;
  language: Language;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

/**
 * English is the second language: its catalog (some 20 KB compressed) loads only for those who choose
 * it, so a Dutch reader's first visit does not carry it (issue 15: JavaScript of the first visit).
 */
let english: Catalog | null = null;
const loadEnglish = () =>
  import('./en').then((module) => {
    english = module.en;
  });
const catalogOf = (language: Language): Catalog | null => (language === 'nl' ? nl : english);
// A reader who chose English: the catalog comes while the rest of the app starts.
const englishAtStart = initialLanguage() === 'en' ? loadEnglish() : null;
// Its failure is handled where the app waits for it (useShownLanguage), not reported before that.
englishAtStart?.catch(() => undefined);

/** Which language shows; while English loads, the one before (at the start: nothing yet). */
function useShownLanguage() {
  const wanted = useRef<Language>(initialLanguage());
  const [shown, setShown] = useState<Language | null>(() =>
    catalogOf(wanted.current) ? wanted.current : null,
  );
  useEffect(() => {
    // Without the English catalog the app would stay empty: Dutch then, as before a choice.
    void englishAtStart?.then(
      () => setShown((s) => s ?? 'en'),
      () => setShown((s) => s ?? 'nl'),
    );
  }, []);
  const choose = useCallback((next: Language) => {
    wanted.current = next;
    if (catalogOf(next)) return setShown(next);
    // A failed load leaves the language as it was.
    void loadEnglish().then(
      () => wanted.current === next && setShown(next),
      () => undefined,
    );
  }, []);
  return { shown, choose };
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const { shown, choose } = useShownLanguage();
  const value = useMemo<I18nValue | null>(() => {
    const catalog = shown && catalogOf(shown);
    if (!shown || !catalog) return null;
    return {
      t: catalog,
      language: shown,
      setLanguage: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        choose(next);
      },
      ...formattersFor(shown),
    };
  }, [shown, choose]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
