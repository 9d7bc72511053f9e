/** "today", "tomorrow", "in 3 days", "2 days ago": how far away a date is, in words. */
export function describeDays(daysAway: number): string {
  if (daysAway === 0) return 'today';
  if (daysAway === 1) return 'tomorrow';
  if (daysAway === -1) return 'yesterday';
  return daysAway > 0 ? `in ${String(daysAway)} days` : `${String(-daysAway)} days ago`;
}
