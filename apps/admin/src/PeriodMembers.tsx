import type { Schemas } from '@verkosto/client';
import {
  DEFAULT_PARTICIPATION_ROLE,
  PARTICIPATION_ROLES,
  type ParticipationRole,
  searchKey,
} from '@verkosto/core';
import { REGIONS } from '@verkosto/data/regions';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { api, listAll } from './api.ts';
import { useLanguage, useT, useTn } from './i18n.ts';
import { MemberForm } from './MemberForm.tsx';
import { DataTable } from './ui/DataTable.tsx';
import { Field } from './ui/Field.tsx';
import { formatDate, formatNumber, formatReportedCount, localName as nameIn } from './ui/format.ts';
import { type FormIssue, fieldPath, issuesOfProblem } from './ui/issues.ts';
import { LocalName } from './ui/LocalName.tsx';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { deleteCurrentVersion, failureStatus } from './ui/writes.ts';

type Period = Schemas['Period'];
type Participant = Schemas['Participant'];
type Municipality = Schemas['Municipality'];

/** A period's members: the table, adding with a searchable picker, removing with If-Match. */
export function PeriodMembers({ period, canEdit }: { period: Period; canEdit: boolean }) {
  const t = useT();
  const tn = useTn();
  const language = useLanguage();
  const [members, setMembers] = useState<Participant[] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(async () => {
    setMembers(
      await listAll((query) =>
        api.GET('/v1/periods/{periodId}/participants', {
          params: { path: { periodId: period.id }, query },
        }),
      ),
    );
  }, [period.id]);
  useEffect(() => {
    void load();
  }, [load]);

  async function remove(member: Participant) {
    setStatus(null);
    const path = { periodId: period.id, code: member.municipalityCode };
    const result = await deleteCurrentVersion(
      () => api.GET('/v1/periods/{periodId}/participants/{code}', { params: { path } }),
      (ifMatch) =>
        api.DELETE('/v1/periods/{periodId}/participants/{code}', {
          params: { path, header: { 'if-match': ifMatch } },
        }),
    );
    if (result.response.status === 412)
      setStatus({ kind: 'conflict', text: t('conflict'), reload: load });
    else if (!result.response.ok) setStatus(failureStatus(result, language));
    else {
      setStatus({ kind: 'saved', text: t('memberRemoved', { name: member.names.fi }) });
      await load();
    }
  }

  if (!members) return <p>{t('loading')}</p>;
  // Swedish and English modes show names in their language where they exist, else the Finnish.
  const localName = (m: Participant) => nameIn(m.names, language);
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members')}</h2>
      <StatusMessage status={status} />
      {!canEdit && <p>{t('readOnly')}</p>}
      {members.length === 0 ? (
        <>
          <p>{t('noMembers')}</p>
          {period.reportedMemberCount !== undefined && (
            <p>
              {t('reportedMembersOnly', {
                count: formatReportedCount(
                  period.reportedMemberCount,
                  period.reportedMemberCountBound,
                  language,
                ),
              })}
            </p>
          )}
        </>
      ) : (
        <DataTable
          caption={
            <>
              {t('members')}: {tn('municipalityCount', members.length)}
              {period.reportedMemberCount !== undefined &&
                ` (${t('reported')}: ${formatReportedCount(period.reportedMemberCount, period.reportedMemberCountBound, language)})`}
            </>
          }
          rows={members}
          rowKey={(m) => m.municipalityCode}
          filterable={members.length > 10}
          initialSort={{ column: 1, direction: 'ascending' }}
          columns={[
            {
              label: t('code'),
              cell: (m) => m.municipalityCode,
              sortValue: (m) => m.municipalityCode,
            },
            {
              label: t('municipality'),
              rowHeader: true,
              cell: (m) => <LocalName names={m.names} />,
              sortValue: (m) => localName(m),
              filterText: (m) => `${m.names.fi} ${m.names.sv ?? ''} ${m.names.en ?? ''}`,
            },
            // Beside the name in the UI's language, the other domestic one: Swedish, or in
            // Swedish mode the Finnish.
            language === 'sv'
              ? {
                  label: t('nameFi'),
                  lang: 'fi',
                  cell: (m) => m.names.fi,
                  sortValue: (m) => m.names.fi,
                }
              : {
                  label: t('swedishName'),
                  lang: 'sv',
                  cell: (m) => m.names.sv ?? '–',
                  sortValue: (m) => m.names.sv,
                },
            {
              label: t('region'),
              cell: (m) => m.regionName ?? '–',
              sortValue: (m) => m.regionName,
            },
            {
              label: t('role'),
              cell: (m) => t(`role_${m.role}`),
              sortValue: (m) => t(`role_${m.role}`),
            },
            {
              label: t('joined'),
              cell: (m) => formatDate(m.joinedOn ?? period.startDate, language),
              sortValue: (m) => m.joinedOn ?? period.startDate,
            },
            {
              label: t('leftOn'),
              cell: (m) => (m.leftOn ? formatDate(m.leftOn, language) : '–'),
              sortValue: (m) => m.leftOn,
            },
            {
              // "3/5 työpajaa": booked and held workshops against the quota.
              label: t('workshops'),
              cell: (m) => {
                const { quota, held, planned } = m.workshops;
                const used = held + planned;
                const params = { used: formatNumber(used, language) };
                return (
                  <span
                    title={t('workshopsHeld', {
                      held: formatNumber(held, language),
                      planned: formatNumber(planned, language),
                    })}
                  >
                    {quota === null ? tn('workshopCount', used) : tn('workshopUse', quota, params)}
                  </span>
                );
              },
              sortValue: (m) => m.workshops.held + m.workshops.planned,
            },
            {
              label: t('membership'),
              cell: (m) => (m.membership ? t(m.membership) : t('unknown')),
              sortValue: (m) => (m.membership ? t(m.membership) : t('unknown')),
            },
            ...(canEdit
              ? [
                  {
                    label: t('actions'),
                    className: () => 'row-actions',
                    cell: (m: Participant) => (
                      <>
                        <button
                          type="button"
                          aria-label={t('editMemberNamed', { name: localName(m) })}
                          onClick={() => setEditing(m.municipalityCode)}
                        >
                          {t('edit')}
                        </button>
                        <button
                          type="button"
                          className="danger"
                          aria-label={t('removeMember', { name: localName(m) })}
                          onClick={() => void remove(m)}
                        >
                          {t('remove')}
                        </button>
                      </>
                    ),
                  },
                ]
              : []),
          ]}
          expanded={(m) =>
            editing === m.municipalityCode && (
              <MemberForm
                member={m}
                onDone={(saved) => {
                  setEditing(null);
                  if (!saved) return;
                  setStatus({ kind: 'saved', text: t('memberSaved', { name: localName(m) }) });
                  void load();
                }}
              />
            )
          }
        />
      )}
      {canEdit && (
        <AddMember
          period={period}
          existing={members}
          onAdded={async (name) => {
            setStatus({ kind: 'saved', text: t('memberAdded', { name }) });
            await load();
          }}
        />
      )}
    </section>
  );
}

