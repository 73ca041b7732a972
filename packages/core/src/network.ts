import type { LocalizedText } from './text.ts';

/** A link with a human label, e.g. the network's home page. */
export interface Link {
  url: string;
  label: LocalizedText;
}

/** A development network (kehittämisverkosto) such as USO, run by an organiser for member municipalities. */
export interface Network {
  /** A stable slug, e.g. `uso`. */
  id: string;
  name: LocalizedText;
  /** A short name, e.g. `USO`. */
  shortName?: string;
  organiser: string;
  /** The organiser's Finnish business ID (Y-tunnus), e.g. `1234567-8`, where a source gives it. */
  organiserBusinessId?: string;
  description?: LocalizedText;
  links: Link[];
  sources: string[];
}
