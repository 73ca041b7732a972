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

/** `names` (every language there is) and `name` (the negotiated one, falling back to Finnish). */
export function named(
  names: LocalizedText,
  language: Language,
): { names: LocalizedText; name: string } {
  return { names, name: names[language] ?? names.fi };
}
