import { type MessageKey, useT } from '../i18n.ts';
import { Field } from './Field.tsx';
import type { FormIssue } from './issues.ts';

/** The languages a name or description is kept in: Finnish first, Swedish beside it, English. */
export const TEXT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];
type Text = 'name' | 'description';
/** A form draft's keys for one text: `name.fi`, `name.sv`, `name.en`. */
export type TextKeys<P extends Text> = `${P}.${TextLanguage}`;
type Localized = { fi: string; sv?: string; en?: string };

const LABELS: Record<Text, Record<TextLanguage, MessageKey>> = {
  name: { fi: 'nameFi', sv: 'nameSv', en: 'nameEn' },
  description: { fi: 'descriptionFi', sv: 'descriptionSv', en: 'descriptionEn' },
};

/** The draft of a stored text: each language as the text in its control. */
export function textDraft<P extends Text>(
  text: P,
  stored: Partial<Localized> | undefined,
): Record<TextKeys<P>, string> {
  const draft = {} as Record<TextKeys<P>, string>;
  for (const language of TEXT_LANGUAGES) draft[`${text}.${language}`] = stored?.[language] ?? '';
  return draft;
}

/**
 * The text a draft holds: the languages typed (trimmed), or nothing when none was. A Swedish or
 * English text without a Finnish one keeps `fi: ''`, so that the check names the missing field.
 */
export function textOf<P extends Text>(
  text: P,
  draft: Record<TextKeys<P>, string>,
): Localized | undefined {
  const [fi, sv, en] = TEXT_LANGUAGES.map((language) => draft[`${text}.${language}`].trim());
  if (!fi && !sv && !en) return undefined;
  return { fi: fi ?? '', ...(sv && { sv }), ...(en && { en }) };
}

/** The labels of a text's fields, for a form's label map (the conflict panel uses them). */
export function textLabels<P extends Text>(
  text: P,
  t: ReturnType<typeof useT>,
): Record<TextKeys<P>, string> {
  const labels = {} as Record<TextKeys<P>, string>;
  for (const language of TEXT_LANGUAGES) labels[`${text}.${language}`] = t(LABELS[text][language]);
  return labels;
}

/**
 * A text kept in Finnish, Swedish and English: one labelled field a language, marked with its
 * `lang`, showing the issues at its own path (`/name/sv`) — the same in every form that has names
 * or descriptions.
 */
export function LocalizedTextFields<P extends Text>({
  text,
  draft,
  onChange,
  issues,
}: {
  /** Which text: `name` (one line each) or `description` (a few lines each). */
  text: P;
  draft: Record<TextKeys<P>, string>;
  onChange: (key: TextKeys<P>, value: string) => void;
  issues: readonly FormIssue[];
}) {
  const t = useT();
  return (
    <>
      {TEXT_LANGUAGES.map((language) => {
        const key: TextKeys<P> = `${text}.${language}`;
        return (
          <Field
            key={language}
            label={t(LABELS[text][language])}
            path={`/${text}/${language}`}
            issues={issues}
          >
            {(control) =>
              text === 'description' ? (
                <textarea
                  {...control}
                  lang={language}
                  rows={3}
                  value={draft[key]}
                  onChange={(e) => onChange(key, e.target.value)}
                />
              ) : (
                <input
                  {...control}
                  lang={language}
                  value={draft[key]}
                  onChange={(e) => onChange(key, e.target.value)}
                />
              )
            }
          </Field>
        );
      })}
    </>
  );
}

/** The paths the fields of a text cover, for a form's list of field paths. */
export const textPaths = (text: Text) => TEXT_LANGUAGES.map((language) => `/${text}/${language}`);
