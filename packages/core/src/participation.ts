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
