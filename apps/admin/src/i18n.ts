import { createContext, useContext } from 'react';
import { fi, type Messages } from './messages/fi.ts';

/**
 * Finnish first, Swedish alongside, English for those who ask. Every language has every key
 * (the type says so), with the same placeholders (i18n.test.ts checks). Finnish is in the first
 * load; Swedish and English load when chosen (`loadMessages`), so they cost the first load nothing.
 */
export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type MessageKey = keyof typeof fi;

const LOADED: Partial<Record<UiLanguage, Messages>> = { fi };

/** Loads a language's messages (once); translating before it is loaded gives the Finnish. */
export async function loadMessages(language: UiLanguage): Promise<void> {
  if (LOADED[language]) return;
  LOADED[language] =
    language === 'sv'
      ? (await import('./messages/sv.ts')).sv
      : (await import('./messages/en.ts')).en;
}

const messagesOf = (language: UiLanguage): Messages => LOADED[language] ?? fi;

export function translate(
  language: UiLanguage,
  key: MessageKey,
  params: Record<string, string> = {},
): string {
  return messagesOf(language)[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

/** Messages that take a count: `key_one`, `key_other`, … as Intl.PluralRules names them. */
type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

/** A counted message in the language's plural form, the count formatted (`21 kuntaa`). */
export function translateCount(
  language: UiLanguage,
  key: PluralKey,
  count: number,
  params: Record<string, string> = {},
): string {
  const form = new Intl.PluralRules(LOCALE_OF[language]).select(count);
  const messages = messagesOf(language) as Record<string, string>;
  const text = messages[`${key}_${form}`] ?? messages[`${key}_other`]!;
  const all: Record<string, string> = {
    ...params,
    count: new Intl.NumberFormat(LOCALE_OF[language]).format(count),
  };
  return text.replace(/\{(\w+)\}/g, (_, name: string) => all[name] ?? '');
}

const LOCALE_OF: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const LANGUAGE_KEY = 'verkosto.language';

/** The language chosen last in this browser (it survives a reload); Finnish first. */
export function readStoredLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return UI_LANGUAGES.find((language) => language === stored) ?? 'fi';
  } catch {
    return 'fi';
  }
}

export function storeLanguage(language: UiLanguage) {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage may be off (private mode): the choice then lasts until the page reloads.
  }
}

export const LanguageContext = createContext<UiLanguage>('fi');

export const useLanguage = () => useContext(LanguageContext);

export function useT() {
  const language = useContext(LanguageContext);
  return (key: MessageKey, params?: Record<string, string>) => translate(language, key, params);
}

/** `tn('municipalitiesFound', 21)` → "21 kuntaa löytyi." */
export function useTn() {
  const language = useContext(LanguageContext);
  return (key: PluralKey, count: number, params?: Record<string, string>) =>
    translateCount(language, key, count, params);
}
