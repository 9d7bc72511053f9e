import type { ApiErrorShape, FieldProblem } from './result';

/**
 * The closed set of errors the renderer can receive. Each has one plain-English message, written
 * for a parent under stress: what happened, that their work is safe where it is, and what to do.
 */
export const ERROR_MESSAGES = {
  VALIDATION: 'Some of the information could not be used. Check the answers marked below.',
  NOT_FOUND: 'We could not find that. It may have been deleted. Go back to your appeals and try again.',
  CONFLICT: 'That could not be done because something else changed it first. Go back and try again.',
  PRECONDITION: 'That cannot be done yet. Answer the questions it needs first, then try again.',
  STORAGE_FULL:
    'Your computer has run out of space, so this was not saved. Free some space (for example empty the recycle bin) and try again. Nothing you saved before has been lost.',
  STORAGE_READ_ONLY:
    'Appeal Bundle cannot write to its folder, so this was not saved. Check that the disk is not full or read-only and try again.',
  DATABASE_TOO_NEW:
    'This workspace was saved by a newer version of Appeal Bundle. Install the latest version to open it. Nothing in it has been changed.',
  DATABASE_DAMAGED:
    'The workspace file could not be read. It has not been changed or deleted. Restore a backup, or contact whoever supports you with the app.',
  DATABASE_BUSY: 'Appeal Bundle is busy saving. Wait a moment and try again.',
  UNTRUSTED_SENDER: 'That request was refused because it did not come from Appeal Bundle itself.',
  HANDOVER_UNREADABLE:
    'The passphrase is wrong, or the file has been changed or damaged. Check the passphrase and try again. Nothing has been added to your appeals.',
  LOCKED: 'Appeal Bundle is locked. Enter your passphrase to carry on. Nothing you saved has been lost.',
  WRONG_PASSPHRASE:
    'That passphrase is not right. Check it and try again: capital letters and spaces count. Nothing in your appeals has been changed.',
  WRONG_RECOVERY_KEY:
    'That recovery key is not right. Check each group of letters and numbers against the copy you saved, then try again. Nothing has been changed.',
  INTERNAL:
    'Something went wrong. Your saved work is safe. Try again; if it keeps happening, quote the reference below to whoever supports you.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** An expected failure thrown by a service; handle.ts turns it into a `Result`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[] | undefined;

  constructor(code: ErrorCode, options?: { fields?: FieldProblem[]; cause?: unknown }) {
    super(ERROR_MESSAGES[code], { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options?.fields;
  }

  toShape(): ApiErrorShape {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}
