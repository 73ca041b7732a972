import { useEffect, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { Attribution, useNumber } from './Comparison.tsx';
import { cellsOf, fetchComparison, fetchPeriod, type PeriodComparison } from './comparison-data.ts';
import { useLanguage, useT } from './i18n.ts';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { failureStatus } from './ui/writes.ts';

/**
 * A member's starting-point report (lähtötilanneraportti), as FCG made one for each USO 5
 * member: its indicators beside its comparison group's median, quartiles and its rank, with the
 * method and sources. Made for paper: the print stylesheet leaves out the app around it.
 */
export function ComparisonReport({
  periodId,
  code,
  year,
  indicators,
}: {
  periodId: string;
  code: string;
  year: number;
  indicators: string[];
}) {
  const t = useT();
  const language = useLanguage();
  const number = useNumber();
  const [comparison, setComparison] = useState<PeriodComparison | null>(null);
  const [label, setLabel] = useState(periodId);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    let live = true;
    void fetchPeriod(periodId).then((answer) => {
      if (live && answer.data) setLabel(answer.data.data.label);
    });
    void fetchComparison(periodId, year, indicators).then((answer) => {
      if (!live) return;
      if (answer.data) setComparison(answer.data);
      else setStatus(failureStatus(answer, language));
    });
    return () => {
      live = false;
    };
  }, [periodId, year, indicators.join(','), language]);

  const back = (
    <p className="no-print">
      <a href={`#/periods/${periodId}/comparison`}>{t('backToComparison')}</a>
    </p>
  );
  if (status)
    return (
      <section aria-labelledby="report-title">
        {back}
        <h1 id="report-title">{t('startingPointReport')}</h1>
        <StatusMessage status={status} />
      </section>
    );
  if (!comparison) return <p>{t('loading')}</p>;
  const member = comparison.data.members.find((m) => m.code === code);
  if (!member)
    return (
      <section aria-labelledby="report-title">
        {back}
        <h1 id="report-title">{t('startingPointReport')}</h1>
        <p>{t('notMember', { code })}</p>
      </section>
    );
  const rows = comparison.data.indicators.map((indicator, column) => ({
    indicator,
    cell: cellsOf(comparison, column).find((c) => c.code === code)!,
  }));
  const methods = [
    ...new Set(rows.map((r) => r.indicator.method).filter((m): m is number => m !== null)),
  ];
  return (
    <article aria-labelledby="report-title" className="report">
      {back}
      <p className="no-print">
        <Button onClick={() => window.print()}>{t('print')}</Button>
      </p>
      <h1 id="report-title">{t('reportTitle', { name: member.name })}</h1>
      <p>{t('reportIntro', { name: member.name, period: label, year: String(year) })}</p>
      <table className="report-table">
        <caption>{t('reportTitle', { name: member.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('median')}</th>
            <th scope="col">{t('quartiles')}</th>
            <th scope="col">{t('rank')}</th>
            <th scope="col">{t('groupSize')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, cell }) => (
            <tr key={indicator.id}>
              <th scope="row">
                {indicator.name} ({indicator.unit})
                {indicator.nearestYear !== null && (
                  <>
                    <br />
                    <small>
                      {t('noYear', {
                        year: String(indicator.year),
                        nearest: String(indicator.nearestYear),
                      })}
                    </small>
                  </>
                )}
              </th>
              <td className="number">{number(cell.value)}</td>
              <td className="number">{number(cell.group?.median)}</td>
              <td className="number">
                {cell.group ? `${number(cell.group.q1)} – ${number(cell.group.q3)}` : t('unknown')}
              </td>
              <td>
                {cell.rank === null || !cell.group
                  ? t('unknown')
                  : t('rankOf', { rank: String(cell.rank), n: String(cell.group.n) })}
              </td>
              <td>
                {cell.group
                  ? t('groupSizeOf', {
                      size: String(cell.group.groupSize),
                      n: String(cell.group.n),
                    })
                  : t('unknown')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {methods.map((m) => (
        <section key={m} aria-label={t('method')}>
          <h2>{t('method')}</h2>
          <p lang="en">{comparison.data.methods[m]!.description}</p>
        </section>
      ))}
      <Attribution comparison={comparison} />
    </article>
  );
}
