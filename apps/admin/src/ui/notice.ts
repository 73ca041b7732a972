import { createContext, useContext } from 'react';
import type { Status } from './StatusMessage.tsx';

/**
 * The outcome of an action that replaces the page it was taken on: creating a network selects
 * it, and a new network remounts the page, which would take a page's own status with it. The
 * shell keeps this one until the address changes.
 */
export interface Notice {
  notice: Status | null;
  notify: (status: Status | null) => void;
}

export const NoticeContext = createContext<Notice>({ notice: null, notify: () => {} });

export const useNotice = () => useContext(NoticeContext);
