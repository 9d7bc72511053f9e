// Output types of the lock namespace (re-exported by types.ts).

/**
 * `noPassphrase`: the lock is off and the workspace is open. `locked`: a passphrase is set and
 * the workspace is closed; every other method answers LOCKED. `unlocked`: a passphrase is set
 * and the workspace is open.
 */
export type LockState = 'noPassphrase' | 'locked' | 'unlocked';

export interface LockStatus {
  state: LockState;
  /** Minutes without use before the app locks itself; null when no passphrase is set. */
  idleMinutes: number | null;
}

/** The lock is on. The recovery key is returned this once and never stored in plain text. */
export interface PassphraseSetOutcome {
  status: LockStatus;
  /** 8 groups of 4 letters and numbers. */
  recoveryKey: string;
}
