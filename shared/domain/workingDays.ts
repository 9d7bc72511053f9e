import { bankHolidaysEnglandAndWales } from './bankHolidays';
import { computeGoodFriday } from './computeGoodFriday';
import { addDays, dayOfMonth, dayOfWeek, isAfter, isWeekend, monthOf, yearOf, type IsoDate } from './dates';

/** Why a day is not a working day (§6.1(6) HESC r.1(3)). */
export interface NonWorkingDay {
  date: IsoDate;
  kind: 'weekend' | 'bankHoliday';
  /** "Saturday", "Good Friday", "Boxing Day (substitute day)"… */
  name: string;
}

export interface WorkingDaySearch {
  date: IsoDate;
  /** Non-working days passed over, in the order they were checked. */
  skipped: NonWorkingDay[];
  /** True if any day checked lies after the bank-holiday data, so unknown holidays may be missed. */
  checkedBeyondKnownData: boolean;
}

const calendar = bankHolidaysEnglandAndWales;

/**
 * §6.1(6): a working day is Mon–Fri and not Christmas Day, Good Friday or a bank holiday.
 * Christmas Day and Good Friday are worked out directly so they are known even past the data.
 */
export function describeNonWorkingDay(date: IsoDate): NonWorkingDay | null {
  const bankHoliday = calendar.byDate.get(date);
  if (bankHoliday !== undefined) return { date, kind: 'bankHoliday', name: bankHoliday };
  if (monthOf(date) === 12 && dayOfMonth(date) === 25) {
    return { date, kind: 'bankHoliday', name: 'Christmas Day' };
  }
  if (computeGoodFriday(yearOf(date)) === date) {
    return { date, kind: 'bankHoliday', name: 'Good Friday' };
  }
  if (isWeekend(date)) return { date, kind: 'weekend', name: dayOfWeek(date) === 6 ? 'Saturday' : 'Sunday' };
  return null;
}

export function isWorkingDay(date: IsoDate): boolean {
  return describeNonWorkingDay(date) === null;
}

function searchWorkingDay(start: IsoDate, step: 1 | -1): WorkingDaySearch {
  const skipped: NonWorkingDay[] = [];
  let checkedBeyondKnownData = false;
  let date = start;
  for (;;) {
    if (isAfter(date, calendar.knownUntil)) checkedBeyondKnownData = true;
    const nonWorking = describeNonWorkingDay(date);
    if (nonWorking === null) return { date, skipped, checkedBeyondKnownData };
    skipped.push(nonWorking);
    date = addDays(date, step);
  }
}

/** §6.1(4) r.12(2): the first working day on or after `date`. */
export function findWorkingDayOnOrAfter(date: IsoDate): WorkingDaySearch {
  return searchWorkingDay(date, 1);
}

/** The last working day on or before `date` (used for "phone by" reminders, which must be a day offices are open). */
export function findWorkingDayOnOrBefore(date: IsoDate): WorkingDaySearch {
  return searchWorkingDay(date, -1);
}
