import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankHolidaysEnglandAndWales } from '../../../shared/domain/bankHolidays';
import { computeDeadline } from '../../../shared/domain/computeDeadline';
import { addDays, compareIsoDates, dayOfMonth, dayOfWeek, isAfter, monthOf } from '../../../shared/domain/dates';
import { isWorkingDay } from '../../../shared/domain/workingDays';

// Decision dates from 2015 to the end of 2034, so some deadlines fall past the bank-holiday data.
const decisionDate = fc.integer({ min: 0, max: 365 * 20 }).map((offset) => addDays('2015-01-01', offset));
const certificateOffset = fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined });

const inChristmasWindow = (d: string) =>
  (monthOf(d) === 12 && dayOfMonth(d) >= 25) || (monthOf(d) === 1 && dayOfMonth(d) === 1);

describe('computeDeadline – properties', () => {
  it('is never earlier than either candidate date and always a working day', () => {
    fc.assert(
      fc.property(decisionDate, certificateOffset, (decision, offset) => {
        const certificateDate = offset === undefined ? undefined : addDays(decision, offset);
        const result = computeDeadline({ decisionDate: decision, certificateDate, certificateRequired: true });
        expect(compareIsoDates(result.deadline, result.candidates.decisionPlusTwoMonths)).toBeGreaterThanOrEqual(0);
        if (result.candidates.certificatePlusOneMonth !== null) {
          expect(compareIsoDates(result.deadline, result.candidates.certificatePlusOneMonth)).toBeGreaterThanOrEqual(0);
        }
        expect(isWorkingDay(result.deadline)).toBe(true);
        expect(dayOfWeek(result.deadline)).toBeLessThanOrEqual(5);
        expect(bankHolidaysEnglandAndWales.byDate.has(result.deadline)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lands in August or 25 Dec–1 Jan, except the uncertain roll-forward edge case (E22), which is always flagged', () => {
    fc.assert(
      fc.property(decisionDate, certificateOffset, (decision, offset) => {
        const certificateDate = offset === undefined ? undefined : addDays(decision, offset);
        const result = computeDeadline({ decisionDate: decision, certificateDate, certificateRequired: true });
        const codes = result.warnings.map((w) => w.code);
        // The Christmas/August rule itself always takes the deadline out of those periods.
        if (inChristmasWindow(result.baseDate) || monthOf(result.baseDate) === 8) {
          expect(inChristmasWindow(result.deadline)).toBe(false);
          expect(monthOf(result.deadline)).not.toBe(8);
        }
        if (inChristmasWindow(result.deadline)) expect(codes).toContain('christmasRollForwardUncertain');
        if (monthOf(result.deadline) === 8) expect(codes).toContain('augustRollForwardUncertain');
      }),
      { numRuns: 2000 },
    );
  });

  it('a certificate dated on or before the decision never changes the deadline', () => {
    fc.assert(
      fc.property(decisionDate, fc.integer({ min: 0, max: 400 }), (decision, daysBefore) => {
        const without = computeDeadline({ decisionDate: decision, certificateRequired: true });
        const withCertificate = computeDeadline({
          decisionDate: decision,
          certificateDate: addDays(decision, -daysBefore),
          certificateRequired: true,
        });
        expect(withCertificate.deadline).toBe(without.deadline);
        expect(withCertificate.governedBy).toBe('decision');
      }),
      { numRuns: 1000 },
    );
  });

  it('warns whenever any date it relied on is after the bank-holiday data ends', () => {
    fc.assert(
      fc.property(decisionDate, (decision) => {
        const result = computeDeadline({ decisionDate: decision, certificateRequired: false });
        const warned = result.warnings.some((w) => w.code === 'bankHolidaysUnknown');
        if (isAfter(result.deadline, bankHolidaysEnglandAndWales.knownUntil)) expect(warned).toBe(true);
        if (!isAfter(result.deadline, bankHolidaysEnglandAndWales.knownUntil)) expect(warned).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
