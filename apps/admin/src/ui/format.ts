import type { UiLanguage } from '../i18n.ts';

const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', en: 'en-GB' };

/** A moment as people in the UI's language write it; a dash for none. */
export function formatMoment(iso: string | null, language: UiLanguage): string {
  return iso ? new Date(iso).toLocaleString(LOCALES[language]) : '–';
}
