import { readFileSync } from 'node:fs';
import { networkInsights, periodsOfNetwork, themeLineage } from '@verkosto/core';
import { describe, expect, it } from 'vitest';
import { USO_SOURCES, USO4_MEMBER_NAMES_SV, usoDataset } from './index.ts';
import { municipalityRegistry as registry } from './registry.ts';
import { USO_QUOTES } from './seed/uso.ts';

const reference = (file: string) =>
  readFileSync(new URL(`../reference/uso/${file}`, import.meta.url), 'utf8');
/** Blockquote marks and line breaks gone, runs of white space one space: words as published. */
const plain = (text: string) => text.replace(/^> ?/gm, '').replace(/\s+/g, ' ').trim();

/** The stored copy of a source: its section of FACTS.md, or the article's full text. */
function storedCopy(sourceId: string): string {
  if (sourceId === 'kuntaliitto-blog-2019-02-22')
    return plain(reference('source-article-2019-02-22.txt'));
  const facts = reference('FACTS.md');
  const start = facts.indexOf(`### ${sourceId}\n`);
  if (start < 0) return '';
  const end = facts.indexOf('\n### ', start + 1);
  return plain(facts.slice(start, end < 0 ? undefined : end));
}

describe('USO seed dataset', () => {
  it('has the network and its seven periods 2011–2024', () => {
    expect(usoDataset.networks.map((n) => n.id)).toEqual(['uso']);
    const periods = periodsOfNetwork(usoDataset.periods, 'uso');
    expect(periods.map((p) => p.id)).toEqual([
      'uso-1',
      'uso-2',
      'uso-3',
      'uso-4',
      'uso-5',
      'uso-6',
      'uso-7',
    ]);
    expect(periods[0]!.startDate).toBe('2011-01-01');
    expect(periods.at(-1)!.endDate).toBe('2024-12-31');
  });

  it('resolves the 29 USO 4 members from their Swedish names', () => {
    const members = usoDataset.participations.filter((p) => p.periodId === 'uso-4');
    expect(members).toHaveLength(29);
    expect(USO4_MEMBER_NAMES_SV).toHaveLength(29);
    const byName = (sv: string) =>
      registry.get(
        members.find((m) => registry.get(m.municipalityCode)!.name.sv === sv)!.municipalityCode,
      )!;
    expect(byName('Björneborg').name.fi).toBe('Pori');
    expect(byName('Karleby').name.fi).toBe('Kokkola');
    expect(byName('Uleåborg').name.fi).toBe('Oulu');
    expect(byName('S:t Michel').name.fi).toBe('Mikkeli');
    for (const m of members) expect(registry.existsOn(m.municipalityCode, '2017-01-01')).toBe(true);
  });

  it('has no members where no source lists them', () => {
    const periodsWithMembers = new Set(usoDataset.participations.map((p) => p.periodId));
    expect([...periodsWithMembers]).toEqual(['uso-4']);
  });

  it('has the USO 5 themes in the article’s Finnish wording, and FCG’s three key themes', () => {
    const names = usoDataset.themes.filter((t) => t.periodId === 'uso-5').map((t) => t.name.fi);
    expect(names).toEqual([
      'Strateginen johtaminen',
      'Ennakoiva johtaminen',
      'Tiedolla johtaminen ja vaikuttava tieto',
      'Resurssiälykkyys',
      'Vuoropuhelu kuntayhteisössä ja asiakaslähtöinen toimintakulttuuri',
      'Kukoistava kunta',
      'Ennakoiva ja tiedolla johdettu kunta',
      'Resurssiälykäs kunta',
    ]);
    const uso5 = usoDataset.themes.filter((t) => t.periodId === 'uso-5');
    expect(uso5.filter((t) => t.sources.includes('fcg-uso-en')).map((t) => t.name.en)).toEqual([
      'Flourishing municipalities',
      'Municipalities led by forecasting and knowledge',
      'Resource-smart municipalities',
    ]);
    // No source says which of the article's themes belong to which key theme.
    expect(uso5.filter((t) => t.parentId)).toEqual([]);
  });

  it('names no lead theme for USO 5, where no source names one', () => {
    const lead = Object.fromEntries(usoDataset.periods.map((p) => [p.id, p.leadThemeId]));
    expect(lead).toEqual({
      'uso-1': undefined,
      'uso-2': undefined,
      'uso-3': undefined,
      'uso-4': undefined,
      'uso-5': undefined,
      'uso-6': 'uso-6-kestava-kuntajohtaminen',
      'uso-7': 'uso-7-uudistuvien-kuntien-johtaminen',
    });
  });

  it('gives USO 7 exactly the three themes and the lead theme of Kuntaliitto’s page', () => {
    const uso7 = usoDataset.themes.filter((t) => t.periodId === 'uso-7');
    expect(uso7.map((t) => t.name.fi)).toEqual([
      'Uudistuvien kuntien johtaminen',
      'Strateginen ja kestävä johtaminen',
      'Uudistuvat kuntaorganisaatiot ja poikkihallinnollinen johtaminen',
      'Yhdyspinnoilla johtaminen ja yhteistyö hyvinvointialueiden kanssa',
    ]);
    expect(uso7.filter((t) => t.parentId)).toEqual([]);
  });

  it('cites the 2015–2016 project for USO 3 and the 2022 news item for USO 7', () => {
    const sources = Object.fromEntries(usoDataset.periods.map((p) => [p.id, p.sources]));
    expect(sources['uso-3']).toContain('kuntaliitto-2016-uso3');
    expect(sources['uso-7']).toContain('kuntaliitto-2022-uso7');
    expect(storedCopy('kuntaliitto-2016-uso3')).toContain(
      'pienten, keskisuurten ja suurten kuntien vertaisryhmissä',
    );
    expect(storedCopy('kuntaliitto-2022-uso7')).toContain('USO-verkoston 7. kausi');
  });

  it('reports USO 5’s "yli 20 kehittäjäkuntaa" as a lower bound', () => {
    const uso5 = usoDataset.periods.find((p) => p.id === 'uso-5')!;
    expect(uso5).toMatchObject({ reportedMemberCount: 20, reportedMemberCountBound: 'atLeast' });
    expect(storedCopy('kuntaliitto-blog-2019-02-22')).toContain('yli 20 kehittäjäkunnan verkoston');
    const others = usoDataset.periods.filter((p) => p.id !== 'uso-5');
    for (const p of others) expect(p.reportedMemberCountBound, p.id).toBeUndefined();
  });

  it('traces strategic leadership from USO 2 to USO 7, with the guessed links marked inferred', () => {
    const lineage = themeLineage(usoDataset.themes, 'uso-5-strateginen-johtaminen');
    expect(lineage.ancestors.map((t) => t.periodId)).toEqual(['uso-4', 'uso-2']);
    expect(lineage.descendants.map((t) => t.periodId)).toEqual(['uso-6', 'uso-7']);
    const continued = usoDataset.themes
      .filter((t) => t.continuesThemeId)
      .map((t) => [t.id, t.continuesInferred === true]);
    expect(continued).toEqual([
      ['uso-4-strateginen-johtaminen', true],
      ['uso-5-strateginen-johtaminen', false],
      ['uso-6-strateginen-johtaminen', true],
      ['uso-7-strateginen-ja-kestava-johtaminen', true],
    ]);
    expect(lineage.inferred).toEqual([
      'uso-2-strategisen-johtamisen-kehittaminen',
      'uso-6-strateginen-johtaminen',
      'uso-7-strateginen-ja-kestava-johtaminen',
    ]);
  });

  it('cites a known source for every fact, and every source is cited', () => {
    const ids = new Set(usoDataset.sources.map((s) => s.id));
    const facts = [
      ...usoDataset.networks.map((x) => ['network', x.id, x.sources] as const),
      ...usoDataset.periods.map((x) => ['period', x.id, x.sources] as const),
      ...usoDataset.themes.map((x) => ['theme', x.id, x.sources] as const),
      ...usoDataset.participations.map(
        (x) => ['participation', `${x.periodId}/${x.municipalityCode}`, x.sources] as const,
      ),
    ];
    expect(facts.length).toBeGreaterThan(40);
    for (const [kind, id, sources] of facts) {
      expect(sources.length, `${kind} ${id}`).toBeGreaterThan(0);
      for (const source of sources) expect(ids.has(source), `${kind} ${id}: ${source}`).toBe(true);
    }
    const cited = new Set(facts.flatMap(([, , sources]) => sources));
    expect(USO_SOURCES.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    for (const s of USO_SOURCES) {
      expect(s.url, s.id).toMatch(/^https:\/\//);
      expect(s.note?.length, s.id).toBeGreaterThan(20);
    }
  });

  it('quotes every source verbatim: each quoted text is in the stored copy of its source', () => {
    expect(USO_QUOTES.length).toBeGreaterThan(20);
    for (const { sourceId, text, kind } of USO_QUOTES) {
      const copy = storedCopy(sourceId);
      expect(copy.length, `no stored copy of ${sourceId}`).toBeGreaterThan(0);
      // A name may begin a sentence in the seed that it does not begin in the source.
      const found =
        copy.includes(text) ||
        (kind === 'name' && copy.includes(text[0]!.toLowerCase() + text.slice(1)));
      expect(found, `${sourceId}: "${text}"`).toBe(true);
    }
  });

  it('keeps the source’s spelling in quotes ("ilmastomuutoksen", not "ilmastonmuutoksen")', () => {
    const resource = usoDataset.themes.find((t) => t.id === 'uso-5-resurssialykkyys')!;
    expect(resource.description!.fi).toContain('ilmastomuutoksen vastaisessa kamppailussa');
    expect(resource.description!.fi).not.toContain('ilmastonmuutoksen');
  });

  it('has every quote the seed holds in USO_QUOTES: no quoted description goes unchecked', () => {
    const quoted = new Set(USO_QUOTES.map((q) => q.text));
    const descriptions = usoDataset.themes.flatMap((t) =>
      t.description ? [t.description.fi] : [],
    );
    for (const text of descriptions) expect(quoted.has(text), text).toBe(true);
  });

  it('gives insights per period: USO 4 members by region', () => {
    const insights = networkInsights(usoDataset, registry, 'uso');
    const uso4 = insights.find((i) => i.periodId === 'uso-4')!;
    expect(uso4.memberCount).toBe(29);
    expect(uso4.reportedMemberCount).toBe(28);
    expect(uso4.comparison).toBeNull(); // USO 3 has no member list
    expect(uso4.regions.reduce((sum, r) => sum + r.memberCount, 0)).toBe(29);
    expect(uso4.regions[0]).toEqual({ regionCode: '01', memberCount: 6 });
  });
});
