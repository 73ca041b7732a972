import { type IsoDate, isWithin } from './dates.ts';
import type { LocalizedText } from './text.ts';

/**
 * Statistics Finland's language status (kielisuhde): unilingual Finnish (0), bilingual with a
 * Finnish majority (1), unilingual Swedish (2), bilingual with a Swedish majority (3).
 */
export const LANGUAGE_STATUSES = ['fi', 'fi-sv', 'sv', 'sv-fi'] as const;
export type LanguageStatus = (typeof LANGUAGE_STATUSES)[number];

/** StatFi's numeric kielisuhde code for each status. */
export const LANGUAGE_STATUS_CODES: Record<LanguageStatus, string> = {
  fi: '0',
  'fi-sv': '1',
  sv: '2',
  'sv-fi': '3',
};

/** Something a municipality was until a date: a name, or the region it belonged to. */
export interface Former<T> {
  /** The first day on which it no longer held. */
  until: IsoDate;
  value: T;
}

/** A Finnish municipality (kunta), current or abolished. */
export interface Municipality {
  /** The official three-digit code (kuntanumero), zero-padded: `091`. */
  code: string;
  /** The latest official names. Swedish repeats Finnish where StatFi gives no Swedish name. */
  name: LocalizedText & { sv: string };
  /** The latest region (maakunta) code, two digits; null where the source gives none. */
  regionCode: string | null;
  languageStatus: LanguageStatus | null;
  /** The first day it existed; null when that is before the registry's records begin. */
  validFrom: IsoDate | null;
  /** The first day it no longer existed; null while it exists. */
  validTo: IsoDate | null;
  /** The municipality it merged into, when it was abolished by a merger. */
  mergedInto: string | null;
  /** The business ID (Y-tunnus), where a reliable source gives one. */
  businessId?: string;
  /** Earlier names, oldest first. */
  formerNames?: Former<LocalizedText & { sv: string }>[];
  /** Earlier regions, oldest first. */
  formerRegions?: Former<string>[];
}

/** Whether the municipality existed on a date. */
export function municipalityExistsOn(municipality: Municipality, date: IsoDate): boolean {
  return isWithin(date, municipality.validFrom, municipality.validTo);
}

function formerValue<T>(formers: Former<T>[] | undefined, date: IsoDate): T | undefined {
  return formers?.find((former) => date < former.until)?.value;
}

/** The region the municipality belonged to on a date (regions changed e.g. on 2021-01-01). */
export function regionOn(municipality: Municipality, date: IsoDate): string | null {
  return formerValue(municipality.formerRegions, date) ?? municipality.regionCode;
}

/** The names the municipality had on a date (Länsi-Turunmaa became Parainen in 2012). */
export function nameOn(municipality: Municipality, date: IsoDate): Municipality['name'] {
  return formerValue(municipality.formerNames, date) ?? municipality.name;
}

/** A region (maakunta). */
export interface Region {
  /** Two digits, e.g. `01` for Uusimaa. */
  code: string;
  name: LocalizedText & { sv: string; en: string };
}
