import type { Schemas } from '@verkosto/client';
import { unwrap, VerkostoProblem } from '@verkosto/client';
import { useCallback, useEffect, useId, useState } from 'react';
import { api } from './api.ts';
import { useT } from './i18n.ts';
import { PeriodThemes } from './PeriodThemes.tsx';

type Period = Schemas['Period'];
type Participant = Schemas['Participant'];
type Municipality = Schemas['Municipality'];

/** A period's members: the table, adding with a searchable picker, removing with If-Match. */
export function PeriodMembers({ periodId, canEdit }: { periodId: string; canEdit: boolean }) {
  const t = useT();
  const [period, setPeriod] = useState<Period | null>(null);
  const [members, setMembers] = useState<Participant[] | null>(null);
  const [status, setStatus] = useState<{
    kind: 'saved' | 'conflict' | 'error';
    text: string;
  } | null>(null);

  const load = useCallback(async () => {
    const [p, m] = await Promise.all([
      api.GET('/v1/periods/{periodId}', { params: { path: { periodId } } }),
      api.GET('/v1/periods/{periodId}/participants', {
        params: { path: { periodId }, query: { limit: 500 } },
      }),
    ]);
    setPeriod(unwrap(p).data);
    setMembers(unwrap(m).data);
  }, [periodId]);
  useEffect(() => {
    void load();
  }, [load]);

  async function remove(member: Participant) {
    setStatus(null);
    const current = await api.GET('/v1/periods/{periodId}/participants/{code}', {
      params: { path: { periodId, code: member.municipalityCode } },
    });
    const etag = current.response.headers.get('etag') ?? '';
    const result = await api.DELETE('/v1/periods/{periodId}/participants/{code}', {
      params: { path: { periodId, code: member.municipalityCode }, header: { 'if-match': etag } },
    });
    if (result.response.status === 412) setStatus({ kind: 'conflict', text: t('conflict') });
    else if (!result.response.ok)
      setStatus({ kind: 'error', text: (result.error as { detail?: string })?.detail ?? '' });
    else {
      setStatus({ kind: 'saved', text: t('saved') });
      await load();
    }
  }

  if (!period || !members) return <p>{t('loading')}</p>;
  return (
    <section aria-labelledby="period-title">
      <p>
        <a href="#/">{t('back')}</a>
      </p>
      <h1 id="period-title">
        {period.label} ({period.startDate} – {period.endDate})
      </h1>
      <div aria-live="polite">
        {status && (
          <p
            className={status.kind === 'saved' ? 'ok' : 'error'}
            role={status.kind === 'saved' ? 'status' : 'alert'}
          >
            {status.text}{' '}
            {status.kind === 'conflict' && (
              <button type="button" onClick={() => void load()}>
                {t('reload')}
              </button>
            )}
          </p>
        )}
      </div>
      <h2>{t('members')}</h2>
      {!canEdit && <p>{t('readOnly')}</p>}
      {members.length === 0 ? (
        <p>{t('noMembers')}</p>
      ) : (
        <table>
          <caption>
            {t('members')}: {members.length}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('municipality')}</th>
              <th scope="col">{t('swedishName')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('membership')}</th>
              {canEdit && <th scope="col">{t('remove')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.municipalityCode}>
                <td>{m.municipalityCode}</td>
                <td>{m.names.fi}</td>
                <td lang="sv">{m.names.sv}</td>
                <td>{m.regionName ?? '–'}</td>
                <td>{m.membership ? t(m.membership) : t('unknown')}</td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      aria-label={t('removeMember', { name: m.names.fi })}
                      onClick={() => void remove(m)}
                    >
                      {t('remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <AddMember period={period} existing={members} onAdded={load} onStatus={setStatus} />
      )}
      <PeriodThemes periodId={periodId} canEdit={canEdit} />
    </section>
  );
}

function AddMember({
  period,
  existing,
  onAdded,
  onStatus,
}: {
  period: Period;
  existing: Participant[];
  onAdded: () => Promise<void>;
  onStatus: (status: { kind: 'saved' | 'error'; text: string } | null) => void;
}) {
  const t = useT();
  const inputId = useId();
  const errorId = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Municipality[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const handle = setTimeout(async () => {
      const result = await api.GET('/v1/municipalities', {
        params: { query: { validOn: period.startDate, q: query, limit: 20 } },
      });
      if (result.data)
        setOptions(
          result.data.data.filter((m) => !existing.some((e) => e.municipalityCode === m.code)),
        );
    }, 150);
    return () => clearTimeout(handle);
  }, [query, period.startDate, existing]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const code = /^\d{3}/.exec(query)?.[0] ?? options[0]?.code;
    if (!code) return;
    try {
      unwrap(
        await api.POST('/v1/periods/{periodId}/participants', {
          params: { path: { periodId: period.id } },
          body: { municipalityCode: code },
        }),
      );
      setError(null);
      setQuery('');
      onStatus({ kind: 'saved', text: t('saved') });
      await onAdded();
    } catch (failure) {
      // The API's issues, shown next to the field they concern.
      const problem = failure instanceof VerkostoProblem ? failure.problem : undefined;
      setError(
        problem?.issues?.map((issue) => issue.message.fi).join(' ') ??
          problem?.detail ??
          String(failure),
      );
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('addMember')}</h2>
      <label htmlFor={inputId}>{t('searchMunicipality')}</label>
      <input
        id={inputId}
        list={`${inputId}-options`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
      />
      <datalist id={`${inputId}-options`}>
        {options.map((m) => (
          <option key={m.code} value={`${m.code} ${m.names.fi}`}>
            {m.names.sv !== m.names.fi ? `${m.names.fi} / ${m.names.sv}` : m.names.fi}
          </option>
        ))}
      </datalist>{' '}
      <button type="submit">{t('add')}</button>
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
