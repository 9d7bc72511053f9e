import { describe, expect, it } from 'vitest';
import { validateCaseDates } from '../../../shared/domain/validateCaseDates';

const today = '2025-06-01';
const summary = (issues: ReturnType<typeof validateCaseDates>) =>
  issues.map((i) => `${i.field}:${i.code}:${i.severity}`);

describe('validateCaseDates', () => {
  it('accepts sensible dates', () => {
    expect(
      validateCaseDates({
        decisionDate: '2025-05-01',
        certificateDate: '2025-05-20',
        dateOfBirth: '2012-04-04',
        today,
      }),
    ).toEqual([]);
    expect(validateCaseDates({ today })).toEqual([]);
  });

  it('rejects dates that do not exist', () => {
    const issues = validateCaseDates({ decisionDate: '2025-02-30', dateOfBirth: '12/04/2012', today });
    expect(summary(issues)).toEqual(['decisionDate:invalidDate:error', 'dateOfBirth:invalidDate:error']);
    expect(issues[0]?.message).toBe(
      'The date on the decision letter is not a real date. Please check the day, month and year.',
    );
  });

  it('rejects dates in the future', () => {
    const issues = validateCaseDates({ decisionDate: '2025-06-02', certificateDate: '2025-07-01', today });
    expect(summary(issues)).toEqual(['decisionDate:dateInFuture:error', 'certificateDate:dateInFuture:error']);
    expect(issues[0]?.message).toContain('Monday 2 June 2025');
  });

  it('warns (does not block) when the certificate is dated before the decision', () => {
    const issues = validateCaseDates({ decisionDate: '2025-05-01', certificateDate: '2025-04-30', today });
    expect(summary(issues)).toEqual(['certificateDate:certificateBeforeDecision:warning']);
    expect(issues[0]?.message).toContain('does not give you extra time');
  });

  it('warns (never blocks) when the decision is more than a year old, and explains a late appeal is possible', () => {
    expect(validateCaseDates({ decisionDate: '2024-06-01', today })).toEqual([]);
    const issues = validateCaseDates({ decisionDate: '2024-05-31', today });
    expect(summary(issues)).toEqual(['decisionDate:decisionOverAYearOld:warning']);
    expect(issues[0]?.message).toContain('You can still ask the Tribunal to accept a late appeal');
  });

  it('flags a date of birth that makes the young person 25 or over', () => {
    expect(validateCaseDates({ dateOfBirth: '2000-06-02', today })).toEqual([]);
    const issues = validateCaseDates({ dateOfBirth: '2000-06-01', today });
    expect(summary(issues)).toEqual(['dateOfBirth:over25:error']);
    expect(issues[0]?.message).toContain('under 25');
  });

  it('flags a decision dated before the child was born', () => {
    expect(summary(validateCaseDates({ decisionDate: '2010-01-01', dateOfBirth: '2012-01-01', today }))).toContain(
      'decisionDate:decisionBeforeBirth:error',
    );
  });

  it('refuses an invalid "today" because every other check depends on it', () => {
    expect(() => validateCaseDates({ today: '2025-13-01' })).toThrow(RangeError);
  });
});
