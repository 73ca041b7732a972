import type { UiLanguage } from '../i18n.ts';

type Help = Record<UiLanguage, string>;

/**
 * What goes in each column of the two CSV forms (docs/dataset-format.md), in the order of the
 * templates. A test keeps these in step with the columns @verkosto/validation reads.
 */
export const MEMBER_COLUMN_HELP: ReadonlyArray<[string, Help]> = [
  [
    'period_id',
    {
      fi: 'Pakollinen. Toimikauden tunniste, esim. uso-8.',
      sv: 'Obligatorisk. Verksamhetsperiodens identifierare, t.ex. uso-8.',
      en: 'Required. The period’s id, e.g. uso-8.',
    },
  ],
  [
    'municipality_code',
    {
      fi: 'Kolminumeroinen kuntanumero, esim. 507. Tämä, kunnan nimi tai molemmat.',
      sv: 'Det tresiffriga kommunnumret, t.ex. 507. Detta, kommunens namn eller båda.',
      en: 'The three-digit municipality code, e.g. 507. This, the name, or both.',
    },
  ],
  [
    'municipality_name',
    {
      fi: 'Kunnan suomen- tai ruotsinkielinen tai entinen nimi (isot kirjaimet ja aksentit ohitetaan). Numeron vieressä sen on oltava saman kunnan nimi.',
      sv: 'Kommunens finska, svenska eller tidigare namn (versaler och accenter ignoreras). Bredvid ett nummer måste det vara samma kommuns namn.',
      en: 'A Finnish, Swedish or former name (case and accents ignored). Next to a code it must name that municipality.',
    },
  ],
  [
    'role',
    {
      fi: 'kehittäjäkunta (oletus), kumppani tai tarkkailija; myös koodit kehittajakunta jne.',
      sv: 'kehittäjäkunta (standard), kumppani eller tarkkailija; även koderna kehittajakunta osv.',
      en: 'kehittäjäkunta (the default), kumppani or tarkkailija — or the English labels or the codes.',
    },
  ],
  [
    'joined_on',
    {
      fi: 'Jos kunta liittyi kesken kauden: päivä muodossa VVVV-KK-PP.',
      sv: 'Om kommunen anslöt sig mitt under perioden: dagen i formen ÅÅÅÅ-MM-DD.',
      en: 'If it joined during the period: the date as YYYY-MM-DD.',
    },
  ],
  [
    'left_on',
    {
      fi: 'Jos kunta erosi kesken kauden: päivä muodossa VVVV-KK-PP.',
      sv: 'Om kommunen utträdde mitt under perioden: dagen i formen ÅÅÅÅ-MM-DD.',
      en: 'If it left during the period: the date as YYYY-MM-DD.',
    },
  ],
  [
    'sources',
    {
      fi: 'Lähteiden tunnisteet puolipisteillä eroteltuina.',
      sv: 'Källornas identifierare, åtskilda med semikolon.',
      en: 'Source ids, separated by semicolons.',
    },
  ],
];

