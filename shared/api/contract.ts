import type { z } from 'zod';
import type { API_METHODS } from './methods';
import type { Result } from './result';
import type * as S from './schemas';
import type { CaseDetail, CaseSummary, SaveOutcome } from './types';
import type { DocumentDetail, DocumentSummary, ImportOutcome, PageThumbnail } from './types';
import type { BackupInfo, BackupStatus, LockedRestoreOutcome, Reminder, RestoreOutcome } from './types';
import type { SessionNote, Timeline } from './types';
import type { BundleOverview, ExportRecord, ExportStart, ExportStatus } from './types';
import type { HandoverExportOutcome, HandoverImportOutcome } from './types';
import type { SubmissionExportOutcome, SubmissionsOverview } from './types';
import type { LockStatus, PassphraseSetOutcome } from './types';

/**
 * The single source of the API. Every method: its input (the schema's input type) and output.
 * Adding a method here without its entry in API_METHODS, its schema in inputSchemas.ts or its
 * handler in electron/main/ipc/handlers.ts is a compile error (see test/shared/api/contract.types.ts).
 */
export type ApiSpec = {
  cases: {
    /** All cases, active and archived, soonest deadline first (or as asked). */
    list: { input: S.ListCasesInput; output: CaseSummary[] };
    /** One case by id. */
    get: { input: S.CaseRefInput; output: CaseDetail };
    /** Start a new case with a name (usually the child's first name). */
    create: { input: S.CreateCaseInput; output: CaseDetail };
    /** Change the case's name. */
    rename: { input: S.RenameCaseInput; output: CaseDetail };
    /** Archive (hide from the active list) or bring back a case. */
    setArchived: { input: S.SetArchivedInput; output: CaseDetail };
    /** Delete a case and everything in it, for good. */
    delete: { input: S.DeleteCaseInput; output: { deleted: true } };
    /** Save the answers to "start a case" (all optional, so a half-done interview is kept). */
    saveFacts: { input: S.SaveFactsInput; output: CaseDetail };
    /** Save the deadline and mediation-adviser dates as a calendar file, where the person chooses. */
    exportCalendar: { input: S.CaseRefInput; output: SaveOutcome };
    /** Change the council or the Tribunal reference (an empty answer clears it). */
    updateDetails: { input: S.UpdateCaseDetailsInput; output: CaseDetail };
  };
  documents: {
    /** Add one file the person picked (its bytes; paths from the renderer are never used). */
    import: { input: S.ImportDocumentInput; output: ImportOutcome };
    /** A case's documents, in the order they were added. */
    list: { input: S.ListDocumentsInput; output: DocumentSummary[] };
    /** One document with its pages. */
    get: { input: S.DocumentRefInput; output: DocumentDetail };
    /** Save the title, date, author, category and notes. */
    update: { input: S.UpdateDocumentInput; output: DocumentDetail };
    /** Turn one page a quarter turn left or right. */
    rotatePage: { input: S.RotatePageInput; output: DocumentDetail };
    /** Take pages out of the document (never all of them; the original file is kept). */
    removePages: { input: S.RemovePagesInput; output: DocumentDetail };
    /** Copy pages into a new document in the same case. */
    extractPages: { input: S.ExtractPagesInput; output: DocumentDetail };
    /** Undo every page change: the pages as they were when the file was added. */
    resetPages: { input: S.DocumentRefInput; output: DocumentDetail };
    /** Delete a document, and any stored file nothing else uses. */
    delete: { input: S.DocumentRefInput; output: { deleted: true } };
    /** A small picture of one page, or null if the page cannot be drawn. */
    thumbnail: { input: S.ThumbnailInput; output: PageThumbnail | null };
  };
  timeline: {
    /** A case's dates in order, worked out and copied from the Tribunal's letters, with its reminders. */
    get: { input: S.TimelineCaseInput; output: Timeline };
    /** Save a date from the Tribunal's letter (replaces the earlier one of the same kind). */
    setDate: { input: S.SetTimelineDateInput; output: Timeline };
    /** Remove a date copied from a letter. */
    removeDate: { input: S.RemoveTimelineDateInput; output: Timeline };
    /** Reminders across active cases: overdue, and due in the next 14 days. */
    reminders: { input: S.RemindersInput; output: Reminder[] };
    /** Save the whole timeline as a calendar file, where the person chooses. */
    exportCalendar: { input: S.TimelineCaseInput; output: SaveOutcome };
  };
  notes: {
    /** An adviser's session notes for a case, newest first. Never exported. */
    list: { input: S.ListNotesInput; output: SessionNote[] };
    create: { input: S.CreateNoteInput; output: SessionNote };
    update: { input: S.UpdateNoteInput; output: SessionNote };
    delete: { input: S.DeleteNoteInput; output: { deleted: true } };
  };
  backups: {
    /** Backup copies of the workspace, newest first, with their size and number of appeals. */
    list: { input: S.ListBackupsInput; output: BackupInfo[] };
    /** Take a backup now. */
    create: { input: S.CreateBackupInput; output: BackupInfo };
    /** Replace the workspace with a backup, after saving the current state so it can be undone. */
    restore: { input: S.RestoreBackupInput; output: RestoreOutcome };
    /** Whether the last automatic backup failed (a full disk, say), so the person can be told. */
    status: { input: S.ListBackupsInput; output: BackupStatus };
    /**
     * Restore a backup locked with a passphrase this workspace does not have, with the passphrase
     * or recovery key it was made with. A workspace without a lock takes on the backup's.
     */
    restoreLocked: { input: S.RestoreLockedBackupInput; output: LockedRestoreOutcome };
  };
  bundle: {
    /** The bundle as it would be exported now: sections, page ranges, index, checks and settings. */
    get: { input: S.BundleCaseInput; output: BundleOverview };
    /** Save the person's order of documents in each section (a moved document stays where it was put). */
    saveOrder: { input: S.SaveBundleOrderInput; output: BundleOverview };
    /** Save section prefixes, divider pages and the email size budget. */
    saveOptions: { input: S.SaveBundleOptionsInput; output: BundleOverview };
    /** Ask where to save, then start writing the bundle in the background; poll exportStatus. */
    export: { input: S.ExportBundleInput; output: ExportStart };
    /** How far an export has got, or what it wrote. */
    exportStatus: { input: S.ExportRefInput; output: ExportStatus };
    /** Stop an export; nothing is left half-written. */
    cancelExport: { input: S.ExportRefInput; output: ExportStatus };
    /** Every export of this case's bundle, newest first, with each file's SHA-256. */
    history: { input: S.BundleCaseInput; output: ExportRecord[] };
  };
  examples: {
    /** Make a clearly fictional example appeal with answers and documents, to try the app out. */
    create: { input: S.CreateExampleInput; output: CaseDetail };
  };
  handover: {
    /** Ask where to save, then write one case as a file encrypted with the person's passphrase. */
    export: { input: S.ExportHandoverInput; output: HandoverExportOutcome };
    /** Decrypt a case file and add its case, or ask first if that case is already here. */
    import: { input: S.ImportHandoverInput; output: HandoverImportOutcome };
  };
  submissions: {
    /** The written-submission answers, the pages that apply, what is missing, the documents and their history. */
    get: { input: S.SubmissionsCaseInput; output: SubmissionsOverview };
    /** Save every answer (all optional, so a half-done page is kept). */
    saveAnswers: { input: S.SaveSubmissionAnswersInput; output: SubmissionsOverview };
    /** Ask for a folder, then write the documents there as Word or PDF files, and record their hashes. */
    export: { input: S.ExportSubmissionsInput; output: SubmissionExportOutcome };
  };
  /** The optional passphrase lock: the only namespace that answers while the workspace is locked. */
  lock: {
    /** Whether a passphrase is set and the workspace is open, and the idle time. */
    status: { input: S.LockStatusInput; output: LockStatus };
    /** Open the locked workspace with the passphrase. */
    unlock: { input: S.UnlockInput; output: LockStatus };
    /** Open it with the recovery key instead, and choose a new passphrase. */
    unlockWithRecoveryKey: { input: S.UnlockWithRecoveryKeyInput; output: LockStatus };
    /** Turn the lock on: encrypt the workspace and its backups; returns the recovery key, once. */
    setPassphrase: { input: S.SetPassphraseInput; output: PassphraseSetOutcome };
    /** Choose a new passphrase (the recovery key stays the same). */
    changePassphrase: { input: S.ChangePassphraseInput; output: LockStatus };
    /** Turn the lock off: the workspace and its backups are stored without encryption again. */
    removePassphrase: { input: S.RemovePassphraseInput; output: LockStatus };
    /** Close the workspace now; the passphrase is needed to open it again. */
    lockNow: { input: S.LockNowInput; output: LockStatus };
    /** How many minutes without use before the app locks itself. */
    setIdleMinutes: { input: S.SetIdleMinutesInput; output: LockStatus };
  };
};

