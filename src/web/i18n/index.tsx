import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { nl, type Catalog } from './nl';

export type Language = 'nl' | 'en';
const catalogs: Record<Language, Catalog> = { nl, en };
const STORAGE_KEY = 'leerwinst.taal';

interface I18nValue {
  t: Catalog;
  language: Language;
  setLanguage(language: Language): void;
  formatDate(iso: string | null | undefined): string;
  formatNumber(value: number | null | undefined): string;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const value = useMemo<I18nValue>(() => {
    const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
    const dateFormat = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      t: catalogs[language],
      language,
      setLanguage: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLanguageState(next);
      },
      // Dutch schools write dates as dd-mm-jjjj.
      formatDate: (iso) =>
        iso ? dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)).replace(/\//g, '-') : '–',
      formatNumber: (n) => (n === null || n === undefined ? '–' : numberFormat.format(n)),
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
