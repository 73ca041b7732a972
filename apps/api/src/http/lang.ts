import type { Language, LocalizedText } from '@verkosto/core';

/**
 * The response language: `?lang=` wins, then the best of Accept-Language, else Finnish.
 * It decides the plain `name` next to the `names` every resource carries.
 */
export function negotiateLanguage(
  query: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (query === 'fi' || query === 'sv' || query === 'en') return query;
  if (!acceptLanguage) return 'fi';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return {
        base: tag.trim().toLowerCase().split('-')[0]!,
        q: q ? Number(q.trim().slice(2)) : 1,
      };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  const found = ranked.find((r) => r.base === 'fi' || r.base === 'sv' || r.base === 'en');
  return (found?.base as Language | undefined) ?? 'fi';
}

/** The text in the negotiated language where it exists, else in Finnish — and which it is. */
export function pick(
  text: LocalizedText,
  language: Language,
): { text: string; language: Language } {
  const found = text[language];
  return found === undefined ? { text: text.fi, language: 'fi' } : { text: found, language };
}

/**
 * `names` (every language there is), `name` (the negotiated one, falling back to Finnish) and
 * `nameLanguage`, the language `name` is really in: a Swedish request for a theme that has no
 * Swedish name gets the Finnish one, and says so.
 */
export function named(
  names: LocalizedText,
  language: Language,
): { names: LocalizedText; name: string; nameLanguage: Language } {
  const { text, language: served } = pick(names, language);
  return { names, name: text, nameLanguage: served };
}

const MARKERS = new Set(['nameLanguage', 'regionNameLanguage']);

/**
 * The languages of the negotiated texts in a response body (`nameLanguage` and
 * `regionNameLanguage`), the negotiated one first: what `Content-Language` truthfully says. A body
 * without such texts (only ids, numbers, or texts in every language) is for the negotiated
 * language's reader.
 */
export function servedLanguages(body: unknown, negotiated: Language): Language[] {
  const found = new Set<Language>();
  const walk = (value: unknown): void => {
    if (found.size === 3 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (MARKERS.has(key) && typeof child === 'string') found.add(child as Language);
      else walk(child);
    }
  };
  walk(body);
  if (found.size === 0) return [negotiated];
  return [...found].sort((a, b) => (a === negotiated ? -1 : b === negotiated ? 1 : 0));
}