/** More matches than this ask for a narrower search, saying how many there are. */
const MAX_SHOWN = 50;

/** A municipality that no longer existed when the period began, and the one it merged into. */
interface Merger {
  former: { code: string; name: string };
  /** The day the merger took effect. */
  on: string;
  into: Municipality;
}

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The registry's first year: every municipality merged away since existed on this day or later. */
const REGISTRY_START = '2008-01-01';

/**
 * Municipalities named `query` that were merged away before `startDate`, each with the
 * municipality it became part of (following merger chains) as it existed on `startDate` —
 * asked of the API, which knows Statistics Finland's mergers.
 */
async function findMergers(
  query: string,
  startDate: string,
  existing: ReadonlyMap<string, Municipality>,
): Promise<Merger[]> {
  const found = new Map<string, Municipality>();
  for (const validOn of new Set([dayBefore(startDate), REGISTRY_START])) {
    const page = await api.GET('/v1/municipalities', {
      params: { query: { q: query, validOn, limit: 20 } },
    });
    for (const m of page.data?.data ?? [])
      if (m.validTo && m.validTo <= startDate && !existing.has(m.code)) found.set(m.code, m);
  }
  const mergers = await Promise.all(
    [...found.values()].map(async (former) => {
      const detail = await api.GET('/v1/municipalities/{code}', {
        params: { path: { code: former.code } },
      });
      // The chain's last step before the period began names what it had become by then.
      const step = (detail.data?.data.successors ?? [])
        .filter((s) => s.effectiveDate <= startDate && existing.has(s.code))
        .at(-1);
      return step
        ? {
            former: { code: former.code, name: former.name },
            on: step.effectiveDate,
            into: existing.get(step.code)!,
          }
        : undefined;
    }),
  );
  return mergers.filter((m) => m !== undefined);
}

/**
 * Finds a municipality that existed when the period began — by Finnish or Swedish name (accents
 * optional) or code, narrowed by region — and adds it. A municipality merged away before the
 * period began is found by its name too, and offers the one it merged into; one already a
 * member says so. The API's answer shows at the field.
 */