export const THEME_COLUMN_HELP: ReadonlyArray<[string, Help]> = [
  [
    'id',
    {
      fi: 'Teeman tunniste; oletus <period_id>-<slug>.',
      sv: 'Temats identifierare; som standard <period_id>-<slug>.',
      en: 'The theme’s id; by default <period_id>-<slug>.',
    },
  ],
  [
    'period_id',
    {
      fi: 'Pakollinen. Toimikauden tunniste.',
      sv: 'Obligatorisk. Verksamhetsperiodens identifierare.',
      en: 'Required. The period’s id.',
    },
  ],
  [
    'slug',
    {
      fi: 'Pakollinen. Lyhyt tunniste, yksilöllinen kauden sisällä (a–z, numerot, yhdysmerkit).',
      sv: 'Obligatorisk. En kort identifierare, unik inom perioden (a–z, siffror, bindestreck).',
      en: 'Required. A short id, unique in the period (a–z, digits, hyphens).',
    },
  ],
  [
    'name_fi',
    {
      fi: 'Pakollinen. Nimi suomeksi.',
      sv: 'Obligatorisk. Namnet på finska.',
      en: 'Required. The name in Finnish.',
    },
  ],
  ['name_sv', { fi: 'Nimi ruotsiksi.', sv: 'Namnet på svenska.', en: 'The name in Swedish.' }],
  ['name_en', { fi: 'Nimi englanniksi.', sv: 'Namnet på engelska.', en: 'The name in English.' }],
  [
    'description_fi',
    { fi: 'Kuvaus suomeksi.', sv: 'Beskrivning på finska.', en: 'A description in Finnish.' },
  ],
  [
    'description_sv',
    { fi: 'Kuvaus ruotsiksi.', sv: 'Beskrivning på svenska.', en: 'A description in Swedish.' },
  ],
  [
    'description_en',
    { fi: 'Kuvaus englanniksi.', sv: 'Beskrivning på engelska.', en: 'A description in English.' },
  ],
  [
    'parent_id',
    {
      fi: 'Yläteeman tunniste samalta kaudelta (alateemalle).',
      sv: 'Övertemats identifierare från samma period (för ett undertema).',
      en: 'The parent theme’s id, of the same period (for a sub-theme).',
    },
  ],
  [
    'origin',
    {
      fi: 'new, continued, borrowed tai unspecified (oletus).',
      sv: 'new, continued, borrowed eller unspecified (standard).',
      en: 'new, continued, borrowed or unspecified (the default).',
    },
  ],
  [
    'continues_theme_id',
    {
      fi: 'Vain kun origin on continued: aiemman kauden teeman tunniste.',
      sv: 'Endast när origin är continued: identifieraren för ett tema från en tidigare period.',
      en: 'With origin continued only: the id of a theme of an earlier period.',
    },
  ],
  [
    'continues_inferred',
    {
      fi: 'true, jos mikään lähde ei kerro jatkumosta (se on päätelty esim. nimistä); muuten tyhjä.',
      sv: 'true, om ingen källa anger kontinuiteten (den är härledd t.ex. ur namnen); annars tomt.',
      en: 'true when no source states the continuation (it is inferred, e.g. from names); else empty.',
    },
  ],
  [
    'borrowed_from',
    {
      fi: 'Vain kun origin on borrowed: mistä teema on lainattu.',
      sv: 'Endast när origin är borrowed: varifrån temat har lånats.',
      en: 'With origin borrowed only: where it was borrowed from.',
    },
  ],
  [
    'keywords',
    {
      fi: 'Avainsanat puolipisteillä eroteltuina.',
      sv: 'Nyckelord, åtskilda med semikolon.',
      en: 'Keywords, separated by semicolons.',
    },
  ],
  [
    'sources',
    {
      fi: 'Lähteiden tunnisteet puolipisteillä eroteltuina.',
      sv: 'Källornas identifierare, åtskilda med semikolon.',
      en: 'Source ids, separated by semicolons.',
    },
  ],
];

/** A template to fill in: the header and one example row (USO's own data). */
export const TEMPLATES = {
  members: {
    file: 'jasenet-malli.csv',
    columns: MEMBER_COLUMN_HELP.map(([column]) => column),
    example: ['uso-7', '507', 'Mäntyharju', 'kehittäjäkunta', '', '', ''],
  },
  themes: {
    file: 'teemat-malli.csv',
    columns: THEME_COLUMN_HELP.map(([column]) => column),
    example: [
      '',
      'uso-7',
      'ennakoiva-johtaminen',
      'Ennakoiva johtaminen arjessa',
      '',
      '',
      '',
      '',
      '',
      '',
      'new',
      '',
      '',
      '',
      'johtaminen;ennakointi',
      '',
    ],
  },
} as const;

/** The template as a CSV file's text (RFC 4180; a value with a comma or quote is quoted). */
export function templateText(kind: keyof typeof TEMPLATES): string {
  const quote = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const { columns, example } = TEMPLATES[kind];
  return `${columns.map(quote).join(',')}\r\n${example.map(quote).join(',')}\r\n`;
}
