import { translate, type UiLanguage } from '../i18n.ts';

export const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as people in the UI's language write it; a dash for none. */
export function formatMoment(iso: string | null, language: UiLanguage): string {
  return iso ? new Date(iso).toLocaleString(LOCALES[language]) : '–';
}

// A calendar date is a day, not a moment: formatted in UTC so no time zone shifts it.
const dateFormats = new Map<UiLanguage, Intl.DateTimeFormat>();
function dateFormat(language: UiLanguage) {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format;
}

const asDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** A calendar date (`2025-01-01`) as `1.1.2025` in Finnish; a dash for none. */
export function formatDate(iso: string | null | undefined, language: UiLanguage): string {
  return iso ? dateFormat(language).format(asDay(iso)) : '–';
}

/** Two calendar dates as one span, `1.1.2025–31.12.2026`; an open end stays open. */
export function formatDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
  language: UiLanguage,
): string {
  if (start && end) return dateFormat(language).formatRange(asDay(start), asDay(end));
  return `${start ? formatDate(start, language) : ''}–${end ? formatDate(end, language) : ''}`;
}

/** A number with the language's grouping and decimal comma (`1 234,5` in Finnish). */
export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** Texts kept by language: Finnish always, Swedish and English where they exist. */
export interface LocalizedTexts {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

/**
 * A text in the UI's language where it exists (Swedish in Swedish mode, English in English
 * mode), else the Finnish — and the language it really is in, for its `lang` attribute.
 */
export function localText(
  texts: LocalizedTexts,
  language: UiLanguage,
): { text: string; lang: UiLanguage } {
  const own = language === 'fi' ? undefined : texts[language];
  return own ? { text: own, lang: language } : { text: texts.fi, lang: 'fi' };
}

/** A name in the UI's language where it exists, else the Finnish. */
export function localName(names: LocalizedTexts, language: UiLanguage): string {
  return localText(names, language).text;
}

/**
 * A count a source reports: `20`, or `vähintään 20` when the source gives only a lower bound
 * ("yli 20 kuntaa") — never shown as if it were the count itself.
 */
export function formatReportedCount(
  count: number,
  bound: 'exact' | 'atLeast' | null | undefined,
  language: UiLanguage,
): string {
  const number = formatNumber(count, language);
  return bound === 'atLeast' ? translate(language, 'atLeast', { count: number }) : number;
}
