import { createVerkostoClient } from '@verkosto/client';

/** The CSRF token from sign-in, held in memory only (the session cookie is HttpOnly). */
let csrfToken: string | undefined;
/** The UI language, asked of the API so names and regions come back in it. */
let language = 'fi';
export const setApiLanguage = (value: string) => {
  language = value;
};
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};
/** Called when the API says the session is gone (expired, or signed out elsewhere). */
let onSignedOut: () => void = () => {};
export const whenSignedOut = (listener: () => void) => {
  onSignedOut = listener;
};
const AUTH_PATHS = /\/v1\/auth\/(?:login|me)$/;

/** The admin app talks to the API only through the typed client, on the same origin. */
export const api = createVerkostoClient({
  baseUrl: window.location.origin,
  csrfToken: () => csrfToken,
  credentials: 'same-origin',
  // Looked up at each call, so the page's fetch (or a test's) is the one used.
  fetch: async (request) => {
    request.headers.set('accept-language', language);
    const response = await globalThis.fetch(request);
    if (response.status === 401 && !AUTH_PATHS.test(new URL(request.url).pathname)) onSignedOut();
    return response;
  },
});

/** A page of a list, as every list route answers. */
interface Page<T> {
  data?: { data: T[]; meta: { nextCursor: string | null } };
  error?: unknown;
  response: Response;
}

/**
 * Every item of a paged list, following `meta.nextCursor` page by page (500 a page), so no
 * list stops silently at its first page.
 */
export async function listAll<T>(
  read: (query: { limit: number; cursor?: string }) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit: 500, ...(cursor ? { cursor } : {}) });
    if (!page.data) throw new Error(`${page.response.status} ${page.response.statusText}`);
    items.push(...page.data.data);
    cursor = page.data.meta.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
