import { searchKey } from '@verkosto/core';
import { Fragment, type Key, type ReactNode, useId, useMemo, useState } from 'react';
import { useLanguage, useT, useTn } from '../i18n.ts';
import { LOCALES } from './format.ts';

export interface Column<T> {
  label: string;
  cell: (row: T) => ReactNode;
  /** The cell that names the row: a row header (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: (row: T) => string | undefined;
  /** Makes the column sortable, by this value (text sorts in the UI language's order). */
  sortValue?: (row: T) => string | number | null | undefined;
  /** The text the filter looks in; the sort value when absent. */
  filterText?: (row: T) => string;
  lang?: string;
}

type Sort = { column: number; direction: 'ascending' | 'descending' };

/**
 * A table with a caption and header cells, so screen readers announce every cell with its
 * column (and row) — the shape every list in the app takes. Columns with a `sortValue` sort
 * (aria-sort on the header); `filterable` adds a text filter over the rows (accents optional);
 * more rows than `pageSize` are paged. The caption says how many rows are shown of how many.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  className,
  filterable = false,
  pageSize = 50,
  initialSort,
  expanded,
}: {
  caption: ReactNode;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  className?: string;
  filterable?: boolean;
  /** Rows a page; null shows every row (a chart's numbers, which must match the chart). */
  pageSize?: number | null;
  initialSort?: Sort;
  /** A full-width row under a row (an edit form), when it returns something. */
  expanded?: (row: T) => ReactNode;
}) {
  const t = useT();
  const tn = useTn();
  const language = useLanguage();
  const filterId = useId();
  const [sort, setSort] = useState<Sort | undefined>(initialSort);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);

  const shown = useMemo(() => {
    const key = searchKey(filter);
    const filtered = key
      ? rows.filter((row) =>
          columns.some((column) => {
            const text = column.filterText?.(row) ?? column.sortValue?.(row);
            return text != null && searchKey(String(text)).includes(key);
          }),
        )
      : [...rows];
    const by = sort && columns[sort.column]?.sortValue;
    if (!by || !sort) return filtered;
    const collator = new Intl.Collator(LOCALES[language], { numeric: true });
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return filtered.sort((a, b) => {
      const [x, y] = [by(a), by(b)];
      // Unknown values go last, whichever the direction.
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return sign * order;
    });
  }, [rows, columns, filter, sort, language]);

  const size = pageSize ?? Math.max(1, shown.length);
  const pages = Math.max(1, Math.ceil(shown.length / size));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * size, (current + 1) * size);
  const toggle = (index: number) => {
    setSort((was) => ({
      column: index,
      direction:
        was?.column === index && was.direction === 'ascending' ? 'descending' : 'ascending',
    }));
    setPage(0);
  };

  return (
    <>
      {filterable && (
        <div className="table-tools">
          <div className="field">
            <label htmlFor={filterId}>{t('filterRows')}</label>
            <input
              id={filterId}
              type="search"
              value={filter}
              autoComplete="off"
              onChange={(e) => {
                setFilter(e.target.value);
                setPage(0);
              }}
            />
          </div>
        </div>
      )}
      <div className="table-scroll">
        <table className={className}>
          <caption>
            {caption}
            {(filter || pages > 1) && (
              <span className="hint">
                {' '}
                (
                {shown.length === rows.length
                  ? tn('rowsShown', rows.length)
                  : t('rowsOf', { shown: String(shown.length), total: String(rows.length) })}
                {pages > 1 &&
                  `, ${t('pageOf', { page: String(current + 1), pages: String(pages) })}`}
                )
              </span>
            )}
          </caption>
          <thead>
            <tr>
              {columns.map((column, index) => {
                const sorted = sort?.column === index ? sort.direction : undefined;
                return (
                  <th
                    key={column.label}
                    scope="col"
                    aria-sort={column.sortValue ? (sorted ?? 'none') : undefined}
                  >
                    {column.sortValue ? (
                      <button type="button" className="sort" onClick={() => toggle(index)}>
                        {column.label}
                        <span aria-hidden="true">
                          {sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''}
                        </span>
                      </button>
                    ) : (
                      column.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((row, index) => {
              const extra = expanded?.(row);
              return (
                <Fragment key={rowKey(row, index)}>
                  <tr>
                    {columns.map((column) =>
                      column.rowHeader ? (
                        <th
                          key={column.label}
                          scope="row"
                          lang={column.lang}
                          className={column.className?.(row)}
                        >
                          {column.cell(row)}
                        </th>
                      ) : (
                        <td
                          key={column.label}
                          lang={column.lang}
                          className={column.className?.(row)}
                        >
                          {column.cell(row)}
                        </td>
                      ),
                    )}
                  </tr>
                  {extra && (
                    <tr>
                      <td colSpan={columns.length}>{extra}</td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav
          className="pager"
          aria-label={t('pageOf', { page: String(current + 1), pages: String(pages) })}
        >
          <button
            type="button"
            className="secondary"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('previousPage')}
          </button>
          <span>{t('pageOf', { page: String(current + 1), pages: String(pages) })}</span>
          <button
            type="button"
            className="secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('nextPage')}
          </button>
        </nav>
      )}
    </>
  );
}
