import { describe, expect, it } from 'vitest';
import {
  describeNonWorkingDay,
  findWorkingDayOnOrAfter,
  findWorkingDayOnOrBefore,
  isWorkingDay,
} from '../../../shared/domain/workingDays';

describe('working days (§6.1(6))', () => {
  it('excludes weekends, bank holidays, Christmas Day and Good Friday', () => {
    expect(isWorkingDay('2025-05-12')).toBe(true);
    expect(describeNonWorkingDay('2025-05-10')).toEqual({ date: '2025-05-10', kind: 'weekend', name: 'Saturday' });
    expect(describeNonWorkingDay('2025-05-26')).toMatchObject({ kind: 'bankHoliday', name: 'Spring bank holiday' });
    expect(describeNonWorkingDay('2030-12-25')).toMatchObject({ kind: 'bankHoliday', name: 'Christmas Day' });
    expect(describeNonWorkingDay('2030-04-19')).toMatchObject({ kind: 'bankHoliday', name: 'Good Friday' });
    // 24 December and 2 January are ordinary working days unless the data says otherwise.
    expect(isWorkingDay('2025-12-24')).toBe(true);
    expect(isWorkingDay('2026-01-02')).toBe(true);
  });

  it('finds the next working day and lists what it skipped', () => {
    const search = findWorkingDayOnOrAfter('2026-04-03');
    expect(search.date).toBe('2026-04-07');
    expect(search.skipped.map((d) => d.name)).toEqual(['Good Friday', 'Saturday', 'Sunday', 'Easter Monday']);
    expect(search.checkedBeyondKnownData).toBe(false);
  });

  it('reports when it had to look past the bank holiday data', () => {
    expect(findWorkingDayOnOrAfter('2029-01-01').checkedBeyondKnownData).toBe(true);
    expect(findWorkingDayOnOrAfter('2028-12-29').checkedBeyondKnownData).toBe(false);
  });

  it('finds the previous working day', () => {
    expect(findWorkingDayOnOrBefore('2025-05-11').date).toBe('2025-05-09');
    expect(findWorkingDayOnOrBefore('2025-12-26').date).toBe('2025-12-24');
  });
});
