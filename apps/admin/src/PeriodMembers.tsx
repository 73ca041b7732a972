import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import {
  DEFAULT_PARTICIPATION_ROLE,
  PARTICIPATION_ROLES,
  type ParticipationRole,
  searchKey,
} from '@verkosto/core';
import { REGIONS } from '@verkosto/data/regions';
import { Fragment, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { api } from './api.ts';
import { useLanguage, useT } from './i18n.ts';
import { MemberForm } from './MemberForm.tsx';
import { Field } from './ui/Field.tsx';
import { type FormIssue, fieldPath, issuesOfProblem } from './ui/issues.ts';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { deleteCurrentVersion, failureStatus } from './ui/writes.ts';

type Period = Schemas['Period'];
type Participant = Schemas['Participant'];
type Municipality = Schemas['Municipality'];

/** A period's members: the table, adding with a searchable picker, removing with If-Match. */
export function PeriodMembers({ period, canEdit }: { period: Period; canEdit: boolean }) {
  const t = useT();
  const language = useLanguage();
  const [members, setMembers] = useState<Participant[] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.GET('/v1/periods/{periodId}/participants', {
      params: { path: { periodId: period.id }, query: { limit: 500 } },
    });
    setMembers(unwrap(result).data);
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
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members')}</h2>
      <StatusMessage status={status} />
      {!canEdit && <p>{t('readOnly')}</p>}
      {members.length === 0 ? (
        <p>{t('noMembers')}</p>
      ) : (
        <table>
          <caption>
            {t('members')}: {members.length}
            {period.reportedMemberCount !== undefined &&
              ` (${t('reported')}: ${period.reportedMemberCount})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('swedishName')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('membership')}</th>
              {canEdit && <th scope="col">{t('actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <Fragment key={m.municipalityCode}>
                <tr>
                  <td>{m.municipalityCode}</td>
                  <td>{m.names.fi}</td>
                  <td lang="sv">{m.names.sv}</td>
                  <td>{m.regionName ?? '–'}</td>
                  <td>{t(`role_${m.role}`)}</td>
                  <td>{m.membership ? t(m.membership) : t('unknown')}</td>
                  {canEdit && (
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={t('editMemberNamed', { name: m.names.fi })}
                        onClick={() => setEditing(m.municipalityCode)}
                      >
                        {t('edit')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('removeMember', { name: m.names.fi })}
                        onClick={() => void remove(m)}
                      >
                        {t('remove')}
                      </button>
                    </td>
                  )}
                </tr>
                {editing === m.municipalityCode && (
                  <tr>
                    <td colSpan={7}>
                      <MemberForm
                        member={m}
                        onDone={(saved) => {
                          setEditing(null);
                          if (!saved) return;
                          setStatus({
                            kind: 'saved',
                            text: t('memberSaved', { name: m.names.fi }),
                          });
                          void load();
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
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

const MAX_SHOWN = 12;

/**
 * Finds a municipality that existed when the period began — by Finnish or Swedish name (accents
 * optional) or code, narrowed by region — and adds it. The API's answer shows at the field.
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
  const language = useLanguage();
  const resultsId = useId();
  const [all, setAll] = useState<Municipality[] | null>(null);
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState('');
  const [role, setRole] = useState<ParticipationRole>(DEFAULT_PARTICIPATION_ROLE);
  const [issues, setIssues] = useState<FormIssue[]>([]);

  useEffect(() => {
    void api
      .GET('/v1/municipalities', {
        params: { query: { validOn: period.startDate, limit: 500 } },
      })
      .then((result) => setAll(unwrap(result).data));
  }, [period.startDate]);

  const matches = useMemo(() => {
    const taken = new Set(existing.map((m) => m.municipalityCode));
    const key = searchKey(query);
    return (all ?? []).filter(
      (m) =>
        !taken.has(m.code) &&
        (!region || m.regionCode === region) &&
        (!key ||
          m.code.startsWith(key) ||
          searchKey(m.names.fi).includes(key) ||
          searchKey(m.names.sv ?? '').includes(key)),
    );
  }, [all, existing, query, region]);
  const regions = REGIONS.filter((r) => all?.some((m) => m.regionCode === r.code));

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

  return (
    <form
      aria-labelledby="add-member-title"
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        // Enter adds the first match, or a typed code as it is (the API says if it is wrong).
        const first = matches[0];
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
        {all ? t('matchCount', { count: String(matches.length) }) : t('loading')}
      </p>
      <ul id={resultsId} className="picker">
        {(query || region ? matches : []).slice(0, MAX_SHOWN).map((m) => (
          <li key={m.code}>
            <button
              type="button"
              className="secondary"
              onClick={() => void add(m.code, m.names.fi)}
            >
              {t('addNamed', { name: m.names.fi })}
            </button>{' '}
            {m.names.sv && m.names.sv !== m.names.fi && <span lang="sv">{m.names.sv}</span>}{' '}
            <span className="hint">
              ({m.code}, {REGIONS.find((r) => r.code === m.regionCode)?.name[language] ?? '–'})
            </span>
          </li>
        ))}
      </ul>
      <button type="submit">{t('add')}</button>
    </form>
  );
}
