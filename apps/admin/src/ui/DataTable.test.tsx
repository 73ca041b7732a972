// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './DataTable.tsx';

afterEach(cleanup);

describe('DataTable', () => {
  it('names the table by its caption, and every cell by its column and row header', () => {
    render(
      <DataTable
        caption="Jäsenkunnat"
        rows={[
          { code: '091', fi: 'Helsinki', sv: 'Helsingfors' },
          { code: '609', fi: 'Pori', sv: 'Björneborg' },
        ]}
        rowKey={(row) => row.code}
        columns={[
          { label: 'Kunta', rowHeader: true, cell: (row) => row.fi },
          { label: 'Ruotsiksi', cell: (row) => row.sv, className: () => 'sv' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Jäsenkunnat' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Kunta', 'Ruotsiksi']);
    const pori = within(table).getByRole('rowheader', { name: 'Pori' });
    expect(pori.getAttribute('scope')).toBe('row');
    expect(within(table).getByRole('cell', { name: 'Björneborg' }).className).toBe('sv');
  });
});
