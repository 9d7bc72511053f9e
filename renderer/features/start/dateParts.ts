import { isIsoDate, type IsoDate } from '../../../shared/domain/dates';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export interface DatePartsProblem {
  message: string;
  /** The boxes to highlight; the error link goes to the first. */
  parts: DatePart[];
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** Splits a saved YYYY-MM-DD into the three boxes, without leading zeros. */
export function toDateParts(value: IsoDate | undefined): DateParts {
  if (value === undefined) return EMPTY_DATE;
  const [year = '', month = '', day = ''] = value.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

const ALL: DatePart[] = ['day', 'month', 'year'];

/**
 * GOV.UK date input rules: what is missing, then whether it is a real date. `what` names the
 * date in a sentence, e.g. "the date on the decision letter".
 */
export function parseDateParts(parts: DateParts, what: string): { date: IsoDate } | { problem: DatePartsProblem } {
  const trimmed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = ALL.filter((part) => trimmed[part] === '');
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  if (missing.length === 3) return { problem: { message: `Enter ${what}`, parts: ALL } };
  if (missing.length > 0) {
    return { problem: { message: `${What} must include a ${missing.join(' and ')}`, parts: missing } };
  }
  const notNumbers = ALL.filter((part) => !/^\d+$/.test(trimmed[part]));
  if (notNumbers.length > 0) {
    return { problem: { message: `${What} must be a real date, written in numbers`, parts: notNumbers } };
  }
  if (trimmed.year.length !== 4) return { problem: { message: 'The year must include 4 numbers', parts: ['year'] } };
  const day = Number(trimmed.day);
  const month = Number(trimmed.month);
  if (month < 1 || month > 12) return { problem: { message: `${What} must be a real date`, parts: ['month'] } };
  const iso = `${trimmed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (day < 1 || day > 31 || !isIsoDate(iso)) {
    return { problem: { message: `${What} must be a real date`, parts: ['day'] } };
  }
  return { date: iso };
}
