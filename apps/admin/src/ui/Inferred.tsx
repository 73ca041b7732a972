import { useT } from '../i18n.ts';

/**
 * Marks a link no source states (a continuation an editor inferred): shown as "päätelty" beside
 * it, never as fact. The reason is in the title for those who point at it.
 */
export function Inferred() {
  const t = useT();
  return (
    <>
      {', '}
      <em className="inferred" title={t('inferredTitle')}>
        {t('inferred')}
      </em>
    </>
  );
}
