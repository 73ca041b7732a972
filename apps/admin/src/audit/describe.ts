import {
  type MessageKey,
  type PluralKey,
  translate,
  translateCount,
  type UiLanguage,
} from '../i18n.ts';
import { formatDate, formatNumber, LOCALES } from '../ui/format.ts';

/** The label of each field an audited entity has, as the forms name them. */
export const FIELD_LABELS: Record<string, MessageKey> = {
  id: 'fieldId',
  name: 'fieldName',
  label: 'periodLabel',
  ordinal: 'ordinal',
  startDate: 'startDate',
  endDate: 'endDate',
  description: 'fieldDescription',
  reportedMemberCount: 'reportedMemberCount',
  leadThemeId: 'fieldLeadTheme',
  role: 'role',
  joinedOn: 'joined',
  leftOn: 'leftOn',
  keywords: 'fieldKeywords',
  origin: 'origin',
  continuesThemeId: 'continuesTheme',
  borrowedFrom: 'borrowedFrom',
  parentId: 'parentTheme',
  slug: 'slug',
  shortName: 'shortName',
  organiser: 'organiser',
  organiserBusinessId: 'organiserBusinessId',
  links: 'fieldLinks',
  sources: 'fieldSources',
  periodId: 'period',
  networkId: 'network',
  municipalityCode: 'code',
  kind: 'activityKind',
  status: 'activityStatus',
  title: 'activityTitle',
  start: 'startDay',
  end: 'endDay',
  themeIds: 'activityThemes',
  participantCount: 'participantCount',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODED: Record<string, string> = { role: 'role_', origin: 'origin_', status: 'status_' };

/** A field's value as a person reads it: dates the Finnish way, texts in the UI's language. */
export function describeValue(key: string, value: unknown, language: UiLanguage): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') {
    if (DATE.test(value)) return formatDate(value, language);
    const prefix = CODED[key];
    if (prefix) return translate(language, `${prefix}${value}` as MessageKey) || value;
    return value;
  }
  if (typeof value === 'number') return formatNumber(value, language);
  if (Array.isArray(value))
    return value.length === 0 ? '–' : value.map((v) => describeValue(key, v, language)).join(', ');
  if (typeof value === 'object') {
    const text = value as Record<string, unknown>;
    // A text in several languages: the UI's language, else Finnish.
    if (typeof text.fi === 'string') return String(text[language] ?? text.fi);
    if (typeof text.url === 'string') return text.url;
  }
  return JSON.stringify(value);
}

/** What an entity is called: a period's label, a theme's or a network's name. */
export function nameOf(entity: unknown, language: UiLanguage): string | undefined {
  const e = (entity ?? {}) as Record<string, unknown>;
  if (typeof e.label === 'string') return e.label;
  const name = e.name as Record<string, string> | undefined;
  if (name && typeof name.fi === 'string') return name[language] ?? name.fi;
  // An activity is called by its title.
  const title = e.title as Record<string, string> | undefined;
  if (title && typeof title.fi === 'string') return title[language] ?? title.fi;
  return undefined;
}

const COLLECTION_COUNTS: Record<string, PluralKey> = {
  networks: 'countNetworks',
  periods: 'countPeriods',
  themes: 'countThemes',
  participations: 'countParticipations',
  sources: 'countSources',
  activities: 'countActivities',
  programmes: 'countProgrammes',
};

type Counts = Record<string, number>;

/** An import's summary as one sentence: "Tuotiin jäsenet: lisättiin 2 jäsenyyttä, …". */
export function describeImport(summary: unknown, language: UiLanguage): string {
  const s = (summary ?? {}) as { kind?: string; changes?: Record<string, Counts> };
  const kind =
    s.kind && ['dataset', 'members', 'themes', 'activities'].includes(s.kind) ? s.kind : 'dataset';
  const list = (counts: Counts | undefined) => {
    const parts = Object.entries(COLLECTION_COUNTS)
      .filter(([collection]) => (counts?.[collection] ?? 0) > 0)
      .map(([collection, key]) => translateCount(language, key, counts![collection]!));
    return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(parts);
  };
  const changes = (['created', 'updated', 'deleted'] as const)
    .map((what) => [what, list(s.changes?.[what])] as const)
    .filter(([, text]) => text)
    .map(([what, text]) => translate(language, `import_${what}`, { list: text }));
  const head = translate(language, 'importedKind', {
    kind: translate(language, `kind_${kind}` as MessageKey),
  });
  return `${head}: ${changes.length ? changes.join(', ') : translate(language, 'importNoChanges')}.`;
}
