import { createContext, useContext } from 'react';

/** Finnish first; English for those who ask. Swedish names are shown beside Finnish ones in the data. */
export const MESSAGES = {
  fi: {
    appName: 'Verkosto – ylläpito',
    skip: 'Siirry sisältöön',
    language: 'Kieli',
    signIn: 'Kirjaudu sisään',
    signOut: 'Kirjaudu ulos',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    signedInAs: 'Kirjautuneena',
    networks: 'Verkostot',
    periods: 'Toimikaudet',
    members: 'Jäsenkunnat',
    themes: 'Teemat',
    code: 'Kuntanumero',
    municipality: 'Kunta',
    swedishName: 'Ruotsiksi',
    region: 'Maakunta',
    membership: 'Jäsenyys',
    new: 'uusi',
    returning: 'palaava',
    unknown: 'ei tiedossa',
    addMember: 'Lisää jäsenkunta',
    searchMunicipality: 'Hae kuntaa nimellä tai numerolla',
    add: 'Lisää',
    remove: 'Poista',
    removeMember: 'Poista jäsenkunta {name}',
    noMembers: 'Kaudelle ei ole merkitty jäseniä.',
    loading: 'Ladataan…',
    saved: 'Tallennettu.',
    conflict: 'Joku muu muutti tätä juuri. Lataa tiedot uudelleen ja yritä sitten uudestaan.',
    reload: 'Lataa uudelleen',
    back: 'Takaisin',
    readOnly: 'Sinulla on lukuoikeus: muokkaus ei ole käytettävissä.',
    noThemes: 'Kaudelle ei ole merkitty teemoja.',
    continues: 'jatkaa teemaa',
    origin_new: 'uusi',
    origin_continued: 'jatkuu aiemmalta kaudelta',
    origin_borrowed: 'lainattu',
    origin_unspecified: 'alkuperä ei tiedossa',
  },
  en: {
    appName: 'Verkosto – administration',
    skip: 'Skip to content',
    language: 'Language',
    signIn: 'Sign in',
    signOut: 'Sign out',
    username: 'Username',
    password: 'Password',
    signedInAs: 'Signed in as',
    networks: 'Networks',
    periods: 'Periods',
    members: 'Member municipalities',
    themes: 'Themes',
    code: 'Code',
    municipality: 'Municipality',
    swedishName: 'In Swedish',
    region: 'Region',
    membership: 'Membership',
    new: 'new',
    returning: 'returning',
    unknown: 'unknown',
    addMember: 'Add a member municipality',
    searchMunicipality: 'Search a municipality by name or code',
    add: 'Add',
    remove: 'Remove',
    removeMember: 'Remove member {name}',
    noMembers: 'No members are on record for this period.',
    loading: 'Loading…',
    saved: 'Saved.',
    conflict: 'Someone else just changed this. Reload, then try again.',
    reload: 'Reload',
    back: 'Back',
    readOnly: 'You can read only: editing is not available.',
    noThemes: 'No themes are on record for this period.',
    continues: 'continues',
    origin_new: 'new',
    origin_continued: 'continued from an earlier period',
    origin_borrowed: 'borrowed',
    origin_unspecified: 'origin unknown',
  },
} as const;

export type UiLanguage = keyof typeof MESSAGES;
export type MessageKey = keyof (typeof MESSAGES)['fi'];

export function translate(
  language: UiLanguage,
  key: MessageKey,
  params: Record<string, string> = {},
): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

export const LanguageContext = createContext<UiLanguage>('fi');

export function useT() {
  const language = useContext(LanguageContext);
  return (key: MessageKey, params?: Record<string, string>) => translate(language, key, params);
}
