import { z } from 'zod';
import './plainZodErrors';
import { isIsoDate } from '../domain/dates';
import { ENTERED_DATE_KINDS } from '../domain/timelineKinds';

// Input schemas of the workspace features (issue 7): case details, timeline dates, session notes
// and backups. Re-exported by schemas.ts. The same schemas drive the forms, so each message is
// what a person sees next to the field.

const caseId = z.uuid({ error: 'That case reference is not valid.' });
const noteId = z.uuid({ error: 'That note reference is not valid.' });
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
const hasControlCharacters = (value: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value);

/** What the workspace list may be narrowed to. */
export const CASE_FILTERS = ['all', 'active', 'archived', 'dueSoon', 'late'] as const;
export type CaseFilter = (typeof CASE_FILTERS)[number];

export const caseSearchSchema = z
  .string()
  .max(120, { error: 'Search for 120 characters or fewer.' })
  .refine((value) => !hasControlCharacters(value), { error: 'The search must not contain hidden control characters.' });

export const councilSchema = z
  .string()
  .trim()
  .max(120, { error: 'The council’s name must be 120 characters or fewer.' })
  .refine((value) => !hasControlCharacters(value) && !value.includes('\n'), {
    error: 'The council’s name must not contain hidden control characters.',
  });

// Unusual references are accepted (the screen warns instead): only length and control characters
// are refused here.
export const tribunalReferenceSchema = z
  .string()
  .trim()
  .max(40, { error: 'The Tribunal reference must be 40 characters or fewer.' })
  .refine((value) => !hasControlCharacters(value) && !value.includes('\n'), {
    error: 'The Tribunal reference must not contain hidden control characters.',
  });

/** Change the council or the Tribunal reference; an empty answer clears it. */
export const updateCaseDetailsInput = z
  .object({ id: caseId, council: councilSchema.optional(), tribunalReference: tribunalReferenceSchema.optional() })
  .strict();

export const timelineCaseInput = z.object({ caseId }).strict();

export const timelineNoteSchema = z
  .string()
  .trim()
  .max(500, { error: 'The note must be 500 characters or fewer.' })
  .refine((value) => !hasControlCharacters(value), { error: 'The note must not contain hidden control characters.' });

export const setTimelineDateInput = z
  .object({
    caseId,
    kind: z.enum(ENTERED_DATE_KINDS, { error: 'Choose which date this is.' }),
    date: z.string().refine(isIsoDate, { error: 'The date must be a real date, for example 27 3 2027.' }),
    note: timelineNoteSchema.optional(),
  })
  .strict();

export const removeTimelineDateInput = z
  .object({ caseId, kind: z.enum(ENTERED_DATE_KINDS, { error: 'Choose which date this is.' }) })
  .strict();

export const remindersInput = z.object({}).strict();

export const noteBodySchema = z
  .string({ error: 'Enter the note.' })
  .trim()
  .min(1, { error: 'Enter the note.' })
  .max(20000, { error: 'The note must be 20,000 characters or fewer.' })
  .refine((value) => !hasControlCharacters(value), { error: 'The note must not contain hidden control characters.' });

export const listNotesInput = z.object({ caseId }).strict();
export const noteRefInput = z.object({ id: noteId }).strict();
export const createNoteInput = z.object({ caseId, body: noteBodySchema }).strict();
export const updateNoteInput = z.object({ id: noteId, body: noteBodySchema }).strict();
export const deleteNoteInput = z
  .object({ id: noteId, confirm: z.literal(true, { error: 'Confirm that you want to delete this note.' }) })
  .strict();

/** A backup's file name, as listed; nothing else (no folders) can name a file to restore. */
export const BACKUP_NAME_PATTERN = /^appeal-bundle-\d{8}-\d{6}-\d{3}-(automatic|manual|beforeRestore)\.sqlite$/;

export const listBackupsInput = z.object({}).strict();
export const createBackupInput = z.object({}).strict();
export const restoreBackupInput = z
  .object({
    name: z.string().regex(BACKUP_NAME_PATTERN, { error: 'That backup could not be found.' }),
    // The screen asks first; the flag makes a stray or replayed call harmless.
    confirm: z.literal(true, { error: 'Confirm that you want to restore this backup.' }),
  })
  .strict();

/**
 * Restoring a backup locked with a passphrase this workspace does not have (its data folder was
 * lost, say): the passphrase or the recovery key it was made with opens it. Which one was typed
 * is told by its shape, so the screen needs one box.
 */
export const restoreLockedBackupInput = z
  .object({
    name: z.string().regex(BACKUP_NAME_PATTERN, { error: 'That backup could not be found.' }),
    confirm: z.literal(true, { error: 'Confirm that you want to restore this backup.' }),
    secret: z
      .string({ error: 'Enter the passphrase or the recovery key.' })
      .min(1, { error: 'Enter the passphrase or the recovery key.' })
      .max(1024, { error: 'The passphrase must be 1,024 characters or fewer.' }),
  })
  .strict();

export type UpdateCaseDetailsInput = z.input<typeof updateCaseDetailsInput>;
export type TimelineCaseInput = z.input<typeof timelineCaseInput>;
export type SetTimelineDateInput = z.input<typeof setTimelineDateInput>;
export type RemoveTimelineDateInput = z.input<typeof removeTimelineDateInput>;
export type RemindersInput = z.input<typeof remindersInput>;
export type ListNotesInput = z.input<typeof listNotesInput>;
export type NoteRefInput = z.input<typeof noteRefInput>;
export type CreateNoteInput = z.input<typeof createNoteInput>;
export type UpdateNoteInput = z.input<typeof updateNoteInput>;
export type DeleteNoteInput = z.input<typeof deleteNoteInput>;
export type ListBackupsInput = z.input<typeof listBackupsInput>;
export type CreateBackupInput = z.input<typeof createBackupInput>;
export type RestoreBackupInput = z.input<typeof restoreBackupInput>;
export type RestoreLockedBackupInput = z.input<typeof restoreLockedBackupInput>;
