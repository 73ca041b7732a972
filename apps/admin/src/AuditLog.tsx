import type { Schemas } from '@verkosto/client';
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.ts';
import { describeImport, describeValue, FIELD_LABELS, nameOf } from './audit/describe.ts';
import { type NameRequest, useNames } from './audit/useNames.ts';
import { type MessageKey, useLanguage, useT } from './i18n.ts';
import { DataTable } from './ui/DataTable.tsx';
import { Field, FormIssues } from './ui/Field.tsx';
import { formatMoment } from './ui/format.ts';
import { ENTITY_KINDS, type FormIssue, issuesOfProblem } from './ui/issues.ts';

type AuditEntry = Schemas['AuditEntry'];
// An import is audited as a whole dataset.
const ENTITIES = [...ENTITY_KINDS, 'dataset'] as const;
const PAGE = 50;

interface Filters {
  entity: '' | (typeof ENTITIES)[number];
  entityId: string;
  actor: string;
  since: string;
  until: string;
}
const NO_FILTERS: Filters = { entity: '', entityId: '', actor: '', since: '', until: '' };

/** The fields that differ between two versions of an entity, with both values. */
export function changedFields(before: unknown, after: unknown) {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => ({ key, before: a[key], after: b[key] }));
}

/** The ids a membership entry names, to be read as names. */
function membershipOf(entry: AuditEntry) {
  const e = (entry.after ?? entry.before ?? {}) as { periodId?: string; municipalityCode?: string };
  return entry.entity === 'participation' && e.periodId && e.municipalityCode
    ? { periodId: e.periodId, code: e.municipalityCode }
    : undefined;
}

/** The day's start (or end) in UTC, as the API's date-time filter takes it. */
const dayBound = (date: string, end: boolean) =>
  date ? `${date}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : undefined;

/** Who changed what and when, newest first; filter by kind, id, actor and dates. Admins only. */
export function AuditLog() {
  const t = useT();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const load = useCallback(
    async (cursor?: string) => {
      const result = await api.GET('/v1/audit', {
        params: {
          query: {
            limit: PAGE,
            ...(filters.entity && { entity: filters.entity }),
            ...(filters.entityId && { entityId: filters.entityId.trim() }),
            ...(filters.actor && { actor: filters.actor.trim() }),
            ...(filters.since && { since: dayBound(filters.since, false) }),
            ...(filters.until && { until: dayBound(filters.until, true) }),
            ...(cursor && { cursor }),
          },
        },
      });
      if (!result.data) {
        setIssues(issuesOfProblem(result.error as never, result.response.statusText));
        setEntries([]);
        return;
      }
      setIssues([]);
      const page = result.data;
      setEntries((previous) => (cursor ? [...(previous ?? []), ...page.data] : page.data));
      setNext(page.meta.nextCursor ?? null);
    },
    [filters],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const input = (key: Exclude<keyof Filters, 'entity'>, label: string, type = 'text') => (
    <Field label={label} path={`/${key}`} issues={issues}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit')}</h1>
      <form
        className="filters"
        aria-label={t('filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <Field label={t('entity')} path="/entity" issues={issues}>
          {(control) => (
            <select
              {...control}
              value={draft.entity}
              onChange={(e) => setDraft({ ...draft, entity: e.target.value as Filters['entity'] })}
            >
              <option value="">{t('all')}</option>
              {ENTITIES.map((entity) => (
                <option key={entity} value={entity}>
                  {t(`entity_${entity}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {input('entityId', t('entityId'))}
        {input('actor', t('actor'))}
        {input('since', t('since'), 'date')}
        {input('until', t('until'), 'date')}
        <p className="actions">
          <button type="submit">{t('filter')}</button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
            }}
          >
            {t('clearFilters')}
          </button>
        </p>
      </form>
      <FormIssues issues={issues.filter((issue) => !issue.path.startsWith('/'))} />
      {!entries ? (
        <p>{t('loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('noAudit')}</p>
      ) : (
        <AuditTable entries={entries} />
      )}
      {next && (
        <button type="button" className="secondary" onClick={() => void load(next)}>
          {t('loadMore')}
        </button>
      )}
    </section>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const language = useLanguage();
  const requests: NameRequest[] = entries.flatMap((entry) => {
    const m = membershipOf(entry);
    return m
      ? [
          { kind: 'municipality', id: m.code },
          { kind: 'period', id: m.periodId },
        ]
      : [];
  });
  const names = useNames(requests);
  const what = (entry: AuditEntry) => {
    if (entry.action === 'import') return t('entity_dataset');
    const m = membershipOf(entry);
    const named = m
      ? t('membershipOf', {
          municipality: names.get(`municipality:${m.code}`) ?? m.code,
          period: names.get(`period:${m.periodId}`) ?? m.periodId,
        })
      : (nameOf(entry.after, language) ?? nameOf(entry.before, language) ?? entry.entityId);
    return named;
  };
  return (
    <DataTable
      caption={t('auditCaption', { count: String(entries.length) })}
      className="audit"
      rows={entries}
      rowKey={(entry) => entry.id}
      pageSize={null}
      columns={[
        {
          label: t('when'),
          cell: (entry) => <time dateTime={entry.at}>{formatMoment(entry.at, language)}</time>,
        },
        { label: t('actor'), cell: (entry) => entry.actor },
        { label: t('action'), cell: (entry) => t(`action_${entry.action}`) },
        {
          label: t('entity'),
          cell: (entry) => (
            <>
              <span className="hint">
                {t(`entity_${entry.entity as (typeof ENTITIES)[number]}`)}
              </span>{' '}
              <strong>{what(entry)}</strong>
            </>
          ),
        },
        { label: t('changes'), cell: (entry) => <Changes entry={entry} /> },
      ]}
    />
  );
}

function Changes({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const language = useLanguage();
  if (entry.action === 'import')
    return <p className="sentence">{describeImport(entry.after, language)}</p>;
  const fields = changedFields(entry.before, entry.after);
  if (entry.action !== 'update' || fields.length === 0) return null;
  const label = (key: string) => (FIELD_LABELS[key] ? t(FIELD_LABELS[key] as MessageKey) : key);
  return (
    <ul className="diff">
      {fields.map((field) => (
        <li key={field.key}>
          {label(field.key)}: <span className="visually-hidden">{t('before')}</span>{' '}
          <del>{describeValue(field.key, field.before, language)}</del> →{' '}
          <span className="visually-hidden">{t('after')}</span>{' '}
          <ins>{describeValue(field.key, field.after, language)}</ins>
        </li>
      ))}
    </ul>
  );
}
