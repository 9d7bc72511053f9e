import { computeBirthday } from './computeBirthday';
import { addDays, dayOfWeek, makeIsoDate, monthOf, yearOf, type IsoDate } from './dates';

const FRIDAY = 5;
// School years run 1 September – 31 August (§3 R3.1).
const SCHOOL_YEAR_START_MONTH = 9;

/**
 * §3 R3.1: compulsory school age ends on the last Friday in June of the school year
 * (1 Sep–31 Aug) in which the child turns 16. A birthday from 1 September onwards falls in the
 * school year that ends the following summer.
 */
export function computeCompulsorySchoolAgeEnd(dateOfBirth: IsoDate): IsoDate {
  const sixteenthBirthday = computeBirthday(dateOfBirth, 16);
  const schoolYearEnds =
    monthOf(sixteenthBirthday) >= SCHOOL_YEAR_START_MONTH ? yearOf(sixteenthBirthday) + 1 : yearOf(sixteenthBirthday);
  const lastDayOfJune = makeIsoDate(schoolYearEnds, 6, 30);
  const daysBackToFriday = (dayOfWeek(lastDayOfJune) - FRIDAY + 7) % 7;
  return addDays(lastDayOfJune, -daysBackToFriday);
}
