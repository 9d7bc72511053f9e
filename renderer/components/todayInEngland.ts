import { Temporal } from 'temporal-polyfill';

/** Today's date in England, as YYYY-MM-DD: appeal deadlines are counted in English calendar days. */
export function todayInEngland(): string {
  return Temporal.Now.plainDateISO('Europe/London').toString();
}
