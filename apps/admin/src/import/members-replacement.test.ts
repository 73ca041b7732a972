import { describe, expect, it } from 'vitest';
import { readMemberRows, replacementOf } from './members-replacement.ts';

const current = [
  { municipalityCode: '609', names: { fi: 'Pori', sv: 'Björneborg' } },
  { municipalityCode: '091', names: { fi: 'Helsinki', sv: 'Helsingfors' } },
  { municipalityCode: '564', names: { fi: 'Oulu', sv: 'Uleåborg' } },
];

describe('a members CSV replacing a period’s members', () => {
  it('lists whom it removes and adds, matching by code or by either name', () => {
    const rows = readMemberRows(
      '\uFEFFperiod_id,municipality_code,municipality_name\r\nuso-4,609,\r\nuso-4,,uleaborg\r\nuso-4,507,Mäntyharju\r\nuso-5,091,\r\n',
    );
    expect([...rows.keys()]).toEqual(['uso-4', 'uso-5']);
    const replacement = replacementOf('uso-4', rows.get('uso-4')!, current);
    expect(replacement.removed.map((m) => m.names.fi)).toEqual(['Helsinki']);
    expect(replacement.added).toEqual([{ periodId: 'uso-4', code: '507', name: 'Mäntyharju' }]);
    expect(replacement.kept).toBe(2);
  });

  it('leaves a file it cannot read to the dry run', () => {
    expect(readMemberRows('period_id,municipality_code\n"uso-4,609\n').size).toBe(0);
  });
});
