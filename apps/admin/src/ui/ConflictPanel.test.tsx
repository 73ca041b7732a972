// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../i18n.ts';
import { ConflictPanel } from './ConflictPanel.tsx';

afterEach(cleanup);

describe('ConflictPanel', () => {
  it('lists only the fields where the saved version differs, and offers both ways out', () => {
    const onTakeTheirs = vi.fn();
    const onSaveMine = vi.fn();
    render(
      <LanguageContext.Provider value="en">
        <ConflictPanel
          labels={{ fi: 'Name in Finnish', keywords: 'Keywords' }}
          yours={{ fi: 'Sama', keywords: 'a, b' }}
          theirs={{ fi: 'Sama', keywords: 'c' }}
          onTakeTheirs={onTakeTheirs}
          onSaveMine={onSaveMine}
        />
      </LanguageContext.Provider>,
    );
    const table = screen.getByRole('table', { name: 'Changes' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toBe('Keywordsa, bc');
    fireEvent.click(screen.getByRole('button', { name: 'Take the saved version' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save mine over it' }));
    expect(onTakeTheirs).toHaveBeenCalledOnce();
    expect(onSaveMine).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert').textContent).toMatch(/Someone else just changed this/);
  });
});
