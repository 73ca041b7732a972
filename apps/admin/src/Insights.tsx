import type { Schemas } from '@verkosto/client';
import { unwrap } from '@verkosto/client';
import { THEME_ORIGINS } from '@verkosto/core';
import { useEffect, useId, useState } from 'react';
import { api } from './api.ts';
import { useLanguage, useT, useTn } from './i18n.ts';
import { useNetworks } from './networks.ts';
import { type Column, DataTable } from './ui/DataTable.tsx';
import { formatNumber, formatReportedCount } from './ui/format.ts';
import { Inferred } from './ui/Inferred.tsx';

type PeriodInsight = Schemas['PeriodInsight'];

/** Bar colours with ≥ 3:1 contrast against white and against each other's text labels (WCAG 1.4.11). */
const COLOURS = { returning: '#0b5394', new: '#b45309', members: '#0b5394' } as const;

/**
 * A network at a glance: members per period (new and returning), where they are (regions), how
 * themes carry on from one period to the next, and what each period did (its activities). Every
 * chart has its numbers in a table too.
 */
export function Insights() {
  const t = useT();
  // The network the header's switcher chose.
  const networkId = useNetworks().current?.id;
  const [insights, setInsights] = useState<PeriodInsight[] | null>(null);
  const [themeNames, setThemeNames] = useState<Map<string, string>>(new Map());
  const language = useLanguage();
  useEffect(() => {
    let live = true;
    if (!networkId) return;
    void (async () => {
      const data = unwrap(
        await api.GET('/v1/networks/{networkId}/insights', { params: { path: { networkId } } }),
      ).data;
      if (!live) return;
      setInsights(data);
      // Names for the continued themes: only the periods they are in.
      const periodIds = new Set(
        data.flatMap((p) => p.themesContinued.flatMap((c) => [p.periodId, c.continuesPeriodId])),
      );
      const lists = await Promise.all(
        [...periodIds].map(
          async (periodId) =>
            unwrap(
              await api.GET('/v1/periods/{periodId}/themes', {
                params: { path: { periodId }, query: { limit: 500 } },
              }),
            ).data,
        ),
      );
      if (live) setThemeNames(new Map(lists.flat().map((theme) => [theme.id, theme.name])));
    })();
    return () => {
      live = false;
    };
  }, [networkId, language]);

  if (!insights) return <p>{t('loading')}</p>;
  return (
    <>
      <h1>{t('insights')}</h1>
      <MembersChart insights={insights} />
      <RegionsChart key={`regions-${networkId}`} insights={insights} />
      <ThemeContinuity insights={insights} themeNames={themeNames} />
      <ActivityInsights key={`activities-${networkId}`} insights={insights} />
    </>
  );
}

/**
 * A choice of period. The label is tied by id rather than wrapped around the select, so the
 * select's accessible name is the label alone, not the label plus its options.
 */
function PeriodSelect({
  label,
  periods,
  value,
  onChange,
}: {
  label: string;
  periods: PeriodInsight[];
  value: string;
  onChange: (periodId: string) => void;
}) {
  const id = useId();
  return (
    <p>
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {periods.map((p) => (
          <option key={p.periodId} value={p.periodId}>
            {p.label}
          </option>
        ))}
      </select>
    </p>
  );
}

/** One row per period, its label as the row header, then the given columns. */
function PeriodTable({
  caption,
  insights,
  columns,
}: {
  caption: string;
  insights: PeriodInsight[];
  columns: ReadonlyArray<Column<PeriodInsight>>;
}) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      rows={insights}
      pageSize={null}
      rowKey={(p) => p.periodId}
      columns={[{ label: t('period'), rowHeader: true, cell: (p) => p.label }, ...columns]}
    />
  );
}

/** The chart shows the latest periods; the table under it has them all. */
const CHART_PERIODS = 12;

