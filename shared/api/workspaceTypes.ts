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
  /**
   * Encrypted with a passphrase lock this workspace does not have open (made before its data
   * folder was lost, say): it opens with the passphrase or recovery key it was made with.
   */
  locked: boolean;
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

/** A locked backup restored with its passphrase or recovery key. */
export interface LockedRestoreOutcome extends RestoreOutcome {
  /**
   * True when the workspace had no passphrase lock and took on the backup's (its passphrase and
   * recovery key now open Appeal Bundle); false when it keeps its own lock.
   */
  lockAdopted: boolean;
}
