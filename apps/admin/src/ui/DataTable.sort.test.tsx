// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageContext } from '../i18n.ts';
import { DataTable } from './DataTable.tsx';

afterEach(cleanup);

const rows = Array.from({ length: 120 }, (_, i) => ({ n: i + 1, name: `Ääni ${i + 1}` }));

function renderTable() {
  render(
    <LanguageContext.Provider value="fi">
      <DataTable
        caption="Kaudet"
        rows={rows}
        rowKey={(row) => row.n}
        filterable
        pageSize={50}
        columns={[
          { label: 'Nimi', rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
          { label: 'Numero', cell: (r) => r.n, sortValue: (r) => r.n },
        ]}
      />
    </LanguageContext.Provider>,
  );
  return screen.getByRole('table', { name: /Kaudet/ });
}

const firstRowHeader = (table: HTMLElement) =>
  within(table).getAllByRole('rowheader')[0]!.textContent;

describe('DataTable sorting, filtering and paging', () => {
  it('pages past the first page and says where it is', () => {
    const table = renderTable();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(50);
    expect(table.querySelector('caption')!.textContent).toContain('Sivu 1/3');
    fireEvent.click(screen.getAllByRole('button', { name: 'Seuraava sivu' })[0]!);
    expect(firstRowHeader(table)).toBe('Ääni 51');
    fireEvent.click(screen.getAllByRole('button', { name: 'Seuraava sivu' })[0]!);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(20);
  });

  it('sorts numbers as numbers, both ways, and marks the column with aria-sort', () => {
    const table = renderTable();
    const header = within(table).getByRole('columnheader', { name: 'Numero' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(firstRowHeader(table)).toBe('Ääni 1');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstRowHeader(table)).toBe('Ääni 120');
  });

  it('filters without accents, and counts what it shows', () => {
    const table = renderTable();
    fireEvent.change(screen.getByLabelText('Suodata'), { target: { value: 'aani 11' } });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Ääni 11',
      'Ääni 110',
      'Ääni 111',
      'Ääni 112',
      'Ääni 113',
      'Ääni 114',
      'Ääni 115',
      'Ääni 116',
      'Ääni 117',
      'Ääni 118',
      'Ääni 119',
    ]);
    expect(table.querySelector('caption')!.textContent).toContain('11/120');
  });
});
