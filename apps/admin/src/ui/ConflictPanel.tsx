import { useT } from '../i18n.ts';

/**
 * Shown when a save met 412: someone else saved first. Lists the fields where their saved
 * version differs from what you typed (which stays in the form), and lets you take theirs or
 * save yours over it.
 */
export function ConflictPanel<K extends string>({
  labels,
  yours,
  theirs,
  onTakeTheirs,
  onSaveMine,
}: {
  labels: Record<K, string>;
  yours: Record<K, string>;
  theirs: Record<K, string>;
  onTakeTheirs: () => void;
  onSaveMine: () => void;
}) {
  const t = useT();
  const changed = (Object.keys(labels) as K[]).filter((key) => yours[key] !== theirs[key]);
  return (
    <div role="alert" className="conflict">
      <p className="error">{t('conflict')}</p>
      <table>
        <caption>{t('changes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('yours')}</th>
            <th scope="col">{t('theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((key) => (
            <tr key={key}>
              <th scope="row">{labels[key]}</th>
              <td>{yours[key]}</td>
              <td>{theirs[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onTakeTheirs}>
        {t('takeTheirs')}
      </button>{' '}
      <button type="button" onClick={onSaveMine}>
        {t('saveMine')}
      </button>
    </div>
  );
}
