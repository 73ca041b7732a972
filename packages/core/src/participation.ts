import type { IsoDate } from './dates.ts';
import type { LocalizedText } from './text.ts';

/** How a municipality takes part in a period. Most members are developer municipalities. */
export const PARTICIPATION_ROLES = ['kehittajakunta', 'kumppani', 'tarkkailija'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const DEFAULT_PARTICIPATION_ROLE: ParticipationRole = 'kehittajakunta';

export const PARTICIPATION_ROLE_NAMES: Record<ParticipationRole, LocalizedText> = {
  kehittajakunta: { fi: 'kehittäjäkunta', sv: 'utvecklingskommun', en: 'developer municipality' },
  kumppani: { fi: 'kumppani', sv: 'partner', en: 'partner' },
  tarkkailija: { fi: 'tarkkailija', sv: 'observatör', en: 'observer' },
};

/** A municipality's membership in one period of a network. */
export interface Participation {
  periodId: string;
  /** The official three-digit municipality code (kuntanumero), e.g. `091`. */
  municipalityCode: string;
  role: ParticipationRole;
  /** When it joined, if later than the period's start. */
  joinedOn?: IsoDate;
  /** When it left, if before the period's end. */
  leftOn?: IsoDate;
  sources: string[];
}

/**
 * A membership's key, `periodId/municipalityCode` (e.g. `uso-5/091`): one municipality is a
 * member of a period once. A municipality code has no `/`, so the last `/` splits it back.
 */
export const participationKey = (p: Pick<Participation, 'periodId' | 'municipalityCode'>) =>
  `${p.periodId}/${p.municipalityCode}`;

/** The period and municipality of a `participationKey`; undefined when it has no `/`. */
export function parseParticipationKey(
  key: string,
): Pick<Participation, 'periodId' | 'municipalityCode'> | undefined {
  const slash = key.lastIndexOf('/');
  if (slash <= 0 || slash === key.length - 1) return undefined;
  return { periodId: key.slice(0, slash), municipalityCode: key.slice(slash + 1) };
}
