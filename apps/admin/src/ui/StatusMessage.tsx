import { useT } from '../i18n.ts';

export interface Status {
  kind: 'saved' | 'error' | 'conflict';
  text: string;
  /** Offered as a button beside a saved message (e.g. restore what was just deleted). */
  undo?: () => void | Promise<void>;
  /** Offered beside a conflict: load the current version. */
  reload?: () => void | Promise<void>;
}

/** The outcome of the last action, in a live region so screen readers hear it. */
export function StatusMessage({ status }: { status: Status | null }) {
  const t = useT();
  return (
    <div aria-live="polite">
      {status && (
        <p
          className={status.kind === 'saved' ? 'ok' : 'error'}
          role={status.kind === 'saved' ? 'status' : 'alert'}
        >
          {status.text}{' '}
          {status.undo && (
            <button type="button" className="secondary" onClick={() => void status.undo?.()}>
              {t('undo')}
            </button>
          )}
          {status.reload && (
            <button type="button" className="secondary" onClick={() => void status.reload?.()}>
              {t('reload')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
