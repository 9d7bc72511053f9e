import { describe, expect, it } from 'vitest';
import { computeMediationContactDate } from '../../../shared/domain/computeMediationContactDate';

describe('computeMediationContactDate – §6.5', () => {
  it('is decision + 2 months with no roll-forward, even onto a weekend', () => {
    const result = computeMediationContactDate('2025-03-10');
    expect(result.contactBy).toBe('2025-05-10'); // a Saturday: not moved to Monday
    expect(result.callBy).toBe('2025-05-02'); // Sat 3 May → back to Fri 2 May
    expect(result.warnings.map((w) => w.code)).toEqual(['mediationContactNoExtraTime']);
    expect(result.explanation.join(' ')).toContain('Saturday 10 May 2025');
  });

  it('uses the corresponding-date rule and no Christmas/August extension', () => {
    expect(computeMediationContactDate('2025-10-27').contactBy).toBe('2025-12-27');
    expect(computeMediationContactDate('2025-06-30').contactBy).toBe('2025-08-30');
    expect(computeMediationContactDate('2025-12-31').contactBy).toBe('2026-02-28');
  });

  it('suggests calling a week earlier, on a working day', () => {
    expect(computeMediationContactDate('2025-04-15').callBy).toBe('2025-06-06'); // 15 Jun 2025 − 7 = Sun 8 Jun → Fri 6 Jun
    expect(computeMediationContactDate('2025-03-19').callBy).toBe('2025-05-12'); // 19 May − 7 = Mon 12 May
  });
});
