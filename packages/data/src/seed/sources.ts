import type { Source } from '@verkosto/core';

/** The public pages behind every fact in the USO seed (stored copies; see reference/uso/FACTS.md). */
export const USO_SOURCES = [
  {
    id: 'kuntaliitto-blog-2019-02-22',
    title: 'Verkostomaisella kehittämisellä vaikuttavia muutoksia',
    author: 'Jarkko Majava',
    publisher: 'Suomen Kuntaliitto ry (Kuntamatkalla-blogisarja)',
    publishedOn: '2019-02-22',
    url: 'https://www.kuntaliitto.fi/blogi/2019/verkostomaisella-kehittamisella-vaikuttavia-muutoksia',
    note: 'USO 5 (2019–2020), the fifth period: over 20 developer municipalities; the themes of the period. Full text in reference/uso/source-article-2019-02-22.txt.',
  },
  {
    id: 'fcg-uso-en',
    title: 'USO – New Generation Organisations',
    publisher: 'FCG',
    url: 'https://www.fcg.fi/en/organisations-governance/network-projects/uso-new-generation-organisations',
    note: 'For ten years the network has offered about 70 municipalities support; USO 5 activities and theme groups.',
  },
  {
    id: 'fcg-lehti-39',
    title: 'FCG-lehti, arkisto id=39',
    publisher: 'FCG',
    url: 'https://www.fcg.fi/lehti/arkisto/?id=39',
    note: 'First period 2011–2012 with 30 municipalities; USO2 2013–2014 with 35 (about 70 % continuing), its themes and activities.',
  },
  {
    id: 'kuntaliitto-2017-uso4',
    title: 'USO-verkosto tukee kuntia muutoksen johtamisessa',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/ajankohtaista/2017/uso-verkosto-tukee-kuntia-muutoksen-johtamisessa',
    note: 'USO4, the fourth two-year period (2017–2018): 28 municipalities; its themes.',
  },
  {
    id: 'kommunforbundet-uso',
    title: 'USO – Nya generationens organisationer',
    publisher: 'Kommunförbundet (Suomen Kuntaliitto ry)',
    url: 'https://www.kommunforbundet.fi/ledarskap-och-utveckling/uso-nya-generationens-organisationer',
    note: 'Lists 29 USO4 municipalities by their Swedish names (the 2017 news item says 28).',
  },
  {
    id: 'kuntaliitto-2021-uso6',
    title: 'USO-verkostoon pääsee vielä mukaan',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/ajankohtaista/2021/uso-verkostoon-paasee-viela-mukaan',
    note: 'USO6 (2021–2022): lead theme and themes, activities. No member list.',
  },
  {
    id: 'kuntaliitto-uso-page',
    title: 'Uuden sukupolven organisaatiot',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/laki/kunnan-toimielimet-ja-johtaminen/kunnan-johtaminen/uuden-sukupolven-organisaatiot',
    note: 'The 2023–2024 period (not named USO7 there): lead theme, themes and activities. No member list.',
  },
] as const satisfies readonly Source[];

export type UsoSourceId = (typeof USO_SOURCES)[number]['id'];
