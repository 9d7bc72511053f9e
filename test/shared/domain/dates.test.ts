import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  formatDateForHumans,
  isIsoDate,
  isWeekend,
  makeIsoDate,
  parseIsoDate,
} from '../../../shared/domain/dates';

describe('IsoDate helpers', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-5-1')).toBe(false);
    expect(isIsoDate('2025-05-01T10:00')).toBe(false);
    expect(isIsoDate('+002025-05-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError);
  });

  it('adds months with the corresponding-date rule (§6.1(2))', () => {
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-10-01', 2)).toBe('2025-12-01');
    expect(addMonths('2025-11-29', 1)).toBe('2025-12-29');
  });

  it('adds years and days', () => {
    expect(addYears('2008-02-29', 17)).toBe('2025-02-28');
    expect(addYears('2008-02-29', 16)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('compares and counts days', () => {
    expect(compareIsoDates('2025-01-01', '2025-01-02')).toBeLessThan(0);
    expect(compareIsoDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(daysBetween('2025-05-01', '2025-05-12')).toBe(11);
    expect(daysBetween('2025-05-12', '2025-05-01')).toBe(-11);
  });

  it('knows weekdays and weekends', () => {
    expect(dayOfWeek('2025-05-12')).toBe(1);
    expect(isWeekend('2025-05-10')).toBe(true);
    expect(isWeekend('2025-05-11')).toBe(true);
    expect(isWeekend('2025-05-12')).toBe(false);
  });

  it('formats dates for people', () => {
    expect(formatDateForHumans('2025-05-12')).toBe('Monday 12 May 2025');
    expect(formatDateForHumans('2028-02-29')).toBe('Tuesday 29 February 2028');
  });

  it('builds dates from numbers and refuses impossible ones', () => {
    expect(makeIsoDate(2026, 1, 2)).toBe('2026-01-02');
    expect(() => makeIsoDate(2025, 2, 29)).toThrow();
  });
});
