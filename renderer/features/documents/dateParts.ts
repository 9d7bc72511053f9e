import { isIsoDate } from '../../../shared/domain/dates';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function toDateParts(iso: string | null): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** GOV.UK date input to YYYY-MM-DD: null when left empty, or the plain-English problem. */
export function fromDateParts(parts: DateParts): { ok: true; value: string | null } | { ok: false; message: string } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { ok: true, value: null };
  if (day === '' || month === '' || year === '')
    return { ok: false, message: 'The date on the document must include a day, month and year.' };
  const iso = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || !isIsoDate(iso)) {
    return { ok: false, message: 'The date on the document must be a real date, for example 27 3 2026.' };
  }
  return { ok: true, value: iso };
}
