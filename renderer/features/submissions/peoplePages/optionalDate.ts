import type { IsoDate } from '../../../../shared/domain/dates';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { parseDateParts, type DatePart, type DateParts } from '../../start/dateParts';

export interface OptionalDateResult {
  /** The date typed, `ifBlank` when all three boxes are empty, or the saved one when the typing is wrong. */
  date: IsoDate | undefined;
  /** The error for the summary, linked to the first box to correct. */
  problems: SummaryItem[];
  /** The boxes to mark as wrong. */
  wrongParts: DatePart[];
}

/**
 * A GOV.UK date input the family may leave empty. `id` is the DateInput's id; `what` names the date
 * inside error messages ("the date on the plan").
 */
export function parseOptionalDate(
  parts: DateParts,
  id: string,
  what: string,
  ifBlank: IsoDate | undefined,
  saved: IsoDate | undefined,
): OptionalDateResult {
  if ([parts.day, parts.month, parts.year].every((part) => part.trim() === '')) {
    return { date: ifBlank, problems: [], wrongParts: [] };
  }
  const parsed = parseDateParts(parts, what);
  if ('date' in parsed) return { date: parsed.date, problems: [], wrongParts: [] };
  const { message, parts: wrongParts } = parsed.problem;
  return { date: saved, problems: [{ fieldId: `${id}-${wrongParts[0] ?? 'day'}`, message }], wrongParts };
}

/** The message for a date input: its errors link to one of its boxes ("<id>-day"). */
export function dateErrorFor(errors: readonly SummaryItem[], id: string): string | undefined {
  return errors.find((error) => error.fieldId.startsWith(`${id}-`))?.message;
}
