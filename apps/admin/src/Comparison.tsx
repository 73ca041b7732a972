import { useEffect, useId, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { ComparisonChart } from './ComparisonChart.tsx';
import {
  cellsOf,
  csvHref,
  defaultIndicators,
  fetchComparison,
  fetchIndicators,
  fetchPeriod,
  type Indicator,
  type MemberCell,
  type PeriodComparison,
  yearsOf,
} from './comparison-data.ts';
import { useLanguage, useT } from './i18n.ts';
import { reportHash } from './routes.ts';
import { DataTable } from './ui/DataTable.tsx';
import { formatNumber, localText } from './ui/format.ts';
import { type Status, StatusMessage } from './ui/StatusMessage.tsx';
import { failureStatus } from './ui/writes.ts';

const MAX_INDICATORS = 10;

/**
 * A period's comparison data (vertailutieto): choose a year and indicators; each member is
 * shown beside its comparison group (median, quartiles, range, rank) in a chart and a table
 * with the same numbers, with the method, the sources and a CSV download. A member's printable
 * starting-point report opens from here.
 */
export function Comparison({ periodId }: { periodId: string }) {
  const t = useT();
  const language = useLanguage();
  const [catalogue, setCatalogue] = useState<Indicator[] | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  // What is shown: the selection as it was when "show" was pressed.
  const [shown, setShown] = useState<{ year: number; indicators: string[] } | null>(null);
  const [comparison, setComparison] = useState<PeriodComparison | null>(null);
  const [member, setMember] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [label, setLabel] = useState(periodId);
  const formId = useId();

  useEffect(() => {
    let live = true;
    void fetchPeriod(periodId).then((answer) => {
      if (live && answer.data) setLabel(answer.data.data.label);
    });
    void fetchIndicators().then((answer) => {
      if (!live) return;
      if (!answer.data) return setStatus(failureStatus(answer, language));
      {
        const indicators = answer.data.data;
        setCatalogue(indicators);
        const years = yearsOf(indicators);
        // The latest year with key figures held for most indicators: 2018.
        const start = years.includes(2018) ? 2018 : years.at(-1)!;
        setYear(start);
        const first = defaultIndicators(indicators, start);
        setChosen(first);
        setShown({ year: start, indicators: first });
      }
    });
    return () => {
      live = false;
    };
  }, [periodId, language]);

  useEffect(() => {
    if (!shown || shown.indicators.length === 0) return;
    let live = true;
    setComparison(null);
    void fetchComparison(periodId, shown.year, shown.indicators).then((answer) => {
      if (!live) return;
      if (!answer.data) return setStatus(failureStatus(answer, language));
      const found = answer.data;
      setStatus(null);
      setComparison(found);
      setMember((current) => current ?? found.data.members[0]?.code ?? null);
    });
    return () => {
      live = false;
    };
  }, [periodId, shown, language]);

  const toggle = (id: string, on: boolean) =>
    setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  return (
    <section aria-labelledby="comparison-title" className="comparison">
      <p className="no-print">
        <a href={`#/periods/${periodId}`}>{t('back')}</a>
      </p>
      <h1 id="comparison-title">{t('comparisonOf', { period: label })}</h1>
      <p>{t('comparisonHelp')}</p>
      <StatusMessage status={status} />
      {!catalogue || year === null ? (
        <p>{t('loading')}</p>
      ) : (
        <form
          id={formId}
          className="comparison-choice"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen.length > 0) setShown({ year, indicators: [...chosen] });
          }}
        >
          <Dropdown
            labelText={t('year')}
            fullWidth
            value={String(year)}
            onChange={(value) => setYear(Number(value))}
          >
            {yearsOf(catalogue).map((y) => (
              <DropdownItem key={y} value={String(y)}>
                {String(y)}
              </DropdownItem>
            ))}
          </Dropdown>
          <CheckboxGroup labelText={t('indicators')} groupHintText={t('indicatorsHint')}>
            {catalogue.map((indicator) => {
              const checked = chosen.includes(indicator.id);
              return (
                <Checkbox
                  key={indicator.id}
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX_INDICATORS}
                  onClick={({ checkboxState }) => toggle(indicator.id, checkboxState)}
                >
                  {`${indicator.name} (${indicator.unit}; ${indicator.years.join(', ')})`}
                </Checkbox>
              );
            })}
          </CheckboxGroup>
          <Button type="submit" disabled={chosen.length === 0}>
            {t('showComparison')}
          </Button>
        </form>
      )}
      {shown && !comparison && !status && <p>{t('loading')}</p>}
      {comparison && shown && (
        <>
          <p className="actions no-print">
            <a href={csvHref(periodId, shown.year, shown.indicators)} download>
              {t('downloadCsv')}
            </a>
          </p>
          {comparison.data.members.length > 0 && (
            <div className="report-choice no-print">
              <Dropdown
                labelText={t('member')}
                fullWidth
                value={member}
                onChange={(code) => setMember(code)}
              >
                {comparison.data.members.map((m) => (
                  <DropdownItem key={m.code} value={m.code}>
                    {m.name}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Button
                variant="secondary"
                disabled={!member}
                onClick={() => {
                  if (member)
                    window.location.hash = reportHash(
                      periodId,
                      member,
                      shown.year,
                      shown.indicators,
                    );
                }}
              >
                {t('openReport')}
              </Button>
            </div>
          )}
          {comparison.data.indicators.map((column, index) => (
            <IndicatorSection
              key={column.id}
              comparison={comparison}
              column={index}
              catalogue={catalogue ?? []}
            />
          ))}
          <Attribution comparison={comparison} />
        </>
      )}
    </section>
  );
}

/** Sources of the figures, in the UI's language where they exist, else in Finnish. */
export function Attribution({ comparison }: { comparison: PeriodComparison }) {
  const t = useT();
  const language = useLanguage();
  const text = comparison.attribution.text;
  return (
    <section aria-labelledby="sources-title" className="attribution">
      <h2 id="sources-title">{t('sources')}</h2>
      <p lang={localText(text, language).lang}>{localText(text, language).text}</p>
    </section>
  );
}

/** A number as the UI's language writes it; unknown stays unknown. */
export function useNumber() {
  const t = useT();
  const language = useLanguage();
  return (value: number | null | undefined) =>
    value === null || value === undefined ? t('unknown') : formatNumber(value, language);
}

function IndicatorSection({
  comparison,
  column,
  catalogue,
}: {
  comparison: PeriodComparison;
  column: number;
  catalogue: Indicator[];
}) {
  const t = useT();
  const language = useLanguage();
  const number = useNumber();
  const titleId = useId();
  const indicator = comparison.data.indicators[column]!;
  const entry = catalogue.find((i) => i.id === indicator.id);
  const method = indicator.method === null ? null : comparison.data.methods[indicator.method];
  const cells = cellsOf(comparison, column);
  const year = String(indicator.year);
  return (
    <section aria-labelledby={titleId} className="indicator">
      <h2 id={titleId}>
        {indicator.name} ({indicator.unit}), {year}
      </h2>
      {indicator.nearestYear !== null ? (
        <p>{t('noYear', { year, nearest: String(indicator.nearestYear) })}</p>
      ) : (
        <>
          <p>
            {t('areaDivisionOf', {
              division: String(indicator.areaDivision),
              source: entry?.coverage.find((c) => c.year === indicator.year)?.publisher ?? '',
            })}
          </p>
          <ComparisonChart
            caption={t('chartOf', { indicator: indicator.name, year })}
            cells={cells}
          />
          <DataTable<MemberCell>
            caption={t('tableOf', { indicator: indicator.name, unit: indicator.unit, year })}
            rows={cells}
            pageSize={null}
            rowKey={(c) => c.code}
            columns={[
              { label: t('member'), rowHeader: true, cell: (c) => c.name },
              { label: t('value'), cell: (c) => number(c.value), className: () => 'number' },
              {
                label: t('median'),
                cell: (c) => number(c.group?.median),
                className: () => 'number',
              },
              {
                label: t('lowerQuartile'),
                cell: (c) => number(c.group?.q1),
                className: () => 'number',
              },
              {
                label: t('upperQuartile'),
                cell: (c) => number(c.group?.q3),
                className: () => 'number',
              },
              {
                label: t('rank'),
                cell: (c) =>
                  c.rank === null || !c.group
                    ? t('unknown')
                    : t('rankOf', { rank: String(c.rank), n: String(c.group.n) }),
              },
              {
                label: t('groupSize'),
                cell: (c) =>
                  c.group
                    ? t('groupSizeOf', { size: String(c.group.groupSize), n: String(c.group.n) })
                    : t('unknown'),
              },
            ]}
          />
          {method && (
            <details>
              <summary>{t('method')}</summary>
              <p lang="en">{method.description}</p>
            </details>
          )}
        </>
      )}
      {entry?.caveat && (
        <p className="caveat" lang={localText(entry.caveat, language).lang}>
          <strong lang={language}>{t('caveat')}:</strong> {localText(entry.caveat, language).text}
        </p>
      )}
    </section>
  );
}
