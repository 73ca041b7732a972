/** How bad an issue is: errors make data invalid; warnings ask a person to look. */
export type Severity = 'error' | 'warning';

/** One problem found in the data, in the shape the API, the admin app and the CLI all show. */
export interface ValidationIssue {
  /** Stable, snake_case; consumers match on it (see `ISSUE_CODES`). */
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

export type IssueParams = Record<string, string | number>;
type Template = (p: IssueParams) => { fi: string; en: string };

/** One entry of the catalogue. */
export interface IssueDefinition {
  severity: Severity;
  /** What the code means, in general. */
  description: { fi: string; en: string };
  /** The message of one issue, from its params. */
  message: Template;
  /** Params of a typical issue, for the documentation. */
  example: IssueParams;
}

const define = (
  severity: Severity,
  description: { fi: string; en: string },
  message: Template,
  example: IssueParams = {},
): IssueDefinition => ({ severity, description, message, example });

/** How zod's type names read in messages. */
const TYPE_NAMES: Record<string, { fi: string; en: string }> = {
  string: { fi: 'teksti', en: 'text' },
  number: { fi: 'luku', en: 'a number' },
  int: { fi: 'kokonaisluku', en: 'an integer' },
  boolean: { fi: 'totuusarvo', en: 'true or false' },
  array: { fi: 'lista', en: 'a list' },
  object: { fi: 'olio', en: 'an object' },
  null: { fi: 'null', en: 'null' },
  NaN: { fi: 'NaN', en: 'NaN' },
  Infinity: { fi: 'ääretön', en: 'infinity' },
};
const typeName = (name: string | number | undefined, language: 'fi' | 'en') =>
  TYPE_NAMES[String(name)]?.[language] ?? String(name);

/** Where the first of two duplicates is: a JSON Pointer, a CSV line, or elsewhere in the dataset. */
const firstAt = (p: IssueParams, language: 'fi' | 'en') => {
  if (p.firstLine !== undefined) return `${language === 'fi' ? 'rivi' : 'line'} ${p.firstLine}`;
  if (p.first !== undefined) return String(p.first);
  return language === 'fi' ? 'aineistossa' : 'in the dataset';
};

const quoted = (value: string | number | undefined) =>
  value === undefined ? '' : ` "${String(value)}"`;

/**
 * Every issue code, with its severity, what it means and how its message reads. Codes are
 * stable API: a code is never renamed or reused once released.
 */
export const ISSUE_CODES = {
  // The shape of the data (schemas).
  required: define(
    'error',
    { fi: 'Pakollinen kenttä puuttuu.', en: 'A required field is missing.' },
    () => ({ fi: 'Pakollinen kenttä puuttuu.', en: 'This field is required.' }),
  ),
  invalid_type: define(
    'error',
    { fi: 'Arvo on väärää tyyppiä.', en: 'A value has the wrong type.' },
    (p) =>
      p.received === undefined
        ? {
            fi: `Arvon pitää olla ${typeName(p.expected, 'fi')}.`,
            en: `Expected ${typeName(p.expected, 'en')}.`,
          }
        : {
            fi: `Arvon pitää olla ${typeName(p.expected, 'fi')}, mutta se on ${typeName(p.received, 'fi')}.`,
            en: `Expected ${typeName(p.expected, 'en')}, received ${typeName(p.received, 'en')}.`,
          },
    { expected: 'string', received: 'number' },
  ),
  unrecognized_key: define(
    'error',
    {
      fi: 'Tuntematon kenttä (sitä ei ohiteta hiljaa).',
      en: 'An unknown field (never silently dropped).',
    },
    (p) => ({ fi: `Tuntematon kenttä "${p.key}".`, en: `Unknown field "${p.key}".` }),
    { key: 'colour' },
  ),
  invalid_value: define(
    'error',
    { fi: 'Arvo ei ole sallittujen joukossa.', en: 'A value is not one of the allowed ones.' },
    (p) =>
      p.allowed === undefined
        ? { fi: 'Arvo ei kelpaa.', en: 'The value is not allowed.' }
        : {
            fi: `Arvo${quoted(p.value)} ei kelpaa; sallitut arvot: ${p.allowed}.`,
            en: `The value${quoted(p.value)} is not allowed; allowed values: ${p.allowed}.`,
          },
    { value: 'boss', allowed: 'kehittajakunta, kumppani, tarkkailija' },
  ),
  invalid_format: define(
    'error',
    { fi: 'Teksti ei ole vaadittua muotoa.', en: 'A text does not have the required form.' },
    (p) => ({
      fi: `Teksti${quoted(p.value)} ei ole vaadittua muotoa (${p.format}).`,
      en: `The text${quoted(p.value)} does not have the required form (${p.format}).`,
    }),
    { value: 'nobody@', format: 'email' },
  ),
  unsupported_format_version: define(
    'error',
    {
      fi: 'Aineiston muotoversiota ei tueta.',
      en: 'The dataset format version is not supported.',
    },
    (p) => ({
      fi: `Muotoversio ${p.value} ei ole tuettu; tuettu versio on ${p.supported}.`,
      en: `Format version ${p.value} is not supported; the supported version is ${p.supported}.`,
    }),
    { value: 2, supported: 1 },
  ),
  invalid_date: define(
    'error',
    {
      fi: 'Päivämäärä ei ole muotoa VVVV-KK-PP tai sitä ei ole kalenterissa.',
      en: 'A date is not a real YYYY-MM-DD date.',
    },
    (p) => ({
      fi: `"${p.value}" ei ole päivämäärä muodossa VVVV-KK-PP.`,
      en: `"${p.value}" is not a date in the form YYYY-MM-DD.`,
    }),
    { value: '2019-02-30' },
  ),
  invalid_municipality_code: define(
    'error',
    {
      fi: 'Kuntanumero ei ole kolminumeroinen (etunollat mukana).',
      en: 'A municipality code is not three digits (zero-padded).',
    },
    (p) => ({
      fi: `Kuntanumeron pitää olla kolme numeroa, esim. 091; saatiin "${p.value}".`,
      en: `A municipality code is three digits, e.g. 091; received "${p.value}".`,
    }),
    { value: '91' },
  ),
  invalid_slug: define(
    'error',
    {
      fi: 'Tunniste ei ole muotoa pienet-kirjaimet-ja-numerot.',
      en: 'An id is not a lowercase slug.',
    },
    (p) => ({
      fi: `"${p.value}" ei kelpaa tunnisteeksi: käytä pieniä kirjaimia a–z, numeroita ja väliviivoja (enintään ${p.maximum} merkkiä).`,
      en: `"${p.value}" is not a valid id: use lowercase a–z, digits and hyphens (at most ${p.maximum} characters).`,
    }),
    { value: 'USO 5', maximum: 120 },
  ),
  invalid_url: define(
    'error',
    { fi: 'Verkko-osoite ei ole http(s)-osoite.', en: 'A link is not an http(s) URL.' },
    (p) => ({
      fi: `"${p.value}" ei ole http- tai https-osoite.`,
      en: `"${p.value}" is not an http or https URL.`,
    }),
    { value: 'www.kuntaliitto.fi' },
  ),
  invalid_business_id: define(
    'error',
    {
      fi: 'Y-tunnus on väärin muodostettu tai sen tarkiste ei täsmää.',
      en: 'A business ID (Y-tunnus) is malformed or its check digit is wrong.',
    },
    (p) => ({
      fi: `"${p.value}" ei ole kelvollinen Y-tunnus (muoto 1234567-8, tarkistusnumero oikein).`,
      en: `"${p.value}" is not a valid Finnish business ID (the form 1234567-8 with a correct check digit).`,
    }),
    { value: '0201256-7' },
  ),
  not_integer: define(
    'error',
    { fi: 'Luku ei ole kokonaisluku.', en: 'A number is not an integer.' },
    (p) => ({
      fi: `Luvun pitää olla kokonaisluku; saatiin ${p.value}.`,
      en: `The number must be an integer; received ${p.value}.`,
    }),
    { value: 1.5 },
  ),
  too_small: define(
    'error',
    { fi: 'Luku on liian pieni.', en: 'A number is too small.' },
    (p) => ({
      fi: `Luvun pitää olla ${p.comparison === '>' ? 'suurempi kuin' : 'vähintään'} ${p.minimum}.`,
      en: `The number must be ${p.comparison === '>' ? 'greater than' : 'at least'} ${p.minimum}.`,
    }),
    { minimum: 1, comparison: '>=' },
  ),
  too_big: define(
    'error',
    { fi: 'Luku on liian suuri.', en: 'A number is too big.' },
    (p) => ({
      fi: `Luvun pitää olla ${p.comparison === '<' ? 'pienempi kuin' : 'enintään'} ${p.maximum}.`,
      en: `The number must be ${p.comparison === '<' ? 'less than' : 'at most'} ${p.maximum}.`,
    }),
    { maximum: 100, comparison: '<=' },
  ),
  not_multiple_of: define(
    'error',
    { fi: 'Luku ei ole vaaditun luvun monikerta.', en: 'A number is not a multiple of the step.' },
    (p) => ({
      fi: `Luvun pitää olla luvun ${p.divisor} monikerta.`,
      en: `The number must be a multiple of ${p.divisor}.`,
    }),
    { divisor: 5 },
  ),
  too_short: define(
    'error',
    { fi: 'Teksti tai lista on liian lyhyt.', en: 'A text or list is too short.' },
    (p) =>
      p.origin === 'string'
        ? {
            fi: `Tekstissä pitää olla vähintään ${p.minimum} merkkiä.`,
            en: `The text must have at least ${p.minimum} characters.`,
          }
        : {
            fi: `Listassa pitää olla vähintään ${p.minimum} kohtaa.`,
            en: `The list must have at least ${p.minimum} items.`,
          },
    { minimum: 2, origin: 'array' },
  ),
  too_long: define(
    'error',
    { fi: 'Teksti tai lista on liian pitkä.', en: 'A text or list is too long.' },
    (p) =>
      p.origin === 'string'
        ? {
            fi: `Teksti on liian pitkä (${p.length ?? 'yli'} merkkiä, enintään ${p.maximum}).`,
            en: `The text is too long (${p.length ?? 'over'} characters, at most ${p.maximum}).`,
          }
        : {
            fi: `Listassa on liikaa kohtia (enintään ${p.maximum}).`,
            en: `The list has too many items (at most ${p.maximum}).`,
          },
    { length: 240, maximum: 200, origin: 'string' },
  ),
  // Text.
  blank_text: define(
    'error',
    { fi: 'Teksti on tyhjä tai pelkkiä välilyöntejä.', en: 'A text is empty or only white space.' },
    () => ({ fi: 'Teksti ei saa olla tyhjä.', en: 'The text must not be empty.' }),
  ),
  control_characters: define(
    'error',
    { fi: 'Tekstissä on ohjausmerkkejä.', en: 'A text contains control characters.' },
    () => ({
      fi: 'Tekstissä on ohjausmerkkejä (esim. sarkain tai rivinvaihto nimessä).',
      en: 'The text contains control characters (such as a tab or line break in a name).',
    }),
  ),
  untrimmed_text: define(
    'warning',
    {
      fi: 'Tekstin alussa tai lopussa on välilyöntejä.',
      en: 'A text starts or ends with white space.',
    },
    () => ({
      fi: 'Tekstin alussa tai lopussa on ylimääräisiä välilyöntejä.',
      en: 'The text starts or ends with white space.',
    }),
  ),
  // Provenance.
  missing_source: define(
    'warning',
    {
      fi: 'Tiedolle ei ole merkitty lähdettä.',
      en: 'No source is named for the data.',
    },
    (p) => ({
      fi: `Lähde puuttuu (${KIND_NAMES[String(p.kind)]?.fi ?? p.kind}): kerro, mistä tieto on peräisin, lisäämällä lähde kenttään sources.`,
      en: `No source (${KIND_NAMES[String(p.kind)]?.en ?? p.kind}): name where this comes from by adding a source to sources.`,
    }),
    { kind: 'period' },
  ),
  // Uniqueness.
  duplicate_id: define(
    'error',
    { fi: 'Sama tunniste on käytössä kahdesti.', en: 'An id is used twice.' },
    (p) => ({
      fi: `Tunniste "${p.id}" on jo käytössä (${firstAt(p, 'fi')}).`,
      en: `The id "${p.id}" is already used (${firstAt(p, 'en')}).`,
    }),
    { id: 'uso-5', first: '/periods/4' },
  ),
  duplicate_theme_slug: define(
    'error',
    {
      fi: 'Kaudella on kaksi teemaa samalla lyhytnimellä.',
      en: 'Two themes of one period share a slug.',
    },
    (p) => ({
      fi: `Kaudella ${p.periodId} on jo teema lyhytnimellä "${p.slug}" (${firstAt(p, 'fi')}).`,
      en: `Period ${p.periodId} already has a theme with the slug "${p.slug}" (${firstAt(p, 'en')}).`,
    }),
    { periodId: 'uso-4', slug: 'strateginen-johtaminen', first: '/themes/2' },
  ),
  duplicate_participation: define(
    'error',
    {
      fi: 'Kunta on merkitty samalle kaudelle kahdesti.',
      en: 'A municipality is a member of one period twice.',
    },
    (p) => ({
      fi: `Kunta ${p.code} on jo kauden ${p.periodId} jäsen (${firstAt(p, 'fi')}).`,
      en: `Municipality ${p.code} is already a member of ${p.periodId} (${firstAt(p, 'en')}).`,
    }),
    { code: '609', periodId: 'uso-4', first: '/participations/17' },
  ),
  moved_by_import: define(
    'error',
    {
      fi: 'Tuonti siirtäisi kauden toiseen verkostoon tai teeman tai toiminnan toiselle kaudelle.',
      en: 'An import would move a period to another network, or a theme or an activity to another period.',
    },
    (p) => ({
      fi: `Tuonti ei siirrä tietoja: ${KIND_NAMES[String(p.kind)]?.fi ?? p.kind} "${p.id}" kuuluu kohteeseen ${p.from}, ei kohteeseen ${p.to}. Jos se kuuluu muualle, poista se ja luo uusi.`,
      en: `An import does not move data: ${KIND_NAMES[String(p.kind)]?.en ?? p.kind} "${p.id}" belongs to ${p.from}, not ${p.to}. If it belongs elsewhere, delete it and create it anew.`,
    }),
    { kind: 'period', id: 'uso-5', from: 'uso', to: 'toinen' },
  ),
  // References.
  unknown_network: define(
    'error',
    { fi: 'Viitattua verkostoa ei ole.', en: 'A referenced network does not exist.' },
    (p) => ({
      fi: `Verkostoa "${p.id}" ei ole aineistossa.`,
      en: `There is no network "${p.id}" in the dataset.`,
    }),
    { id: 'usso' },
  ),
  unknown_period: define(
    'error',
    { fi: 'Viitattua kautta ei ole.', en: 'A referenced period does not exist.' },
    (p) => ({
      fi: `Kautta "${p.id}" ei ole aineistossa.`,
      en: `There is no period "${p.id}" in the dataset.`,
    }),
    { id: 'uso-9' },
  ),
  unknown_theme: define(
    'error',
    { fi: 'Viitattua teemaa ei ole.', en: 'A referenced theme does not exist.' },
    (p) => ({
      fi: `Teemaa "${p.id}" ei ole aineistossa.`,
      en: `There is no theme "${p.id}" in the dataset.`,
    }),
    { id: 'uso-5-digitalisaatio' },
  ),
  unknown_source: define(
    'error',
    { fi: 'Viitattua lähdettä ei ole.', en: 'A referenced source does not exist.' },
    (p) => ({
      fi: `Lähdettä "${p.id}" ei ole aineiston lähteissä.`,
      en: `There is no source "${p.id}" in the dataset's sources.`,
    }),
    { id: 'kuntaliitto-2030' },
  ),
  unknown_municipality: define(
    'error',
    {
      fi: 'Kuntanumeroa ei ole Tilastokeskuksen luokituksissa.',
      en: "No municipality has this code in Statistics Finland's classifications.",
    },
    (p) => ({
      fi: `Kuntanumeroa ${p.code} ei ole Tilastokeskuksen kuntaluokituksissa.`,
      en: `No municipality has the code ${p.code} in Statistics Finland's classifications.`,
    }),
    { code: '999' },
  ),
  theme_parent_other_period: define(
    'error',
    { fi: 'Yläteema kuuluu eri kauteen.', en: 'A parent theme belongs to another period.' },
    (p) => ({
      fi: `Yläteema ${p.parentId} kuuluu kauteen ${p.parentPeriodId}, ei kauteen ${p.periodId}.`,
      en: `The parent theme ${p.parentId} belongs to ${p.parentPeriodId}, not ${p.periodId}.`,
    }),
    { parentId: 'uso-4-muutoksen-johtaminen', parentPeriodId: 'uso-4', periodId: 'uso-5' },
  ),
  theme_parent_cycle: define(
    'error',
    {
      fi: 'Teemat ovat toistensa yläteemoja (kehä).',
      en: "Themes are each other's parents (a cycle).",
    },
    (p) => ({
      fi: `Yläteemat muodostavat kehän: ${p.cycle}.`,
      en: `The parent themes form a cycle: ${p.cycle}.`,
    }),
    { cycle: 'uso-5-a → uso-5-b → uso-5-a' },
  ),
  continued_theme_not_earlier: define(
    'error',
    {
      fi: 'Jatkettu teema ei ole saman verkoston aiemmalta kaudelta.',
      en: 'A continued theme is not from an earlier period of the same network.',
    },
    (p) => ({
      fi: `Teema ${p.id} (${p.periodId}) ei ole saman verkoston aiemmalta kaudelta.`,
      en: `Theme ${p.id} (${p.periodId}) is not from an earlier period of the same network.`,
    }),
    { id: 'uso-6-strateginen-johtaminen', periodId: 'uso-6' },
  ),
  lead_theme_other_period: define(
    'error',
    { fi: 'Pääteema kuuluu eri kauteen.', en: 'A lead theme belongs to another period.' },
    (p) => ({
      fi: `Pääteema ${p.id} kuuluu kauteen ${p.themePeriodId}.`,
      en: `The lead theme ${p.id} belongs to ${p.themePeriodId}.`,
    }),
    { id: 'uso-5-strateginen-johtaminen', themePeriodId: 'uso-5' },
  ),
  origin_requires_reference: define(
    'error',
    { fi: 'Teeman alkuperä vaatii viittauksen.', en: "A theme's origin needs its reference." },
    (p) => ({
      fi: `Alkuperä "${p.origin}" vaatii kentän ${p.field}.`,
      en: `The origin "${p.origin}" needs the field ${p.field}.`,
    }),
    { origin: 'continued', field: 'continuesThemeId' },
  ),
  reference_requires_origin: define(
    'error',
    {
      fi: 'Viittaus ei sovi teeman alkuperään.',
      en: "A reference does not fit the theme's origin.",
    },
    (p) => ({
      fi: `Kenttä ${p.field} kuuluu vain alkuperälle "${p.origin}".`,
      en: `The field ${p.field} belongs only with the origin "${p.origin}".`,
    }),
    { field: 'borrowedFrom', origin: 'borrowed' },
  ),
  // Periods.
  period_end_before_start: define(
    'error',
    {
      fi: 'Kausi ei pääty alkunsa jälkeen.',
      en: 'A period does not end after it starts.',
    },
    (p) => ({
      fi: `Kauden pitää päättyä (${p.endDate}) alkunsa (${p.startDate}) jälkeen.`,
      en: `The period must end (${p.endDate}) after it starts (${p.startDate}).`,
    }),
    { startDate: '2025-01-01', endDate: '2024-12-31' },
  ),
  periods_overlap: define(
    'error',
    { fi: 'Saman verkoston kaudet menevät päällekkäin.', en: 'Periods of one network overlap.' },
    (p) => ({
      fi: `Kausi ${p.id} (${p.range}) menee päällekkäin kauden ${p.otherId} (${p.otherRange}) kanssa.`,
      en: `Period ${p.id} (${p.range}) overlaps ${p.otherId} (${p.otherRange}).`,
    }),
    {
      id: 'uso-5',
      range: '2018-06-01–2020-12-31',
      otherId: 'uso-4',
      otherRange: '2017-01-01–2018-12-31',
    },
  ),
  duplicate_ordinal: define(
    'error',
    {
      fi: 'Kahdella saman verkoston kaudella on sama järjestysnumero.',
      en: 'Two periods of one network share an ordinal.',
    },
    (p) => ({
      fi: `Verkostolla ${p.networkId} on jo kausi numero ${p.ordinal} (${p.otherId}).`,
      en: `Network ${p.networkId} already has period number ${p.ordinal} (${p.otherId}).`,
    }),
    { networkId: 'uso', ordinal: 5, otherId: 'uso-5' },
  ),
  ordinal_out_of_order: define(
    'error',
    {
      fi: 'Kausien järjestysnumerot eivät seuraa päivämääriä.',
      en: 'Period ordinals are not in date order.',
    },
    (p) => ({
      fi: `Kausi ${p.id} (numero ${p.ordinal}) alkaa vasta kauden ${p.otherId} (numero ${p.otherOrdinal}) jälkeen.`,
      en: `Period ${p.id} (number ${p.ordinal}) starts after ${p.otherId} (number ${p.otherOrdinal}).`,
    }),
    { id: 'uso-7', ordinal: 6, otherId: 'uso-6', otherOrdinal: 8 },
  ),
  participation_outside_period: define(
    'error',
    {
      fi: 'Liittymis- tai eroamispäivä on kauden ulkopuolella.',
      en: 'A joining or leaving date is outside the period.',
    },
    (p) => ({
      fi: `Päivä ${p.date} on kauden ${p.periodId} (${p.range}) ulkopuolella.`,
      en: `The date ${p.date} is outside period ${p.periodId} (${p.range}).`,
    }),
    { date: '2021-03-01', periodId: 'uso-5', range: '2019-01-01–2020-12-31' },
  ),
  participation_dates_reversed: define(
    'error',
    { fi: 'Kunta eroaa ennen kuin liittyy.', en: 'A municipality leaves before it joins.' },
    (p) => ({
      fi: `Eroamispäivä ${p.leftOn} on ennen liittymispäivää ${p.joinedOn}.`,
      en: `The leaving date ${p.leftOn} is before the joining date ${p.joinedOn}.`,
    }),
    { joinedOn: '2019-05-01', leftOn: '2019-02-01' },
  ),
  // Municipalities by date (Statistics Finland, year by year).
  municipality_not_yet_created: define(
    'error',
    {
      fi: 'Kuntaa ei vielä ollut jäsenyyden alkaessa.',
      en: 'The municipality did not yet exist when the membership began.',
    },
    (p) => ({
      fi: `${p.name} (${p.code}) perustettiin vasta ${p.validFromFi}; jäsenyys alkoi ${p.startDateFi}.`,
      en: `${p.name} (${p.code}) was only created on ${p.validFrom}; the membership began on ${p.startDate}.`,
    }),
    {
      name: 'Sastamala',
      code: '790',
      validFrom: '2009-01-01',
      validFromFi: '1.1.2009',
      startDate: '2008-01-01',
      startDateFi: '1.1.2008',
    },
  ),
  municipality_abolished: define(
    'error',
    {
      fi: 'Kunta oli lakkautettu ennen jäsenyyden alkua.',
      en: 'The municipality was abolished before the membership began.',
    },
    (p) => ({
      fi: `${p.name} (${p.code}) ei ollut olemassa ${p.startDateFi}: ${p.successorsFi}.`,
      en: `${p.name} (${p.code}) did not exist on ${p.startDate}: ${p.successorsEn}.`,
    }),
    {
      name: 'Pertunmaa',
      code: '588',
      startDate: '2025-01-01',
      startDateFi: '1.1.2025',
      successorsFi: 'yhdistyi kuntaan Mäntyharju (507) 1.1.2025',
      successorsEn: 'merged into Mäntyharju (507) on 2025-01-01',
    },
  ),
  municipality_abolished_during_period: define(
    'warning',
    {
      fi: 'Kunta lakkautettiin kesken kauden.',
      en: 'The municipality was abolished during the period.',
    },
    (p) => ({
      fi: `${p.name} (${p.code}) lakkautettiin kesken kauden: ${p.successorsFi}.`,
      en: `${p.name} (${p.code}) was abolished during the period: ${p.successorsEn}.`,
    }),
    {
      name: 'Valtimo',
      code: '911',
      successorsFi: 'yhdistyi kuntaan Nurmes (541) 1.1.2020',
      successorsEn: 'merged into Nurmes (541) on 2020-01-01',
    },
  ),
  // Activities and programmes.
  invalid_activity_time: define(
    'error',
    {
      fi: 'Ajankohta ei ole päivä VVVV-KK-PP eikä Helsingin aika VVVV-KK-PPTHH:MM.',
      en: 'A time is neither a day YYYY-MM-DD nor a Helsinki time YYYY-MM-DDTHH:MM.',
    },
    (p) => ({
      fi: `"${p.value}" ei ole päivä (VVVV-KK-PP) eikä kellonaika Helsingin aikaa (VVVV-KK-PPTHH:MM).`,
      en: `"${p.value}" is neither a day (YYYY-MM-DD) nor a Helsinki time (YYYY-MM-DDTHH:MM).`,
    }),
    { value: '2019-03-05 10:00' },
  ),
  activity_time_forms_differ: define(
    'error',
    {
      fi: 'Toiminnan alku ja loppu eivät ole samaa muotoa (päivä tai kellonaika).',
      en: "An activity's start and end are not of the same form (a day or a time).",
    },
    (p) => ({
      fi: `Alku ${p.start} ja loppu ${p.end} pitää antaa samassa muodossa: molemmat päivinä tai molemmat kellonaikoina.`,
      en: `The start ${p.start} and the end ${p.end} must have the same form: both days or both times.`,
    }),
    { start: '2019-03-05T10:00', end: '2019-03-05' },
  ),
  activity_end_before_start: define(
    'error',
    { fi: 'Toiminta päättyy ennen alkuaan.', en: 'An activity ends before it starts.' },
    (p) => ({
      fi: `Loppu ${p.end} on ennen alkua ${p.start}.`,
      en: `The end ${p.end} is before the start ${p.start}.`,
    }),
    { start: '2019-03-05T16:00', end: '2019-03-05T10:00' },
  ),
  activity_outside_period: define(
    'error',
    { fi: 'Toiminta ei ole kautensa sisällä.', en: 'An activity lies outside its period.' },
    (p) => ({
      fi: `Päivä ${p.dateFi} on kauden ${p.periodId} (${p.range}) ulkopuolella.`,
      en: `The day ${p.date} is outside period ${p.periodId} (${p.range}).`,
    }),
    { date: '2021-01-15', dateFi: '15.1.2021', periodId: 'uso-5', range: '2019-01-01–2020-12-31' },
  ),
  unknown_activity_kind: define(
    'warning',
    {
      fi: 'Toiminnan laji ei ole tunnettu laji (tarkista kirjoitusasu).',
      en: 'An activity kind is not one of the known kinds (check the spelling).',
    },
    (p) => ({
      fi: `Laji "${p.kind}" ei ole tunnettu; tunnetut lajit: ${p.known}.`,
      en: `The kind "${p.kind}" is not a known one; known kinds: ${p.known}.`,
    }),
    {
      kind: 'natinal-seminar',
      known:
        'national-seminar, work-seminar, contact-person-meeting, elected-officials-training, foresight-process, municipal-workshop',
    },
  ),
  activity_theme_other_period: define(
    'error',
    {
      fi: 'Toiminnan teema kuuluu toiseen kauteen.',
      en: "An activity's theme belongs to another period.",
    },
    (p) => ({
      fi: `Teema ${p.id} kuuluu kauteen ${p.themePeriodId}, ei kauteen ${p.periodId}.`,
      en: `The theme ${p.id} belongs to ${p.themePeriodId}, not ${p.periodId}.`,
    }),
    { id: 'uso-4-muutoksen-johtaminen', themePeriodId: 'uso-4', periodId: 'uso-5' },
  ),
  workshop_without_municipality: define(
    'error',
    {
      fi: 'Kuntatyöpajalta puuttuu kunta.',
      en: 'A municipal workshop names no municipality.',
    },
    () => ({
      fi: 'Kuntatyöpaja pidetään jäsenkunnalle: anna kuntanumero.',
      en: 'A municipal workshop is held for a member municipality: give its code.',
    }),
  ),
  municipality_only_for_workshops: define(
    'error',
    {
      fi: 'Kunta on annettu muulle kuin kuntatyöpajalle.',
      en: 'A municipality is given for an activity other than a municipal workshop.',
    },
    (p) => ({
      fi: `Kunta kuuluu vain kuntatyöpajalle; tämän toiminnan laji on "${p.kind}".`,
      en: `A municipality belongs only with a municipal workshop; this activity's kind is "${p.kind}".`,
    }),
    { kind: 'national-seminar' },
  ),
  workshop_not_member: define(
    'error',
    {
      fi: 'Kuntatyöpajan kunta ei ollut kauden jäsen työpajan päivänä.',
      en: "A workshop's municipality was not a member of the period on the workshop's day.",
    },
    (p) => ({
      fi: `${p.name} (${p.code}) ei ollut kauden ${p.periodId} jäsen ${p.dateFi}.`,
      en: `${p.name} (${p.code}) was not a member of ${p.periodId} on ${p.date}.`,
    }),
    { name: 'Kankaanpää', code: '214', periodId: 'uso-5', date: '2019-09-10', dateFi: '10.9.2019' },
  ),
  workshop_municipality_abolished: define(
    'error',
    {
      fi: 'Kuntatyöpajan kunta oli jo lakkautettu työpajan päivänä.',
      en: "A workshop's municipality had been abolished by the workshop's day.",
    },
    (p) => ({
      fi: `${p.name} (${p.code}) ei ollut olemassa ${p.dateFi}: ${p.successorsFi}. Merkitse työpaja seuraajalle.`,
      en: `${p.name} (${p.code}) did not exist on ${p.date}: ${p.successorsEn}. Record the workshop for its successor.`,
    }),
    {
      name: 'Valtimo',
      code: '911',
      date: '2020-03-01',
      dateFi: '1.3.2020',
      successorsFi: 'yhdistyi kuntaan Nurmes (541) 1.1.2020',
      successorsEn: 'merged into Nurmes (541) on 2020-01-01',
    },
  ),
  workshop_quota_exceeded: define(
    'error',
    {
      fi: 'Jäsenen kuntatyöpajoja on enemmän kuin sen kiintiö sallii.',
      en: "A member's municipal workshops exceed its quota.",
    },
    (p) => ({
      fi: `${p.name} (${p.code}): ${p.count}. kuntatyöpaja ${p.spanFi}, kiintiö on ${p.quota}.`,
      en: `${p.name} (${p.code}): workshop number ${p.count} ${p.spanEn}; the quota is ${p.quota}.`,
    }),
    {
      name: 'Pori',
      code: '609',
      count: 6,
      quota: 5,
      spanFi: 'kaudella uso-5',
      spanEn: 'in uso-5',
    },
  ),
  programme_count_negative: define(
    'error',
    {
      fi: 'Ohjelman määrä on negatiivinen.',
      en: 'A count in a programme is negative.',
    },
    (p) => ({
      fi: `Määrä ei voi olla negatiivinen; saatiin ${p.value}.`,
      en: `A count cannot be negative; received ${p.value}.`,
    }),
    { value: -1 },
  ),
  duplicate_programme: define(
    'error',
    { fi: 'Kaudella on kaksi ohjelmaa.', en: 'A period has two programmes.' },
    (p) => ({
      fi: `Kaudella ${p.periodId} on jo ohjelma (${firstAt(p, 'fi')}).`,
      en: `Period ${p.periodId} already has a programme (${firstAt(p, 'en')}).`,
    }),
    { periodId: 'uso-5', first: '/programmes/2' },
  ),
  duplicate_planned_kind: define(
    'error',
    {
      fi: 'Ohjelma suunnittelee saman lajin kahdesti.',
      en: 'A programme plans the same kind twice.',
    },
    (p) => ({
      fi: `Laji "${p.kind}" on ohjelmassa jo (${p.first}).`,
      en: `The kind "${p.kind}" is in the programme already (${p.first}).`,
    }),
    { kind: 'national-seminar', first: '/programmes/0/planned/0' },
  ),
  // JSON.
  json_syntax: define(
    'error',
    { fi: 'JSON-tiedosto on rikki.', en: 'The JSON file is malformed.' },
    (p) =>
      p.found === undefined
        ? {
            fi: `JSON-virhe sarakkeessa ${p.column}: teksti loppuu kesken.`,
            en: `JSON error at column ${p.column}: unexpected end of text.`,
          }
        : {
            fi: `JSON-virhe sarakkeessa ${p.column}: odottamaton merkki ${JSON.stringify(p.found)}.`,
            en: `JSON error at column ${p.column}: unexpected character ${JSON.stringify(p.found)}.`,
          },
    { column: 15, found: ',' },
  ),
  // CSV.
  csv_syntax: define(
    'error',
    { fi: 'CSV-tiedosto on rikki.', en: 'The CSV file is malformed.' },
    (p) =>
      p.problem === 'field_count'
        ? {
            fi: `CSV-virhe: rivillä on ${p.found} kenttää, otsikkorivillä ${p.expected}.`,
            en: `CSV error: the row has ${p.found} fields, the header ${p.expected}.`,
          }
        : {
            fi: `CSV-virhe: ${CSV_PROBLEMS[String(p.problem)]?.fi ?? p.problem}.`,
            en: `CSV error: ${CSV_PROBLEMS[String(p.problem)]?.en ?? p.problem}.`,
          },
    { problem: 'unclosed_quote' },
  ),
  csv_missing_column: define(
    'error',
    { fi: 'CSV-tiedostosta puuttuu pakollinen sarake.', en: 'A required CSV column is missing.' },
    (p) => ({ fi: `Sarake ${p.column} puuttuu.`, en: `The column ${p.column} is missing.` }),
    { column: 'period_id' },
  ),
  csv_unknown_column: define(
    'error',
    { fi: 'CSV-tiedostossa on tuntematon sarake.', en: 'The CSV file has an unknown column.' },
    (p) => ({
      fi: `Tuntematon sarake "${p.column}"; sallitut: ${p.allowed}.`,
      en: `Unknown column "${p.column}"; allowed: ${p.allowed}.`,
    }),
    {
      column: 'kunta',
      allowed: 'period_id, municipality_code, municipality_name, role, joined_on, left_on, sources',
    },
  ),
  municipality_name_mismatch: define(
    'error',
    { fi: 'Kunnan nimi ja numero eivät täsmää.', en: 'A municipality name and code disagree.' },
    (p) => ({
      fi: `Nimi "${p.name}" ei vastaa kuntanumeroa ${p.code} (${p.actual}).`,
      en: `The name "${p.name}" does not match code ${p.code} (${p.actual}).`,
    }),
    { name: 'Åbo', code: '609', actual: 'Pori' },
  ),
  unknown_municipality_name: define(
    'error',
    {
      fi: 'Nimellä ei löydy yksiselitteisesti yhtä kuntaa.',
      en: 'A name does not match exactly one municipality.',
    },
    (p) => ({
      fi: `Nimellä "${p.name}" löytyy ${p.count} kuntaa${p.on ? ` (${p.on})` : ''}; anna kuntanumero.`,
      en: `The name "${p.name}" matches ${p.count} municipalities${p.on ? ` (${p.on})` : ''}; give the code.`,
    }),
    { name: 'Pori City', count: 0, on: '2017-01-01' },
  ),
} as const satisfies Record<string, IssueDefinition>;

/** The entity kinds a message names. */
const KIND_NAMES: Record<string, { fi: string; en: string }> = {
  network: { fi: 'verkosto', en: 'network' },
  period: { fi: 'kausi', en: 'period' },
  theme: { fi: 'teema', en: 'theme' },
  participation: { fi: 'jäsenyys', en: 'membership' },
  activity: { fi: 'toiminta', en: 'activity' },
};

/** The problems `csv_syntax` names, from core's CSV reader. */
const CSV_PROBLEMS: Record<string, { fi: string; en: string }> = {
  unclosed_quote: { fi: 'lainausmerkki jää sulkematta', en: 'a quoted field is not closed' },
  text_after_quote: {
    fi: 'lopettavan lainausmerkin jälkeen on tekstiä',
    en: 'there is text after a closing quote',
  },
};

export type IssueCode = keyof typeof ISSUE_CODES;

/** Builds an issue with its catalogued severity and bilingual message. */
export function issue(
  code: IssueCode,
  path: string,
  params: IssueParams = {},
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
  let result = '';
  for (const s of segments) {
    const text = String(s);
    result += `/${text.includes('~') || text.includes('/') ? text.replaceAll('~', '~0').replaceAll('/', '~1') : text}`;
  }
  return result;
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
