import { addDays, addYears, dayOfMonth, monthOf, type IsoDate } from './dates';

/**
 * The day someone reaches `age` (§3: 16 for compulsory school age, 25 for the end of young-person status). For a 29 February birthday in a non-leap year we use 1 March:
 * the person has not completed the full number of years on 28 February, and it is the later
 * (so kinder) reading when an age limit such as 25 decides whether an appeal is possible.
 */
export function computeBirthday(dateOfBirth: IsoDate, age: number): IsoDate {
  const anniversary = addYears(dateOfBirth, age);
  const bornOnLeapDay = monthOf(dateOfBirth) === 2 && dayOfMonth(dateOfBirth) === 29;
  return bornOnLeapDay && dayOfMonth(anniversary) === 28 ? addDays(anniversary, 1) : anniversary;
}
