import type { Source } from '@verkosto/core';

/**
 * The public pages behind every fact in the USO seed. What each page says that the seed uses is
 * in reference/uso/FACTS.md, with the exact words of every name and sentence the seed quotes
 * (the 2019 article in full: reference/uso/source-article-2019-02-22.txt).
 */
export const USO_SOURCES = [
  {
    id: 'kuntaliitto-blog-2019-02-22',
    title: 'Verkostomaisella kehittämisellä vaikuttavia muutoksia',
    author: 'Jarkko Majava',
    publisher: 'Suomen Kuntaliitto ry (Kuntamatkalla-blogisarja)',
    publishedOn: '2019-02-22',
    url: 'https://www.kuntaliitto.fi/blogi/2019/verkostomaisella-kehittamisella-vaikuttavia-muutoksia',
    note: 'USO 5 (2019–2020), the fifth period: "yli 20 kehittäjäkunnan verkoston" (over 20 developer municipalities); the themes of the period and the network’s guiding idea. Full text in reference/uso/source-article-2019-02-22.txt.',
  },
  {
    id: 'fcg-uso-en',
    title: 'USO – New Generation Organisations',
    publisher: 'FCG',
    url: 'https://www.fcg.fi/en/organisations-governance/network-projects/uso-new-generation-organisations',
    note: 'The English name; for ten years about 70 municipalities; USO 5’s activities and its three key themes in English: "Municipalities led by forecasting and knowledge", "Flourishing municipalities", "Resource-smart municipalities".',
  },
  {
    id: 'puumala-kh-2019-03-25',
    title:
      'Kunnanhallitus, kokous 25.3.2019, § 47 USO- Uuden sukupolven organisaatiot verkostoprojektiin osallistuminen vuosina 2019 - 2020',
    publisher: 'Puumalan kunta',
    publishedOn: '2019-03-25',
    url: 'https://puumala.cloudnc.fi/fi-FI/Toimielimet/Kunnanhallitus/Kokous_2532019/USO_Uuden_sukupolven_organisaatiot_verko(2862)',
    note: 'Board minutes describing USO 5 from the project’s presentation: its three key themes in Finnish ("Ennakoiva ja tiedolla johdettu kunta", "Kukoistava kunta", "Resurssiälykäs kunta") — the Finnish names of FCG’s three themes. The minutes do not say which of the article’s themes fall under which.',
  },
  {
    id: 'fcg-lehti-39',
    title:
      'Verkostoprojekti USO2 vauhdissa: Hyvä johtaminen on tie menestykseen (FCG-lehti 2/2013)',
    publisher: 'FCG',
    publishedOn: '2013-09-12',
    url: 'https://www.fcg.fi/lehti/arkisto/?id=39',
    note: 'First period from 2011 (two years) with 30 municipalities; USO2 with 35 (about 70 % continuing), peer groups for large, medium and small municipalities, its themes and activities.',
  },
  {
    id: 'kuntaliitto-2016-uso3',
    title:
      'Sote- ja maakuntauudistus sekä tulevaisuuden kunnan roolit keskustelussa USO-verkostossa',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/ajankohtaista/2016/sote-ja-maakuntauudistus-seka-tulevaisuuden-kunnan-roolit-keskustelussa-uso',
    note: 'Names the "USO Uuden sukupolven organisaatiot ja johtaminen 2015-2016 -verkostoprojekti" (the third period) and its peer groups of small, medium-sized and large municipalities (seminars at the turn of September and October 2016). No themes of the period, no member list; the page gives no publication day.',
  },
  {
    id: 'kuntaliitto-2017-uso4',
    title: 'USO-verkosto tukee kuntia muutoksen johtamisessa',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/ajankohtaista/2017/uso-verkosto-tukee-kuntia-muutoksen-johtamisessa',
    note: 'USO4, the fourth two-year period (2017–2018): 28 municipalities; what it works on (the future municipality, change leadership, group and network leadership, strategy work).',
  },
  {
    id: 'kommunforbundet-uso',
    title: 'USO – Nya generationens organisationer',
    publisher: 'Kommunförbundet (Suomen Kuntaliitto ry)',
    url: 'https://www.kommunforbundet.fi/ledarskap-och-utveckling/uso-nya-generationens-organisationer',
    note: 'The Swedish name and description of the network; USO4 (2017–2018) in Swedish; lists 29 USO4 municipalities by their Swedish names (the 2017 news item says 28).',
  },
  {
    id: 'kuntaliitto-2021-uso6',
    title: 'USO-verkostoon pääsee vielä mukaan',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/ajankohtaista/2021/uso-verkostoon-paasee-viela-mukaan',
    note: 'USO6 (2021–2022), the sixth time the network runs, "teemanaan kestävä kuntajohtaminen"; activities. No member list.',
  },
  {
    id: 'kuntaliitto-uso-page-2021',
    title: 'Uuden sukupolven organisaatiot (Verkostoprojektin kausi 2021-2022)',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/laki/kunnan-toimielimet-ja-johtaminen/kunnan-johtaminen/uuden-sukupolven-organisaatiot',
    note: 'The network’s page as it read for 2021–2022 (the same address now shows 2023–2024): the themes "kestävä kuntajohtaminen", "strateginen johtaminen", "toimiva kaksoisjohtaminen" and the lead theme (kärkiteema) "kestävä kuntajohtaminen"; activities.',
  },
  {
    id: 'kuntaliitto-uso-page',
    title: 'Uuden sukupolven organisaatiot (Verkostoprojektin kausi 2023-2024)',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/laki/kunnan-toimielimet-ja-johtaminen/kunnan-johtaminen/uuden-sukupolven-organisaatiot',
    note: 'The 2023–2024 period: the lead theme (kärkiteema) "uudistuvien kuntien johtaminen" and exactly three themes; activities. No member list.',
  },
  {
    id: 'kuntaliitto-2022-uso7',
    title: 'USO-verkoston 7. kausi käynnistyy',
    publisher: 'Suomen Kuntaliitto ry',
    url: 'https://www.kuntaliitto.fi/ajankohtaista/2022/uso-verkoston-7-kausi-kaynnistyy',
    note: 'Names the seventh period ("USO-verkoston 7. kausi", "USO 7 -verkostokausi") for 2023–2024, "uudistuvien kuntien johtamisen teemalla".',
  },
] as const satisfies readonly Source[];

export type UsoSourceId = (typeof USO_SOURCES)[number]['id'];