function MembersChart({ insights: all }: { insights: PeriodInsight[] }) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const insights = all.slice(-CHART_PERIODS);
  const max = Math.max(
    1,
    ...insights.map((p) => Math.max(p.memberCount, p.reportedMemberCount ?? 0)),
  );
  const width = 640;
  const height = 240;
  const slot = width / insights.length;
  const bar = Math.min(56, slot * 0.6);
  const y = (value: number) => height - 30 - (value / max) * (height - 60);
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('membersPerPeriod')}</h2>
      <figure>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${titleId}-svg`}
          className="chart"
        >
          <title id={`${titleId}-svg`}>{t('membersChartCaption')}</title>
          {insights.map((p, i) => {
            const x = i * slot + (slot - bar) / 2;
            const returning = p.returningMemberCount ?? 0;
            const fresh = p.newMemberCount ?? p.memberCount - returning;
            // No member list on record, but a source gives the count: an outline, marked as reported.
            const reportedOnly = p.memberCount === 0 && p.reportedMemberCount;
            if (reportedOnly)
              return (
                <g key={p.periodId}>
                  <rect
                    x={x}
                    y={y(reportedOnly)}
                    width={bar}
                    height={y(0) - y(reportedOnly)}
                    fill="none"
                    stroke={COLOURS.members}
                    strokeWidth="2"
                    strokeDasharray="6 4"
                  />
                  <text x={x + bar / 2} y={y(reportedOnly) - 6} textAnchor="middle" fontSize="14">
                    ({formatReportedCount(reportedOnly, p.reportedMemberCountBound, language)})
                  </text>
                  <text x={x + bar / 2} y={height - 10} textAnchor="middle" fontSize="14">
                    {p.label}
                  </text>
                </g>
              );
            return (
              <g key={p.periodId}>
                <rect
                  x={x}
                  y={y(returning)}
                  width={bar}
                  height={y(0) - y(returning)}
                  fill={COLOURS.returning}
                />
                <rect
                  x={x}
                  y={y(returning + fresh)}
                  width={bar}
                  height={y(returning) - y(returning + fresh)}
                  fill={p.returningMemberCount === null ? COLOURS.members : COLOURS.new}
                />
                <text x={x + bar / 2} y={y(p.memberCount) - 6} textAnchor="middle" fontSize="14">
                  {p.memberCount}
                </text>
                <text x={x + bar / 2} y={height - 10} textAnchor="middle" fontSize="14">
                  {p.label}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>
          {t('membersChartCaption')}{' '}
          {all.length > insights.length &&
            `${t('latestPeriods', { count: String(insights.length) })} `}
          <span className="legend">
            <span className="swatch" style={{ background: COLOURS.returning }} /> {t('returning')}{' '}
            <span className="swatch" style={{ background: COLOURS.new }} /> {t('new')}{' '}
            <span className="swatch outline" /> {t('reportedOnly')}
          </span>
        </figcaption>
      </figure>
      <PeriodTable
        caption={t('membersPerPeriod')}
        insights={all}
        columns={[
          { label: t('onRecord'), cell: (p) => p.memberCount },
          {
            label: t('reported'),
            cell: (p) =>
              p.reportedMemberCount === null
                ? '–'
                : formatReportedCount(p.reportedMemberCount, p.reportedMemberCountBound, language),
          },
          { label: t('new'), cell: (p) => p.newMemberCount ?? '–' },
          { label: t('returning'), cell: (p) => p.returningMemberCount ?? '–' },
          { label: t('left'), cell: (p) => p.comparison?.leftMembers.length ?? '–' },
        ]}
      />
    </section>
  );
}

function RegionsChart({ insights }: { insights: PeriodInsight[] }) {
  const t = useT();
  const titleId = useId();
  const withMembers = insights.filter((p) => p.memberCount > 0);
  const [periodId, setPeriodId] = useState(withMembers.at(-1)?.periodId ?? '');
  const period = insights.find((p) => p.periodId === periodId);
  const regions = [...(period?.regions ?? [])].sort((a, b) => b.memberCount - a.memberCount);
  const max = Math.max(1, ...regions.map((r) => r.memberCount));
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('membersByRegion')}</h2>
      <PeriodSelect
        label={t('choosePeriod')}
        periods={withMembers}
        value={periodId}
        onChange={setPeriodId}
      />
      {regions.length === 0 ? (
        <p>{t('noMembers')}</p>
      ) : (
        <DataTable
          className="bars"
          caption={t('regionsCaption', { period: period?.label ?? '' })}
          rows={regions}
          pageSize={null}
          rowKey={(r) => r.regionCode}
          columns={[
            { label: t('region'), rowHeader: true, cell: (r) => r.regionName ?? r.regionCode },
            {
              label: t('members'),
              cell: (r) => (
                <>
                  <span
                    className="bar"
                    aria-hidden="true"
                    style={{ width: `${(r.memberCount / max) * 100}%` }}
                  />{' '}
                  {r.memberCount}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

function ThemeContinuity({
  insights,
  themeNames,
}: {
  insights: PeriodInsight[];
  themeNames: Map<string, string>;
}) {
  const t = useT();
  const titleId = useId();
  const labelOf = new Map(insights.map((p) => [p.periodId, p.label]));
  const name = (id: string) => themeNames.get(id) ?? id;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('themeContinuity')}</h2>
      <PeriodTable
        caption={t('themesByOrigin')}
        insights={insights}
        columns={[
          { label: t('themes'), cell: (p) => p.themeCount },
          ...THEME_ORIGINS.map((origin) => ({
            label: t(`origin_${origin}`),
            cell: (p: PeriodInsight) => p.themesByOrigin[origin] ?? 0,
          })),
        ]}
      />
      <h3>{t('continuedThemes')}</h3>
      {insights.every((p) => p.themesContinued.length === 0) ? (
        <p>{t('noContinuedThemes')}</p>
      ) : (
        <ul>
          {insights
            .filter((p) => p.themesContinued.length > 0)
            .map((p) => (
              <li key={p.periodId}>
                <strong>{p.label}</strong>
                <ul>
                  {p.themesContinued.map((c) => (
                    <li key={c.themeId}>
                      {name(c.themeId)} ← {name(c.continuesThemeId)} (
                      {labelOf.get(c.continuesPeriodId) ?? c.continuesPeriodId}
                      {c.inferred && <Inferred />})
                    </li>
                  ))}
                </ul>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What each period did: activities planned (by its programme) against held, its members'
 * municipal workshops against their quotas, and which of its themes the activities take up.
 */
function ActivityInsights({ insights }: { insights: PeriodInsight[] }) {
  const t = useT();
  const tn = useTn();
  const language = useLanguage();
  const titleId = useId();
  const [periodId, setPeriodId] = useState(
    insights.findLast((p) => p.activities.activityCount > 0)?.periodId ??
      insights.at(-1)?.periodId ??
      '',
  );
  const number = (value: number) => formatNumber(value, language);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  // The programme's plan, summed over the kinds it states a count for; unknown without any.
  const planned = (p: PeriodInsight) => {
    const known = p.activities.progress.flatMap((row) =>
      row.planned === null ? [] : [row.planned],
    );
    return known.length === 0 ? t('unknown') : number(sum(known));
  };
  const workshops = (p: PeriodInsight) => {
    const quotas = p.activities.workshops.flatMap((w) => (w.quota === null ? [] : [w.quota]));
    const held = sum(p.activities.workshops.map((w) => w.held));
    const booked = sum(p.activities.workshops.map((w) => w.planned));
    const use = t('workshopsHeld', { held: number(held), planned: number(booked) });
    return quotas.length === 0 ? use : `${use} (${tn('workshopQuotaTotal', sum(quotas))})`;
  };
  const period = insights.find((p) => p.periodId === periodId);
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('activityInsights')}</h2>
      <PeriodTable
        caption={t('activityInsightsCaption')}
        insights={insights}
        columns={[
          { label: t('activityCount'), cell: (p) => number(p.activities.activityCount) },
          { label: t('plannedCount'), cell: planned },
          {
            label: t('heldCount'),
            cell: (p) => number(sum(p.activities.progress.map((row) => row.held))),
          },
          { label: t('workshops'), cell: workshops },
          {
            label: t('themesTakenUp'),
            cell: (p) =>
              t('rowsOf', {
                shown: number(p.activities.themes.filter((x) => x.activities > 0).length),
                total: number(p.activities.themes.length),
              }),
          },
        ]}
      />
      <PeriodSelect
        label={t('choosePeriodActivities')}
        periods={insights}
        value={periodId}
        onChange={setPeriodId}
      />
      {!period || period.activities.themes.length === 0 ? (
        <p>{t('noThemes')}</p>
      ) : (
        <DataTable
          caption={t('themeCoverageCaption', { period: period.label })}
          rows={period.activities.themes}
          pageSize={null}
          rowKey={(x) => x.themeId}
          columns={[
            {
              label: t('themeColumn'),
              rowHeader: true,
              cell: (x) => <span lang={x.nameLanguage}>{x.name}</span>,
            },
            { label: t('activityCount'), cell: (x) => number(x.activities) },
            { label: t('heldCount'), cell: (x) => number(x.held) },
          ]}
        />
      )}
    </section>
  );
}
