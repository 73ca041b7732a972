import { describe, expect, it } from 'vitest';
import { changedFields } from './AuditLog.tsx';

describe('changedFields', () => {
  it('lists the fields that differ, added and removed ones included', () => {
    expect(
      changedFields(
        { id: 'uso-8', label: 'USO 8', keywords: ['a'], reportedMemberCount: 20 },
        { id: 'uso-8', label: 'USO 8', keywords: ['a', 'b'], description: { fi: 'Uusi' } },
      ),
    ).toEqual([
      { key: 'description', before: undefined, after: { fi: 'Uusi' } },
      { key: 'keywords', before: ['a'], after: ['a', 'b'] },
      { key: 'reportedMemberCount', before: 20, after: undefined },
    ]);
    expect(changedFields(undefined, { id: 'x' })).toEqual([
      { key: 'id', before: undefined, after: 'x' },
    ]);
  });
});
