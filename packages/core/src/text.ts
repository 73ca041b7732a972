/** The languages Verkosto speaks: Finnish first, Swedish alongside, English for developers. */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A name or text in Finnish, with Swedish and English where they exist. */
export interface LocalizedText {
  fi: string;
  sv?: string;
  en?: string;
}

/** The text in `language`, falling back to Finnish, the language every text has. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.fi;
}

/**
 * A search key for names: lower case, accents removed, spacing collapsed, so that
 * "MANTYHARJU", "mäntyharju" and " Mäntyharju " match. Finnish and Swedish letters
 * (ä, ö, å) fold to their base letters, as a user without a Nordic keyboard types them.
 */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A slug for ids from a name: "Ennakoiva johtaminen" → "ennakoiva-johtaminen". Ä, ö and å fold to
 * a, o and a as in `searchKey`; anything else that is not a letter or digit becomes one hyphen.
 * At most `maxLength` characters, never ending in a hyphen.
 */
export function slugify(value: string, maxLength = 120): string {
  return searchKey(value)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
