import { useLanguage } from '../i18n.ts';
import { type LocalizedTexts, localText } from './format.ts';

/**
 * A name (or other text kept by language) in the UI's language where it exists. A Finnish
 * fallback in a Swedish or English page is marked `lang="fi"`, so screen readers read it right.
 */
export function LocalName({ names }: { names: LocalizedTexts }) {
  const language = useLanguage();
  const { text, lang } = localText(names, language);
  return lang === language ? text : <span lang={lang}>{text}</span>;
}
