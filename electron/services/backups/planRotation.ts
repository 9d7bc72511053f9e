import type { BackupKind } from '../../../shared/api/types';
import { addDays, type IsoDate } from '../../../shared/domain/dates';

export interface RotationItem {
  name: string;
  takenAt: string;
  kind: BackupKind;
  /** The day it was taken, in England. */
  day: IsoDate;
}

/** How many of today's backups to keep, and for how many earlier days to keep one each. */
export const KEEP_TODAY = 5;
export const KEEP_DAYS = 14;

/**
 * Which backups to delete (reliability.md B4): the newest 5 of today, the newest of each of the
 * 14 days before, and always the newest copy saved before a restore, so a restore can still be
 * undone however many backups follow it. Everything else goes.
 */
export function planRotation(items: readonly RotationItem[], today: IsoDate): string[] {
  const newestFirst = [...items].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const oldestDay = addDays(today, -KEEP_DAYS);
  const keep = new Set<string>();
  const daysKept = new Set<IsoDate>();
  let todayKept = 0;
  for (const item of newestFirst) {
    if (item.day >= today) {
      if (todayKept < KEEP_TODAY) keep.add(item.name);
      todayKept++;
    } else if (item.day >= oldestDay && !daysKept.has(item.day)) {
      keep.add(item.name);
      daysKept.add(item.day);
    }
  }
  const undo = newestFirst.find((item) => item.kind === 'beforeRestore');
  if (undo) keep.add(undo.name);
  return newestFirst.filter((item) => !keep.has(item.name)).map((item) => item.name);
}
