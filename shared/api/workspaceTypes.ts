// Output types of the workspace features (re-exported by types.ts). Plain, serialisable objects.
export type { EnteredDate, Reminder, Timeline, TimelineEntry, TimelineStatus } from '../domain/timelineTypes';

/** An adviser's note about a session with the family. Never exported for the family or the Tribunal. */
export interface SessionNote {
  id: string;
  caseId: string;
  body: string;
  /** ISO-8601 UTC timestamps. */
  createdAt: string;
  updatedAt: string;
}

export type BackupKind = 'automatic' | 'manual' | 'beforeRestore';

/** One backup copy of the workspace. */
export interface BackupInfo {
  /** The file's name, which is also how it is chosen for restoring. */
  name: string;
  /** ISO-8601 UTC timestamp of when it was taken. */
  takenAt: string;
  kind: BackupKind;
  sizeBytes: number;
  /** How many appeals it holds, or null if the copy could not be read. */
  caseCount: number | null;
}

/** An automatic backup that failed since the app was opened or unlocked, until one succeeds. */
export interface BackupStatus {
  lastAutomaticFailure: { at: string; message: string } | null;
}

export interface RestoreOutcome {
  restoredFrom: BackupInfo;
  /** The copy of the workspace as it was just before the restore: restore it to undo. */
  undo: BackupInfo;
}
