import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { formattersFor, type Formatters, type Language } from './format';
import { nl, type Catalog } from './nl';

export type { Language } from './format';
const catalogs: Record<Language, Catalog> = { nl, en };
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

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const value = useMemo<I18nValue>(
    () => ({
      t: catalogs[language],
      language,
      setLanguage: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLanguageState(next);
      },
      ...formattersFor(language),
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
