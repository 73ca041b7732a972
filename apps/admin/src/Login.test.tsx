// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from './i18n.ts';
import { Login } from './Login.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Login', () => {
  it('labels its fields in Finnish and shows the API’s problem next to the form', async () => {
    // The browser's fetch answers as the API does for a wrong password.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              type: '/problems/unauthorized',
              title: 'Unauthorized',
              status: 401,
              detail: 'Wrong username or password.',
            }),
            {
              status: 401,
              headers: { 'content-type': 'application/problem+json' },
            },
          ),
      ),
    );
    const onSignedIn = vi.fn();
    render(
      <LanguageContext.Provider value="fi">
        <Login onSignedIn={onSignedIn} />
      </LanguageContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText('Käyttäjätunnus'), { target: { value: 'aino' } });
    fireEvent.change(screen.getByLabelText('Salasana'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    await waitFor(
      () =>
        expect(screen.getByRole('alert').textContent).toBe(
          'Käyttäjätunnus tai salasana on väärin.',
        ),
      { timeout: 30_000 },
    );
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
