import type { InputSchemas } from './contract';
import * as S from './schemas';

/** The schema that parses each method's input, checked against the spec by the compiler. */
export const inputSchemas = {
  cases: {
    list: S.listCasesInput,
    get: S.caseRefInput,
    create: S.createCaseInput,
    rename: S.renameCaseInput,
    setArchived: S.setArchivedInput,
    delete: S.deleteCaseInput,
    saveFacts: S.saveFactsInput,
    exportCalendar: S.caseRefInput,
    updateDetails: S.updateCaseDetailsInput,
  },
  documents: {
    import: S.importDocumentInput,
    list: S.listDocumentsInput,
    get: S.documentRefInput,
    update: S.updateDocumentInput,
    rotatePage: S.rotatePageInput,
    removePages: S.removePagesInput,
    extractPages: S.extractPagesInput,
    resetPages: S.documentRefInput,
    delete: S.documentRefInput,
    thumbnail: S.thumbnailInput,
  },
  timeline: {
    get: S.timelineCaseInput,
    setDate: S.setTimelineDateInput,
    removeDate: S.removeTimelineDateInput,
    reminders: S.remindersInput,
    exportCalendar: S.timelineCaseInput,
  },
  notes: {
    list: S.listNotesInput,
    create: S.createNoteInput,
    update: S.updateNoteInput,
    delete: S.deleteNoteInput,
  },
  backups: {
    list: S.listBackupsInput,
    create: S.createBackupInput,
    restore: S.restoreBackupInput,
    status: S.listBackupsInput,
    restoreLocked: S.restoreLockedBackupInput,
  },
  bundle: {
    get: S.bundleCaseInput,
    saveOrder: S.saveBundleOrderInput,
    saveOptions: S.saveBundleOptionsInput,
    export: S.exportBundleInput,
    exportStatus: S.exportRefInput,
    cancelExport: S.exportRefInput,
    history: S.bundleCaseInput,
  },
  examples: {
    create: S.createExampleInput,
  },
  handover: {
    export: S.exportHandoverInput,
    import: S.importHandoverInput,
  },
  submissions: {
    get: S.submissionsCaseInput,
    saveAnswers: S.saveSubmissionAnswersInput,
    export: S.exportSubmissionsInput,
  },
  lock: {
    status: S.lockStatusInput,
    unlock: S.unlockInput,
    unlockWithRecoveryKey: S.unlockWithRecoveryKeyInput,
    setPassphrase: S.setPassphraseInput,
    changePassphrase: S.changePassphraseInput,
    removePassphrase: S.removePassphraseInput,
    lockNow: S.lockNowInput,
    setIdleMinutes: S.setIdleMinutesInput,
  },
} satisfies InputSchemas;
