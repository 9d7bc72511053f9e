import { Temporal } from 'temporal-polyfill';

/**
 * A calendar date with no time and no time zone, written `YYYY-MM-DD`.
 * Every date that crosses a function boundary in the rules engine uses this form, so that a
 * deadline never shifts because of the computer's clock or time zone.
 */
export type IsoDate = string;

// Temporal.PlainDate.from also accepts times, week dates and 6-digit years; the app only ever
// stores plain `YYYY-MM-DD`, so anything else is treated as invalid input.
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** True when `value` is a real calendar date written as `YYYY-MM-DD` (so not 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Parses an IsoDate; throws a RangeError naming the bad value so callers can validate first. */
export function parseIsoDate(value: IsoDate): Temporal.PlainDate {
  if (!isIsoDate(value)) throw new RangeError(`Not a valid YYYY-MM-DD date: "${value}"`);
  return Temporal.PlainDate.from(value, { overflow: 'reject' });
}

/** Builds an IsoDate from numbers (month 1–12). */
export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
}

/** Negative if a is before b, 0 if the same day, positive if a is after b. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Temporal.PlainDate.compare(parseIsoDate(a), parseIsoDate(b));
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

/**
 * §6.1(2) corresponding-date rule (Dodds v Walker): same day number n months later, or the last
 * day of that month if it is shorter. Temporal's default overflow 'constrain' does exactly this.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return parseIsoDate(date).add({ months }).toString();
}

/** Same rule as addMonths, applied to years (29 Feb + 1 year = 28 Feb). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return parseIsoDate(date).add({ years }).toString();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return parseIsoDate(date).add({ days }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return parseIsoDate(from).until(parseIsoDate(to), { largestUnit: 'days' }).days;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: IsoDate): number {
  return parseIsoDate(date).dayOfWeek;
}

export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= 6;
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

export function monthOf(date: IsoDate): number {
  return parseIsoDate(date).month;
}

export function dayOfMonth(date: IsoDate): number {
  return parseIsoDate(date).day;
}

/** "Monday 12 May 2025" – the form used in every message a parent reads. */
export function formatDateForHumans(date: IsoDate): string {
  return `${WEEKDAY_NAMES[parseIsoDate(date).dayOfWeek - 1]} ${formatShortDate(date)}`;
}

/** "12 May 2025", as GOV.UK writes dates where the weekday does not matter (a letter's date). */
export function formatShortDate(date: IsoDate): string {
  const d = parseIsoDate(date);
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}
