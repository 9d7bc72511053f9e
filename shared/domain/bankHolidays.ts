import { z } from 'zod';
import rawBankHolidays from '../../resources/bank-holidays/england-and-wales.json';
import { isIsoDate, type IsoDate } from './dates';

// §6.3: bank holidays ship as updatable data. Validate at import so a badly edited file fails
// loudly at start-up instead of silently producing a wrong deadline.
const isoDate = z.string().refine(isIsoDate, { message: 'must be a real YYYY-MM-DD date' });

const bankHolidayFileSchema = z.object({
  source: z.string().min(1),
  knownUntil: isoDate,
  dates: z.array(z.object({ date: isoDate, name: z.string().min(1) })).min(1),
});

export interface BankHolidayCalendar {
  source: string;
  /** Last date the list is known to be complete for; later dates only skip weekends, 25 Dec and Good Friday. */
  knownUntil: IsoDate;
  /** Bank holiday name by date. */
  byDate: ReadonlyMap<IsoDate, string>;
}

/** Validates a bank-holiday file (exported so tests can check that bad data is rejected). */
export function loadBankHolidayCalendar(raw: unknown): BankHolidayCalendar {
  const parsed = bankHolidayFileSchema.parse(raw);
  return {
    source: parsed.source,
    knownUntil: parsed.knownUntil,
    byDate: new Map(parsed.dates.map((entry) => [entry.date, entry.name])),
  };
}

export const bankHolidaysEnglandAndWales: BankHolidayCalendar = loadBankHolidayCalendar(rawBankHolidays);
