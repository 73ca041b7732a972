// @vitest-environment jsdom

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@verkosto/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from './i18n.ts';
import { PeriodForm, proposedPeriod } from './PeriodForm.tsx';

// The form loads the validation (and zod) on its first save. Loaded here first, so that what the
// test waits for is the form's own work, not a cold module load on a busy machine (which once
// outlasted waitFor's limit).
beforeAll(() => import('@verkosto/validation'), 120_000);

/** A condition the form reaches after a save: no fixed wait, only a generous upper bound. */
const until = (check: () => void) => waitFor(check, { timeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const period = (ordinal: number, first: number): Schemas['Period'] => ({
  id: `uso-${ordinal}`,
  networkId: 'uso',
  ordinal,
  label: `USO ${ordinal}`,
  startDate: `${first}-01-01`,
  endDate: `${first + 1}-12-31`,
  status: 'ended',
  memberCount: 0,
  themeCount: 0,
  sources: [],
});

describe('proposedPeriod', () => {
  it('continues the numbering and the two-year terms of the latest period', () => {
    expect(proposedPeriod([period(7, 2023), period(6, 2021)])).toMatchObject({
      id: 'uso-8',
      ordinal: '8',
      label: 'USO 8',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
    });
    expect(proposedPeriod([])).toMatchObject({ ordinal: '1', label: '', startDate: '' });
  });
});

describe('PeriodForm', () => {
  it('checks the draft with the API’s validation in the browser and sends nothing invalid', async () => {
    const fetch = vi.fn(async (_request: Request) =>
      json({ data: [], meta: { nextCursor: null } }),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <LanguageContext.Provider value="fi">
        <PeriodForm networkId="uso" periods={[period(7, 2023)]} onDone={() => {}} />
      </LanguageContext.Provider>,
    );
    // The shape first: a number that is not one.
    fireEvent.change(screen.getByLabelText('Järjestysnumero'), { target: { value: 'kahdeksan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const ordinal = screen.getByLabelText('Järjestysnumero');
    await until(() => expect(ordinal.getAttribute('aria-invalid')).toBe('true'));
    // The first field that needs attention gets the keyboard (after the form's opening focus,
    // which a busy machine may run late: wait for the condition, never a time).
    await until(() => expect(document.activeElement).toBe(ordinal));
    // Then the rule a period alone must keep: it ends after it starts.
    fireEvent.change(ordinal, { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText('Päättyy'), { target: { value: '2024-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const end = screen.getByLabelText('Päättyy');
    await until(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    expect(ordinal.getAttribute('aria-invalid')).toBeNull();
    const message = document.getElementById(end.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toMatch(/2024-06-30/);
    // Only the sources to pick from were read; nothing was written.
    expect(fetch.mock.calls.map(([request]) => request.method)).not.toContain('POST');
  });

  it('keeps the form open with the API’s missing_source warning at the sources, and saves a source picked there', async () => {
    const sent: Array<{ method: string; path: string; ifMatch: string | null; body: unknown }> = [];
    const warning = {
      code: 'missing_source',
      path: '/sources',
      severity: 'warning',
      message: { fi: 'Lähde puuttuu (toimikausi).', en: 'No source (period).' },
    };
    vi.stubGlobal('fetch', async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'GET' && path === '/v1/sources')
        return json({
          data: [{ id: 'kuntaliitto-uso-page', title: 'Kuntaliitto: USO-verkosto' }],
          meta: { nextCursor: null },
        });
      const body = await request.json();
      sent.push({ method: request.method, path, ifMatch: request.headers.get('if-match'), body });
      const saved = { ...period(8, 2025), ...body, id: 'uso-8' };
      return json(
        { data: saved, warnings: saved.sources.length ? [] : [warning] },
        request.method === 'POST' ? 201 : 200,
        { etag: '"v1"' },
      );
    });
    const onDone = vi.fn();
    render(
      <LanguageContext.Provider value="fi">
        <PeriodForm networkId="uso" periods={[period(7, 2023)]} onDone={onDone} />
      </LanguageContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const sources = screen.getByRole('group', { name: 'Lähteet' });
    await until(() => expect(sources.textContent).toContain('Lähde puuttuu (toimikausi).'));
    expect(onDone).not.toHaveBeenCalled();
    screen.getByRole('status');
    // The warning is tied to the picker, where a source is chosen.
    const picker = screen.getByLabelText('Valitse lähde');
    expect(document.getElementById(picker.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /Lähde puuttuu/,
    );
    await until(() => screen.getByRole('option', { name: 'Kuntaliitto: USO-verkosto' }));
    fireEvent.change(picker, { target: { value: 'kuntaliitto-uso-page' } });
    fireEvent.click(screen.getByRole('button', { name: 'Liitä lähde' }));
    screen.getByRole('button', { name: 'Poista lähde Kuntaliitto: USO-verkosto' });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await until(() => expect(onDone).toHaveBeenCalled());
    // The second save edits what the first created, with its ETag.
    expect(sent.map((s) => [s.method, s.path, s.ifMatch])).toEqual([
      ['POST', '/v1/networks/uso/periods', null],
      ['PATCH', '/v1/periods/uso-8', '"v1"'],
    ]);
    expect(sent[1]!.body).toMatchObject({ sources: ['kuntaliitto-uso-page'] });
  });
});

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
