/** How bad an issue is: errors make data invalid; warnings ask a person to look. */
export type Severity = 'error' | 'warning';

/** One problem found in the data, in the shape the API, the admin app and the CLI all show. */
export interface ValidationIssue {
  /** Stable, snake_case; consumers match on it. */
  code: IssueCode;
  /** Where, as a JSON Pointer into the dataset (RFC 6901), e.g. `/participations/3/municipalityCode`. */
  path: string;
  severity: Severity;
  message: { fi: string; en: string };
  /** The line in a CSV file, when the data came from one. */
  line?: number;
  /** The values the message names, for programs that build their own text. */
  params?: Record<string, string | number>;
}

type Params = Record<string, string | number>;
type Template = (p: Params) => { fi: string; en: string };

interface IssueDefinition {
  severity: Severity;
  description: { fi: string; en: string };
  message: Template;
}

const define = (
  severity: Severity,
  fi: string,
  en: string,
  message: Template,
): IssueDefinition => ({
  severity,
  description: { fi, en },
  message,
});

/** Every issue code, with its severity, what it means and how its message reads. */
export const ISSUE_CODES = {
  // The shape of the data (schemas).
  required: define('error', 'Pakollinen kenttä puuttuu.', 'A required field is missing.', () => ({
    fi: 'Pakollinen kenttä puuttuu.',
    en: 'This field is required.',
  })),
  invalid_type: define('error', 'Arvo on väärää tyyppiä.', 'A value has the wrong type.', (p) => ({
    fi: `Odotettiin tyyppiä ${p.expected}, saatiin ${p.received}.`,
    en: `Expected ${p.expected}, received ${p.received}.`,
  })),
  unknown_field: define(
    'error',
    'Tuntematon kenttä (ei hiljaa ohiteta).',
    'An unknown field (never silently dropped).',
    (p) => ({
      fi: `Tuntematon kenttä "${p.field}".`,
      en: `Unknown field "${p.field}".`,
    }),
  ),
  invalid_value: define(
    'error',
    'Arvo ei ole sallittujen joukossa.',
    'A value is not one of the allowed ones.',
    (p) => ({
      fi: `Sallitut arvot: ${p.allowed}.`,
      en: `Allowed values: ${p.allowed}.`,
    }),
  ),
  invalid_date: define(
    'error',
    'Päivämäärä ei ole muotoa VVVV-KK-PP tai sitä ei ole.',
    'A date is not a real YYYY-MM-DD date.',
    (p) => ({
      fi: `"${p.value}" ei ole päivämäärä muodossa VVVV-KK-PP.`,
      en: `"${p.value}" is not a date in the form YYYY-MM-DD.`,
    }),
  ),
  invalid_municipality_code: define(
    'error',
    'Kuntanumero ei ole kolminumeroinen (etunollat mukana).',
    'A municipality code is not three digits (zero-padded).',
    (p) => ({
      fi: `Kuntanumeron pitää olla kolme numeroa, esim. 091; saatiin "${p.value}".`,
      en: `A municipality code is three digits, e.g. 091; received "${p.value}".`,
    }),
  ),
  invalid_slug: define(
    'error',
    'Tunniste ei ole muotoa pienet-kirjaimet-ja-numerot.',
    'An id is not a lowercase slug.',
    (p) => ({
      fi: `"${p.value}" ei kelpaa tunnisteeksi: käytä pieniä kirjaimia a–z, numeroita ja väliviivoja.`,
      en: `"${p.value}" is not a valid id: use lowercase a–z, digits and hyphens.`,
    }),
  ),
  invalid_url: define(
    'error',
    'Verkko-osoite ei ole http(s)-osoite.',
    'A link is not an http(s) URL.',
    (p) => ({
      fi: `"${p.value}" ei ole http- tai https-osoite.`,
      en: `"${p.value}" is not an http or https URL.`,
    }),
  ),
  invalid_number: define('error', 'Luku ei ole sallittu.', 'A number is out of range.', (p) => ({
    fi: `Luvun pitää olla kokonaisluku ja vähintään ${p.minimum}.`,
    en: `The number must be an integer of at least ${p.minimum}.`,
  })),
  unsupported_format_version: define(
    'error',
    'Aineiston muotoversiota ei tueta.',
    'The dataset format version is not supported.',
    (p) => ({
      fi: `Muotoversio ${p.value} ei ole tuettu; tuettu versio on ${p.supported}.`,
      en: `Format version ${p.value} is not supported; the supported version is ${p.supported}.`,
    }),
  ),
  // Text.
  blank_text: define(
    'error',
    'Teksti on tyhjä tai pelkkiä välilyöntejä.',
    'A text is empty or only white space.',
    () => ({
      fi: 'Teksti ei saa olla tyhjä.',
      en: 'The text must not be empty.',
    }),
  ),
  text_too_long: define('error', 'Teksti on liian pitkä.', 'A text is too long.', (p) => ({
    fi: `Teksti on liian pitkä (${p.length} merkkiä, enintään ${p.maximum}).`,
    en: `The text is too long (${p.length} characters, at most ${p.maximum}).`,
  })),
  control_characters: define(
    'error',
    'Tekstissä on ohjausmerkkejä.',
    'A text contains control characters.',
    () => ({
      fi: 'Tekstissä on ohjausmerkkejä (esim. sarkain tai rivinvaihto nimessä).',
      en: 'The text contains control characters (such as a tab or line break in a name).',
    }),
  ),
  untrimmed_text: define(
    'warning',
    'Tekstin alussa tai lopussa on välilyöntejä.',
    'A text starts or ends with white space.',
    () => ({
      fi: 'Tekstin alussa tai lopussa on ylimääräisiä välilyöntejä.',
      en: 'The text starts or ends with white space.',
    }),
  ),
  invalid_business_id: define(
    'error',
    'Y-tunnus on väärin muodostettu tai sen tarkiste ei täsmää.',
    'A business ID (Y-tunnus) is malformed or its check digit is wrong.',
    (p) => ({
      fi: `"${p.value}" ei ole kelvollinen Y-tunnus (muoto 1234567-8, tarkiste ei täsmää).`,
      en: `"${p.value}" is not a valid Finnish business ID (form 1234567-8 with a correct check digit).`,
    }),
  ),
  // Uniqueness.
  duplicate_id: define(
    'error',
    'Sama tunniste on käytössä kahdesti.',
    'An id is used twice.',
    (p) => ({
      fi: `Tunniste "${p.id}" on jo käytössä kohdassa ${p.first}.`,
      en: `The id "${p.id}" is already used at ${p.first}.`,
    }),
  ),
  duplicate_theme_slug: define(
    'error',
    'Kaudella on kaksi teemaa samalla lyhytnimellä.',
    'Two themes of one period share a slug.',
    (p) => ({
      fi: `Kaudella ${p.periodId} on jo teema lyhytnimellä "${p.slug}".`,
      en: `Period ${p.periodId} already has a theme with the slug "${p.slug}".`,
    }),
  ),
  duplicate_participation: define(
    'error',
    'Kunta on merkitty samalle kaudelle kahdesti.',
    'A municipality is a member of one period twice.',
    (p) => ({
      fi: `Kunta ${p.code} on jo kauden ${p.periodId} jäsen (${p.first}).`,
      en: `Municipality ${p.code} is already a member of ${p.periodId} (${p.first}).`,
    }),
  ),
  // References.
  unknown_network: define(
    'error',
    'Viitattua verkostoa ei ole.',
    'A referenced network does not exist.',
    (p) => ({
      fi: `Verkostoa "${p.id}" ei ole aineistossa.`,
      en: `There is no network "${p.id}" in the dataset.`,
    }),
  ),
  unknown_period: define(
    'error',
    'Viitattua kautta ei ole.',
    'A referenced period does not exist.',
    (p) => ({
      fi: `Kautta "${p.id}" ei ole aineistossa.`,
      en: `There is no period "${p.id}" in the dataset.`,
    }),
  ),
  unknown_theme: define(
    'error',
    'Viitattua teemaa ei ole.',
    'A referenced theme does not exist.',
    (p) => ({
      fi: `Teemaa "${p.id}" ei ole aineistossa.`,
      en: `There is no theme "${p.id}" in the dataset.`,
    }),
  ),
  unknown_source: define(
    'error',
    'Viitattua lähdettä ei ole.',
    'A referenced source does not exist.',
    (p) => ({
      fi: `Lähdettä "${p.id}" ei ole aineiston lähteissä.`,
      en: `There is no source "${p.id}" in the dataset's sources.`,
    }),
  ),
  unknown_municipality: define(
    'error',
    'Kuntanumeroa ei ole Tilastokeskuksen luokituksissa.',
    'No municipality has this code in Statistics Finland’s classifications.',
    (p) => ({
      fi: `Kuntanumeroa ${p.code} ei ole Tilastokeskuksen kuntaluokituksissa.`,
      en: `No municipality has the code ${p.code} in Statistics Finland's classifications.`,
    }),
  ),
  theme_parent_other_period: define(
    'error',
    'Yläteema kuuluu eri kauteen.',
    'A parent theme belongs to another period.',
    (p) => ({
      fi: `Yläteema ${p.parentId} kuuluu kauteen ${p.parentPeriodId}, ei kauteen ${p.periodId}.`,
      en: `The parent theme ${p.parentId} belongs to ${p.parentPeriodId}, not ${p.periodId}.`,
    }),
  ),
  theme_parent_cycle: define(
    'error',
    'Teemat ovat toistensa yläteemoja (kehä).',
    'Themes are each other’s parents (a cycle).',
    (p) => ({
      fi: `Yläteemat muodostavat kehän: ${p.cycle}.`,
      en: `The parent themes form a cycle: ${p.cycle}.`,
    }),
  ),
  continued_theme_not_earlier: define(
    'error',
    'Jatkettu teema ei ole saman verkoston aiemmalta kaudelta.',
    'A continued theme is not from an earlier period of the same network.',
    (p) => ({
      fi: `Teema ${p.id} (${p.periodId}) ei ole saman verkoston aiemmalta kaudelta.`,
      en: `Theme ${p.id} (${p.periodId}) is not from an earlier period of the same network.`,
    }),
  ),
  lead_theme_other_period: define(
    'error',
    'Pääteema kuuluu eri kauteen.',
    'A lead theme belongs to another period.',
    (p) => ({
      fi: `Pääteema ${p.id} kuuluu kauteen ${p.themePeriodId}.`,
      en: `The lead theme ${p.id} belongs to ${p.themePeriodId}.`,
    }),
  ),
  origin_requires_reference: define(
    'error',
    'Teeman alkuperä vaatii viittauksen.',
    'A theme’s origin needs its reference.',
    (p) => ({
      fi: `Alkuperä "${p.origin}" vaatii kentän ${p.field}.`,
      en: `The origin "${p.origin}" needs the field ${p.field}.`,
    }),
  ),
  reference_requires_origin: define(
    'error',
    'Viittaus ei sovi teeman alkuperään.',
    'A reference does not fit the theme’s origin.',
    (p) => ({
      fi: `Kenttä ${p.field} kuuluu vain alkuperälle "${p.origin}".`,
      en: `The field ${p.field} belongs only with the origin "${p.origin}".`,
    }),
  ),
  // Periods.
  period_end_before_start: define(
    'error',
    'Kausi päättyy ennen kuin alkaa.',
    'A period ends before it starts.',
    (p) => ({
      fi: `Kausi päättyy (${p.endDate}) ennen alkuaan (${p.startDate}).`,
      en: `The period ends (${p.endDate}) before it starts (${p.startDate}).`,
    }),
  ),
  periods_overlap: define(
    'error',
    'Saman verkoston kaudet menevät päällekkäin.',
    'Periods of one network overlap.',
    (p) => ({
      fi: `Kausi ${p.id} (${p.range}) menee päällekkäin kauden ${p.otherId} (${p.otherRange}) kanssa.`,
      en: `Period ${p.id} (${p.range}) overlaps ${p.otherId} (${p.otherRange}).`,
    }),
  ),
  duplicate_ordinal: define(
    'error',
    'Kahdella saman verkoston kaudella on sama järjestysnumero.',
    'Two periods of one network share an ordinal.',
    (p) => ({
      fi: `Verkostolla ${p.networkId} on jo kausi numero ${p.ordinal} (${p.otherId}).`,
      en: `Network ${p.networkId} already has period number ${p.ordinal} (${p.otherId}).`,
    }),
  ),
  ordinal_out_of_order: define(
    'error',
    'Kausien järjestysnumerot eivät seuraa päivämääriä.',
    'Period ordinals are not in date order.',
    (p) => ({
      fi: `Kausi ${p.id} (numero ${p.ordinal}) alkaa ennen kautta ${p.otherId} (numero ${p.otherOrdinal}).`,
      en: `Period ${p.id} (number ${p.ordinal}) starts before ${p.otherId} (number ${p.otherOrdinal}).`,
    }),
  ),
  participation_outside_period: define(
    'error',
    'Liittymis- tai eroamispäivä on kauden ulkopuolella.',
    'A joining or leaving date is outside the period.',
    (p) => ({
      fi: `Päivä ${p.date} on kauden ${p.periodId} (${p.range}) ulkopuolella.`,
      en: `The date ${p.date} is outside period ${p.periodId} (${p.range}).`,
    }),
  ),
  participation_dates_reversed: define(
    'error',
    'Kunta eroaa ennen kuin liittyy.',
    'A municipality leaves before it joins.',
    (p) => ({
      fi: `Eroamispäivä ${p.leftOn} on ennen liittymispäivää ${p.joinedOn}.`,
      en: `The leaving date ${p.leftOn} is before the joining date ${p.joinedOn}.`,
    }),
  ),
  // Municipalities by date (Statistics Finland, year by year).
  municipality_not_yet_created: define(
    'error',
    'Kuntaa ei vielä ollut kauden alkaessa.',
    'The municipality did not yet exist when the period started.',
    (p) => ({
      fi: `${p.name} (${p.code}) perustettiin vasta ${p.validFromFi}; kausi alkoi ${p.startDateFi}.`,
      en: `${p.name} (${p.code}) was only created on ${p.validFrom}; the period started on ${p.startDate}.`,
    }),
  ),
  municipality_abolished: define(
    'error',
    'Kunta oli lakkautettu ennen kauden alkua.',
    'The municipality was abolished before the period started.',
    (p) => ({
      fi: `${p.name} (${p.code}) ei ollut olemassa kauden alkaessa ${p.startDateFi}: ${p.successorsFi}.`,
      en: `${p.name} (${p.code}) did not exist when the period started on ${p.startDate}: ${p.successorsEn}.`,
    }),
  ),
  municipality_abolished_during_period: define(
    'warning',
    'Kunta lakkautettiin kesken kauden.',
    'The municipality was abolished during the period.',
    (p) => ({
      fi: `${p.name} (${p.code}) lakkautettiin kesken kauden: ${p.successorsFi}.`,
      en: `${p.name} (${p.code}) was abolished during the period: ${p.successorsEn}.`,
    }),
  ),
  // CSV.
  csv_syntax: define('error', 'CSV-tiedosto on rikki.', 'The CSV file is malformed.', (p) => ({
    fi: `CSV-virhe: ${p.detail}.`,
    en: `CSV error: ${p.detail}.`,
  })),
  csv_missing_column: define(
    'error',
    'CSV-tiedostosta puuttuu pakollinen sarake.',
    'A required CSV column is missing.',
    (p) => ({
      fi: `Sarake "${p.column}" puuttuu.`,
      en: `The column "${p.column}" is missing.`,
    }),
  ),
  csv_unknown_column: define(
    'error',
    'CSV-tiedostossa on tuntematon sarake.',
    'The CSV file has an unknown column.',
    (p) => ({
      fi: `Tuntematon sarake "${p.column}"; sallitut: ${p.allowed}.`,
      en: `Unknown column "${p.column}"; allowed: ${p.allowed}.`,
    }),
  ),
  municipality_name_mismatch: define(
    'error',
    'Kunnan nimi ja numero eivät täsmää.',
    'A municipality name and code disagree.',
    (p) => ({
      fi: `Nimi "${p.name}" ei vastaa kuntanumeroa ${p.code} (${p.actual}).`,
      en: `The name "${p.name}" does not match code ${p.code} (${p.actual}).`,
    }),
  ),
  unknown_municipality_name: define(
    'error',
    'Nimellä ei löydy yhtä kuntaa.',
    'A name does not match exactly one municipality.',
    (p) => ({
      fi: `Nimellä "${p.name}" löytyy ${p.count} kuntaa kauden alkaessa.`,
      en: `The name "${p.name}" matches ${p.count} municipalities at the period's start.`,
    }),
  ),
} as const satisfies Record<string, IssueDefinition>;

export type IssueCode = keyof typeof ISSUE_CODES;

/** Builds an issue with its catalogued severity and bilingual message. */
export function issue(
  code: IssueCode,
  path: string,
  params: Params = {},
  line?: number,
): ValidationIssue {
  const definition: IssueDefinition = ISSUE_CODES[code];
  const result: ValidationIssue = {
    code,
    path,
    severity: definition.severity,
    message: definition.message(params),
  };
  if (Object.keys(params).length > 0) result.params = params;
  if (line !== undefined) result.line = line;
  return result;
}

/** A JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Finnish date style for messages: 1.1.2025. */
export function finnishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** Whether any issue is an error. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
