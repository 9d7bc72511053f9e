import { describe, expect, it } from 'vitest';
import { bankHolidaysEnglandAndWales, loadBankHolidayCalendar } from '../../../shared/domain/bankHolidays';
import { computeGoodFriday } from '../../../shared/domain/computeGoodFriday';
import { dayOfWeek } from '../../../shared/domain/dates';

// send-appeals.md §6.3, transcribed independently of the JSON file.
const SECTION_6_3 = [
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-05-06',
  '2024-05-27',
  '2024-08-26',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
  '2028-01-03',
  '2028-04-14',
  '2028-04-17',
  '2028-05-01',
  '2028-05-29',
  '2028-08-28',
  '2028-12-25',
  '2028-12-26',
];

describe('bank holiday data (§6.3)', () => {
  it('matches §6.3 exactly for 2024–2028', () => {
    expect([...bankHolidaysEnglandAndWales.byDate.keys()]).toEqual(SECTION_6_3);
    expect(bankHolidaysEnglandAndWales.knownUntil).toBe('2028-12-31');
  });

  it('every listed holiday falls on a weekday (substitute days are used for weekend holidays)', () => {
    for (const date of SECTION_6_3) expect(dayOfWeek(date), date).toBeLessThanOrEqual(5);
  });

  it('names substitute days and Good Friday', () => {
    expect(bankHolidaysEnglandAndWales.byDate.get('2028-01-03')).toBe("New Year's Day (substitute day)");
    expect(bankHolidaysEnglandAndWales.byDate.get('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(bankHolidaysEnglandAndWales.byDate.get('2026-04-03')).toBe('Good Friday');
  });

  it('its Good Fridays agree with the Easter calculation used beyond the data', () => {
    const goodFridays = [...bankHolidaysEnglandAndWales.byDate]
      .filter(([, name]) => name === 'Good Friday')
      .map(([date]) => date);
    expect(goodFridays).toEqual([2024, 2025, 2026, 2027, 2028].map(computeGoodFriday));
  });

  it('rejects a badly edited file', () => {
    expect(() =>
      loadBankHolidayCalendar({ source: 'x', knownUntil: '2028-12-31', dates: [{ date: '2028-02-30', name: 'X' }] }),
    ).toThrow();
    expect(() => loadBankHolidayCalendar({ source: 'x', dates: [{ date: '2028-01-03', name: 'X' }] })).toThrow();
    expect(() => loadBankHolidayCalendar({ source: 'x', knownUntil: '2028-12-31', dates: [] })).toThrow();
  });
});

describe('computeGoodFriday', () => {
  it.each([
    [2019, '2019-04-19'],
    [2024, '2024-03-29'],
    [2029, '2029-03-30'],
    [2030, '2030-04-19'],
    [2038, '2038-04-23'],
  ])('%i → %s', (year, expected) => {
    expect(computeGoodFriday(year)).toBe(expected);
  });
});
