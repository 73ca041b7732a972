import { networkInsights, periodsOfNetwork, themeLineage } from '@verkosto/core';
import { describe, expect, it } from 'vitest';
import { USO4_MEMBER_NAMES_SV, usoDataset } from './index.ts';
import { municipalityRegistry as registry } from './registry.ts';

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

  it('has the six USO 5 themes in the article’s Finnish wording', () => {
    const names = usoDataset.themes.filter((t) => t.periodId === 'uso-5').map((t) => t.name.fi);
    expect(names).toEqual([
      'Strateginen johtaminen',
      'Ennakoiva johtaminen',
      'Tiedolla johtaminen ja vaikuttava tieto',
      'Resurssiälykkyys',
      'Vuoropuhelu kuntayhteisössä ja asiakaslähtöinen toimintakulttuuri',
      'Kukoistava kunta',
    ]);
  });

  it('traces strategic leadership from USO 2 to USO 7', () => {
    const lineage = themeLineage(usoDataset.themes, 'uso-5-strateginen-johtaminen');
    expect(lineage.ancestors.map((t) => t.periodId)).toEqual(['uso-4', 'uso-2']);
    expect(lineage.descendants.map((t) => t.periodId)).toEqual(['uso-6', 'uso-7']);
  });

  it('cites a known source for every fact', () => {
    const ids = new Set(usoDataset.sources.map((s) => s.id));
    const cited = [
      ...usoDataset.networks,
      ...usoDataset.periods,
      ...usoDataset.themes,
      ...usoDataset.participations,
    ].flatMap((x) => x.sources);
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(ids.has(id), id).toBe(true);
    for (const p of usoDataset.periods) expect(p.sources.length, p.id).toBeGreaterThan(0);
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
