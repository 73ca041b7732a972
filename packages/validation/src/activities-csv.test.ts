import { municipalityRegistry as registry } from '@verkosto/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDataset } from '../test/arbitraries.ts';
import {
  activitiesToCsv,
  activityIdOf,
  detectCsvForm,
  parseActivitiesCsv,
} from './activities-csv.ts';

describe('activities CSV', () => {
  it('is told from its header, apart from members and themes', () => {
    expect(detectCsvForm(['period_id', 'kind', 'title_fi', 'start'])).toBe('activities');
    expect(detectCsvForm(['period_id', 'municipality_code'])).toBe('members');
    expect(detectCsvForm(['period_id', 'slug', 'name_fi'])).toBe('themes');
    expect(detectCsvForm(['kind', 'title_fi'])).toBeUndefined();
  });

  it('reads rows with defaults: end from start, status planned, id from period, day and title', () => {
    const text = [
      'period_id,kind,title_fi,title_en,start,end,themes,municipality_code,participants,sources',
      'uso-5,national-seminar,"Kevätseminaari, Helsinki",Spring seminar,2019-03-05T10:00,2019-03-05T16:00,uso-5-resurssialykkyys;uso-5-kukoistava-kunta,,84,fcg-uso-en',
      'uso-5,municipal-workshop,Kuntatyöpaja,,2019-09-10,,,609,,',
    ].join('\r\n');
    const { activities, lines, issues } = parseActivitiesCsv(text);
    expect(issues).toEqual([]);
    expect(lines).toEqual([2, 3]);
    expect(activities).toEqual([
      {
        id: 'uso-5-2019-03-05-kevatseminaari-helsinki',
        periodId: 'uso-5',
        kind: 'national-seminar',
        status: 'planned',
        title: { fi: 'Kevätseminaari, Helsinki', en: 'Spring seminar' },
        start: '2019-03-05T10:00',
        end: '2019-03-05T16:00',
        themeIds: ['uso-5-resurssialykkyys', 'uso-5-kukoistava-kunta'],
        participantCount: 84,
        sources: ['fcg-uso-en'],
      },
      {
        id: 'uso-5-2019-09-10-kuntatyopaja-609',
        periodId: 'uso-5',
        kind: 'municipal-workshop',
        status: 'planned',
        title: { fi: 'Kuntatyöpaja' },
        start: '2019-09-10',
        end: '2019-09-10',
        themeIds: [],
        municipalityCode: '609',
        sources: [],
      },
    ]);
    expect(activityIdOf('uso-5', '2019-09-10T10:00', 'Työpaja')).toBe('uso-5-2019-09-10-tyopaja');
  });

  it('reports each bad cell with its line and path', () => {
    const text = [
      'period_id,kind,status,title_fi,start,participants',
      'uso-5,national-seminar,pidetty,Seminaari,2019-03-05,',
      'uso-5,national-seminar,held,Seminaari,5.3.2019,noin 80',
    ].join('\n');
    const { issues } = parseActivitiesCsv(text);
    expect(issues.map((i) => [i.line, i.code, i.path])).toEqual([
      [2, 'invalid_value', '/activities/0/status'],
      [3, 'invalid_activity_time', '/activities/1/start'],
      [3, 'invalid_activity_time', '/activities/1/end'],
      [3, 'invalid_type', '/activities/1/participantCount'],
    ]);
  });

  it('names missing and unknown columns', () => {
    const { issues } = parseActivitiesCsv('period_id,kind,title_fi,paikka\nuso-5,x,y,z\n');
    expect(issues.map((i) => [i.code, i.params?.column])).toEqual([
      ['csv_unknown_column', 'paikka'],
      ['csv_missing_column', 'start'],
    ]);
  });

  it('reads back exactly what it writes', () => {
    fc.assert(
      fc.property(validDataset(registry), (dataset) => {
        const activities = dataset.activities ?? [];
        const parsed = parseActivitiesCsv(activitiesToCsv(activities));
        expect(parsed.issues).toEqual([]);
        expect(parsed.activities).toEqual(activities);
      }),
      { numRuns: 60 },
    );
  });
});
