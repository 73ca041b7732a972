import { describe, expect, it } from 'vitest';
import { parseParticipationKey, participationKey } from './participation.ts';

describe('participationKey', () => {
  it('joins period and municipality with a slash', () => {
    expect(participationKey({ periodId: 'uso-5', municipalityCode: '091' })).toBe('uso-5/091');
  });

  it('splits back at the last slash, so a period id may hold one', () => {
    expect(parseParticipationKey('uso-5/091')).toEqual({
      periodId: 'uso-5',
      municipalityCode: '091',
    });
    expect(parseParticipationKey('a/b/091')).toEqual({ periodId: 'a/b', municipalityCode: '091' });
  });

  it('refuses keys without both parts', () => {
    expect(parseParticipationKey('uso-5')).toBeUndefined();
    expect(parseParticipationKey('/091')).toBeUndefined();
    expect(parseParticipationKey('uso-5/')).toBeUndefined();
  });
});