function AddMember({
  period,
  existing,
  onAdded,
}: {
  period: Period;
  existing: Participant[];
  onAdded: (name: string) => Promise<void>;
}) {
  const t = useT();
  const tn = useTn();
  const language = useLanguage();
  const resultsId = useId();
  const [all, setAll] = useState<Municipality[] | null>(null);
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState('');
  const [role, setRole] = useState<ParticipationRole>(DEFAULT_PARTICIPATION_ROLE);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [mergers, setMergers] = useState<Merger[]>([]);

  useEffect(() => {
    void listAll((page) =>
      api.GET('/v1/municipalities', {
        params: { query: { validOn: period.startDate, ...page } },
      }),
    ).then(setAll);
  }, [period.startDate]);

  const taken = useMemo(() => new Set(existing.map((m) => m.municipalityCode)), [existing]);
  const matches = useMemo(() => {
    const key = searchKey(query);
    return (all ?? []).filter(
      (m) =>
        (!region || m.regionCode === region) &&
        (!key ||
          m.code.startsWith(key) ||
          searchKey(m.names.fi).includes(key) ||
          searchKey(m.names.sv ?? '').includes(key)),
    );
  }, [all, query, region]);

  // Names of municipalities merged away before the period began: asked of the API, which
  // knows former names, once the query is a name of three letters or more.
  useEffect(() => {
    const trimmed = query.trim();
    // What was found for another query never shows beside this one's matches.
    setMergers([]);
    if (searchKey(trimmed).length < 3 || /^\d+$/.test(trimmed)) return;
    let current = true;
    const existing = new Map((all ?? []).map((m) => [m.code, m]));
    const timer = setTimeout(() => {
      void findMergers(trimmed, period.startDate, existing).then((found) => {
        if (current) setMergers(found.filter((m) => !region || m.into.regionCode === region));
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, region, period.startDate, all]);

  const regions = REGIONS.filter((r) => all?.some((m) => m.regionCode === r.code));
  const searching = Boolean(query || region);
  const shown = searching ? matches.slice(0, MAX_SHOWN) : [];
  const addable = matches.filter((m) => !taken.has(m.code));

  async function add(code: string, name: string) {
    const result = await api.POST('/v1/periods/{periodId}/participants', {
      params: { path: { periodId: period.id } },
      body: { municipalityCode: code, role },
    });
    if (!result.response.ok) {
      setIssues(
        // An issue about the role stays at the role; anything else is about the municipality.
        issuesOfProblem(result.error as never, result.response.statusText).map((issue) =>
          fieldPath(issue.path) === '/role' ? issue : { ...issue, path: '/municipalityCode' },
        ),
      );
      return;
    }
    setIssues([]);
    setQuery('');
    await onAdded(name);
  }

  const regionName = (code: string | null) =>
    REGIONS.find((r) => r.code === code)?.name[language] ?? '–';
  const addButton = (m: Municipality) =>
    taken.has(m.code) ? (
      <strong>{t('alreadyMember', { name: m.names.fi })}</strong>
    ) : (
      <button type="button" className="secondary" onClick={() => void add(m.code, m.names.fi)}>
        {t('addNamed', { name: m.names.fi })}
      </button>
    );

  return (
    <form
      aria-labelledby="add-member-title"
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        // Enter adds the first match not yet a member, or a typed code as it is (the API says
        // if it is wrong).
        const first = addable[0] ?? mergers.find((m) => !taken.has(m.into.code))?.into;
        const code = /^\d{3}$/.exec(query.trim())?.[0];
        if (code && first?.code !== code) void add(code, code);
        else if (first && query) void add(first.code, first.names.fi);
      }}
    >
      <h2 id="add-member-title">{t('addMember')}</h2>
      <div className="filters">
        <Field label={t('searchMunicipality')} path="/municipalityCode" issues={issues}>
          {(control) => (
            <input
              {...control}
              type="search"
              aria-controls={resultsId}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={t('regionFilter')} path="/region" issues={[]}>
          {(control) => (
            <select {...control} value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">{t('allRegions')}</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name[language] ?? r.name.fi}
                  {language === 'fi' && r.name.sv !== r.name.fi ? ` / ${r.name.sv}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('role')} path="/role" issues={issues}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(e) => setRole(e.target.value as ParticipationRole)}
            >
              {PARTICIPATION_ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`role_${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p aria-live="polite" className="hint">
        {!all
          ? t('loading')
          : searching
            ? `${tn('municipalitiesFound', matches.length + mergers.length)}${
                matches.length > MAX_SHOWN
                  ? ` ${t('narrowSearch', { shown: String(MAX_SHOWN), total: String(matches.length) })}`
                  : ''
              }`
            : ''}
      </p>
      <ul id={resultsId} className="picker">
        {shown.map((m) => (
          <li key={m.code}>
            {addButton(m)}{' '}
            {m.names.sv && m.names.sv !== m.names.fi && <span lang="sv">{m.names.sv}</span>}{' '}
            <span className="hint">
              ({m.code}, {regionName(m.regionCode)})
            </span>
          </li>
        ))}
        {searching &&
          mergers.map(({ former, on, into }) => (
            <li key={`${former.code}-${into.code}`}>
              <span>
                {t('mergedInto', {
                  name: former.name,
                  into: into.names.fi,
                  date: formatDate(on, language),
                })}
              </span>{' '}
              — {addButton(into)}
            </li>
          ))}
      </ul>
      <button type="submit">{t('add')}</button>
    </form>
  );
}
