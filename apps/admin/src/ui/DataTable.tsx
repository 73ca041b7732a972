import type { Key, ReactNode } from 'react';

export interface Column<T> {
  label: string;
  cell: (row: T) => ReactNode;
  /** The cell that names the row: a row header (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: (row: T) => string | undefined;
}

/**
 * A table with a caption and header cells, so screen readers announce every cell with its
 * column (and row) — the shape every list in the app takes.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  className,
}: {
  caption: ReactNode;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  className?: string;
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.label} scope="row" className={column.className?.(row)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.label} className={column.className?.(row)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
