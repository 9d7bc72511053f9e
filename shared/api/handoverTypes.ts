// Output types of the handover namespace (re-exported by types.ts).

/** Where the handover file was saved, or that the person closed the save window. */
export type HandoverExportOutcome =
  { saved: true; fileName: string; sizeBytes: number; includesNotes: boolean } | { saved: false };

/** One version of a case, as the person compares them before choosing. */
export interface HandoverCaseVersion {
  name: string;
  /** ISO-8601 UTC: when anything in the case was last changed. */
  updatedAt: string;
  documentCount: number;
}

/**
 * The case was added, or it is already on this computer and the person must choose: nothing is
 * merged silently. "Replace" is only offered when the file's version is the newer one.
 */
export type HandoverImportOutcome =
  | { kind: 'imported'; caseId: string; name: string; documentCount: number; how: 'new' | 'keptBoth' | 'replaced' }
  | { kind: 'choiceNeeded'; existing: HandoverCaseVersion; incoming: HandoverCaseVersion; canReplace: boolean };
