// Output types of the submissions namespace (re-exported by types.ts). Plain, serialisable objects.
import type { SubmissionDocument, SubmissionDocumentId, SubmissionProblem } from '../submissions/documentModel';
import type { MissingAnswer } from '../submissions/listMissingAnswers';
import type { SubmissionAnswers } from '../submissions/submissionAnswersSchema';
import type { SubmissionPage, SubmissionPageId } from '../submissions/submissionPages';

/** A document the family can cite ("EP report, p.12"), with where it sits in the bundle now. */
export interface CitableDocument {
  id: string;
  title: string;
  pageCount: number;
  /** e.g. "B12–B20", or null when the document is not in the bundle (yet). */
  bundlePages: string | null;
}

/** One reference in the evidence map, as it would read in the documents. */
export interface EvidenceReference {
  documentId: string;
  page: number;
  /** "EP report, p.12 (bundle page B45)", or the warning text for a removed document. */
  text: string;
  /** False when the document was removed or the page does not exist. */
  resolved: boolean;
}

/** One disputed point (a section, the placement, a recommendation, or the reasons) and its evidence. */
export interface EvidenceMapItem {
  /** Stable key, e.g. "sectionF" or "recommendations.h1". */
  key: string;
  /** The page where the evidence is chosen. */
  page: SubmissionPageId;
  /** "Section F: special educational provision". */
  title: string;
  /** The start of what the family asks for, so the item can be recognised. */
  summary: string;
  references: EvidenceReference[];
}

export interface EvidenceMap {
  items: EvidenceMapItem[];
  /** Items with no evidence at all: worth finding a report, letter or note for. */
  gaps: EvidenceMapItem[];
  /** The case's documents no answer cites yet. */
  uncitedDocuments: { id: string; title: string }[];
}

/** Everything "write your appeal" shows: the answers, what is missing, the documents and their history. */
export interface SubmissionsOverview {
  caseId: string;
  /** The answers as saved (every answer optional). */
  answers: SubmissionAnswers;
  /** The pages that apply to this case, in form order, with their status. */
  pages: SubmissionPage[];
  /** Answers the Tribunal needs that are still missing, for the top of "check your answers". */
  missingAnswers: MissingAnswer[];
  /** Removed citations, pages out of range and vague wording, once each. */
  problems: SubmissionProblem[];
  /** The documents as they would be written now (the same model the DOCX and PDF writers use). */
  documents: SubmissionDocument[];
  evidenceMap: EvidenceMap;
  citableDocuments: CitableDocument[];
  /** Answers known from elsewhere in the app, offered so nothing is asked twice. */
  known: {
    /** The council from the case details. */
    council: string | null;
    /** Who appeals, worked out from the date of birth and capacity (§3), or null before it is known. */
    appellant: 'parent' | 'youngPerson' | 'alternativePerson' | null;
    /** First-person lines about gaps in the decision letter, for a late-appeal explanation (§6.6). */
    lateAppealLines: string[];
  };
  /** Every export of these documents, newest first. */
  history: SubmissionExportRecord[];
}

export interface SubmissionExportedFile {
  documentId: SubmissionDocumentId;
  fileName: string;
  /** Fingerprint of the file as written, so the family can show exactly what they sent. */
  sha256: string;
  bytes: number;
}

/** One export in the case history. */
export interface SubmissionExportRecord {
  id: string;
  caseId: string;
  /** ISO-8601 UTC timestamp. */
  createdAt: string;
  format: 'docx' | 'pdf';
  /** The folder the files were written into (its name only; the full path stays in the main process). */
  folderName: string;
  files: SubmissionExportedFile[];
}

export type SubmissionExportOutcome = { saved: false } | { saved: true; record: SubmissionExportRecord };
