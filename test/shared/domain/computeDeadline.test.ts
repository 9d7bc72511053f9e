import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/domain/computeDeadline';

const codes = (result: { warnings: Array<{ code: string }> }) => result.warnings.map((w) => w.code);

describe('computeDeadline – warnings and explanations', () => {
  it('always reminds that the Tribunal must receive the appeal by 5pm (UNCERTAIN r.12(1) wording)', () => {
    const result = computeDeadline({
      decisionDate: '2025-03-10',
      certificateDate: '2025-03-20',
      certificateRequired: true,
    });
    expect(result.receivedBy).toBe('17:00');
    expect(codes(result)).toEqual(['receivedBy5pm']);
    expect(result.explanation.at(-1)).toBe('Your appeal must reach the Tribunal by 5pm on Monday 12 May 2025.');
  });

  it('explains each step in order, naming the dates for humans', () => {
    const result = computeDeadline({ decisionDate: '2025-03-25', certificateRequired: true });
    expect(result.explanation[0]).toContain('Tuesday 25 March 2025');
    expect(result.explanation[0]).toContain('Sunday 25 May 2025');
    expect(result.adjustments).toEqual([
      expect.objectContaining({ rule: 'weekend', from: '2025-05-25', to: '2025-05-26' }),
      expect.objectContaining({ rule: 'bankHoliday', from: '2025-05-26', to: '2025-05-27' }),
    ]);
    expect(result.adjustments[1]?.explanation).toContain('Spring bank holiday');
    expect(result.explanation).toContain(result.adjustments[1]?.explanation);
  });

  it('says when a shorter month cuts the period to its last day (E8)', () => {
    const result = computeDeadline({ decisionDate: '2025-12-31', certificateRequired: false });
    expect(result.explanation.join(' ')).toContain('last day');
  });

  it('warns when a certificate is required but not yet held', () => {
    const result = computeDeadline({ decisionDate: '2025-03-10', certificateRequired: true });
    const warning = result.warnings.find((w) => w.code === 'noCertificateYet');
    expect(warning?.message).toContain('exceptional');
  });

  it('does not ask for a certificate when none is required (Section I only)', () => {
    const result = computeDeadline({ decisionDate: '2025-03-10', certificateRequired: false });
    expect(codes(result)).not.toContain('noCertificateYet');
  });

  it('uses the safer decision date when an unneeded certificate would give a later date', () => {
    const result = computeDeadline({
      decisionDate: '2025-03-10',
      certificateDate: '2025-05-13',
      certificateRequired: false,
    });
    expect(result.candidates.certificatePlusOneMonth).toBe('2025-06-13');
    expect(result.governedBy).toBe('decision');
    expect(result.deadline).toBe('2025-05-12');
    expect(codes(result)).toContain('certificateNotNeededForThisAppeal');
  });

  it('flags a roll-forward into August as uncertain and keeps the earlier date', () => {
    // Sat 31 Jul 2027 → Mon 2 Aug 2027 by the weekend rule; the August rule was not triggered.
    const result = computeDeadline({ decisionDate: '2027-05-31', certificateRequired: false });
    expect(result.baseDate).toBe('2027-07-31');
    expect(result.deadline).toBe('2027-08-02');
    expect(codes(result)).toContain('augustRollForwardUncertain');
  });

  it('does not flag the plain Christmas rule as uncertain (E2)', () => {
    const result = computeDeadline({
      decisionDate: '2025-10-01',
      certificateDate: '2025-11-28',
      certificateRequired: true,
    });
    expect(codes(result)).not.toContain('christmasRollForwardUncertain');
    expect(result.adjustments[0]?.explanation).toContain('first working day after 1 January');
  });

  it('notes skipped days inside the August rule (E6: 1 Sep 2024 is a Sunday)', () => {
    const result = computeDeadline({ decisionDate: '2024-06-28', certificateRequired: false });
    expect(result.adjustments).toHaveLength(1);
    expect(result.adjustments[0]).toMatchObject({ rule: 'august', from: '2024-08-28', to: '2024-09-02' });
    expect(result.adjustments[0]?.explanation).toContain('Sunday 1 September 2024');
  });

  it('warns that bank holidays are unknown past the data, and still skips weekends, Christmas Day and Good Friday', () => {
    // 2 Feb 2029 + 2 months = Mon 2 Apr 2029 (Easter Monday in reality, unknown to the data).
    const easter = computeDeadline({ decisionDate: '2029-02-02', certificateRequired: false });
    expect(easter.deadline).toBe('2029-04-02');
    expect(codes(easter)).toContain('bankHolidaysUnknown');
    // 30 Jan 2029 + 2 months = Fri 30 Mar 2029, Good Friday: still skipped.
    const goodFriday = computeDeadline({ decisionDate: '2029-01-30', certificateRequired: false });
    expect(goodFriday.deadline).toBe('2029-04-02');
    expect(goodFriday.adjustments[0]).toMatchObject({ rule: 'bankHoliday', from: '2029-03-30' });
  });

  it('does not warn about missing bank holiday data for dates it covers', () => {
    const result = computeDeadline({ decisionDate: '2028-10-20', certificateRequired: false });
    expect(result.deadline).toBe('2028-12-20');
    expect(codes(result)).not.toContain('bankHolidaysUnknown');
  });

  describe('relative to today', () => {
    const input = { decisionDate: '2025-03-10', certificateRequired: false } as const; // deadline Mon 12 May 2025

    it('late: explains the Tribunal can still accept it, never blocks', () => {
      const result = computeDeadline({ ...input, today: '2025-06-01' });
      expect(result.daysRemaining).toBe(-20);
      expect(result.deadline).toBe('2025-05-12');
      const warning = result.warnings.find((w) => w.code === 'deadlinePassed');
      expect(warning?.message).toContain('You can still send your appeal');
      expect(warning?.message).toContain('fair and just');
    });

    it('on the day itself', () => {
      const result = computeDeadline({ ...input, today: '2025-05-12' });
      expect(result.daysRemaining).toBe(0);
      expect(codes(result)).toContain('deadlineToday');
    });

    it('close to the deadline', () => {
      const result = computeDeadline({ ...input, today: '2025-05-02' });
      expect(result.daysRemaining).toBe(10);
      expect(result.warnings.find((w) => w.code === 'deadlineSoon')?.message).toContain('10 days');
    });

    it('plenty of time: no lateness warnings', () => {
      const result = computeDeadline({ ...input, today: '2025-03-11' });
      expect(codes(result)).toEqual(['receivedBy5pm']);
    });
  });

  it('rejects an impossible date rather than guessing', () => {
    expect(() => computeDeadline({ decisionDate: '2025-02-30', certificateRequired: true })).toThrow(RangeError);
  });
});
