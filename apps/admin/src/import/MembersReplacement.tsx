import { useEffect, useState } from 'react';
import { api, listAll } from '../api.ts';
import { useT, useTn } from '../i18n.ts';
import { type Replacement, readMemberRows, replacementOf } from './members-replacement.ts';

/**
 * Before a members CSV is applied: says plainly that it replaces the members of the periods it
 * names, and lists, period by period, the members it would remove and those it would add.
 */
export function MembersReplacement({ file }: { file: File }) {
  const t = useT();
  const tn = useTn();
  const [replacements, setReplacements] = useState<Array<Replacement & { label: string }> | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    void (async () => {
      const rows = readMemberRows(await file.text());
      const found = await Promise.all(
        [...rows].map(async ([periodId, periodRows]) => {
          const period = await api.GET('/v1/periods/{periodId}', {
            params: { path: { periodId } },
          });
          // A period that does not exist is the dry run's to report.
          if (!period.data) return undefined;
          const current = await listAll((query) =>
            api.GET('/v1/periods/{periodId}/participants', {
              params: { path: { periodId }, query },
            }),
          );
          return { ...replacementOf(periodId, periodRows, current), label: period.data.data.label };
        }),
      );
      if (live) setReplacements(found.filter((r) => r !== undefined));
    })();
    return () => {
      live = false;
    };
  }, [file]);

  return (
    <section aria-labelledby="replacement-title" className="alert-box">
      <h4 id="replacement-title">{t('replacesMembers')}</h4>
      <p>{t('membersCsvReplaces')}</p>
      {!replacements ? (
        <p>{t('loading')}</p>
      ) : (
        replacements.map((r) => (
          <div key={r.periodId}>
            <p>
              <strong>{r.label}</strong>:{' '}
              {t('replacementSummary', {
                added: tn('municipalityCount', r.added.length),
                removed: tn('municipalityCount', r.removed.length),
                kept: tn('municipalityCount', r.kept),
              })}
            </p>
            {r.removed.length > 0 && (
              <>
                <p>{t('wouldRemove', { period: r.label })}</p>
                <ul>
                  {r.removed.map((m) => (
                    <li key={m.municipalityCode}>
                      {m.names.fi} ({m.municipalityCode})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {r.added.length > 0 && (
              <>
                <p>{t('wouldAdd', { period: r.label })}</p>
                <ul>
                  {r.added.map((row, index) => (
                    <li key={`${row.code ?? row.name}-${index}`}>
                      {[row.name, row.code && `(${row.code})`].filter(Boolean).join(' ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))
      )}
    </section>
  );
}