type Spec = Record<string, Record<string, { input: unknown; output: unknown }>>;

/** What the renderer sees as `window.api`. */
export type AppApiOf<TSpec extends Spec> = {
  [NS in keyof TSpec]: {
    [M in keyof TSpec[NS]]: (input: TSpec[NS][M]['input']) => Promise<Result<TSpec[NS][M]['output']>>;
  };
};

/** What the main process implements: one function per method, given parsed input. */
export type HandlersOf<TSpec extends Spec> = {
  [NS in keyof TSpec]: {
    [M in keyof TSpec[NS]]: (input: TSpec[NS][M]['input']) => TSpec[NS][M]['output'] | Promise<TSpec[NS][M]['output']>;
  };
};

/** One zod schema per method; parsing turns hostile input into the method's input type. */
export type InputSchemasOf<TSpec extends Spec> = {
  [NS in keyof TSpec]: { [M in keyof TSpec[NS]]: z.ZodType<TSpec[NS][M]['input'], TSpec[NS][M]['input']> };
};

/** The method names listed for each namespace. */
export type MethodListOf<TSpec extends Spec> = { [NS in keyof TSpec]: readonly (keyof TSpec[NS])[] };

/** True only when a method list names exactly the spec's methods, no more and no fewer. */
export type ListMatchesSpec<TList extends Record<string, readonly string[]>, TSpec extends Spec> = [
  { [NS in keyof TList]: TList[NS][number] },
] extends [{ [NS in keyof TSpec]: keyof TSpec[NS] }]
  ? [{ [NS in keyof TSpec]: keyof TSpec[NS] }] extends [{ [NS in keyof TList]: TList[NS][number] }]
    ? true
    : false
  : false;

export type AppApi = AppApiOf<ApiSpec>;
export type Handlers = HandlersOf<ApiSpec>;
export type InputSchemas = InputSchemasOf<ApiSpec>;

// Compile-time guard: the method list and the spec name the same methods.
export const methodListMatchesSpec: ListMatchesSpec<typeof API_METHODS, ApiSpec> = true;
