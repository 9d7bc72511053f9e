// The shapes of a bundle plan: what goes in, and the page-by-page plan that the PDF writer follows.
// Pure data (serialisable), so the renderer can preview exactly what the export will write.
import type { IsoDate } from '../domain/dates';
import type { DecisionType } from '../domain/decisionTypes';
import type { DocumentCategory } from '../domain/documentCategories';
import type { Warning } from '../domain/warning';

/** A, B, C: see bundleSections.ts for what each holds and why (send-appeals.md §7.3, §12). */
export type SectionId = 'A' | 'B' | 'C';

export type PageRotation = 0 | 90 | 180 | 270;

/** Where a page's bytes come from: a page of a stored (already decrypted) PDF, or one upright JPEG. */
export type BundlePageSource =
  { kind: 'pdf'; sourceSha256: string; pageIndex: number } | { kind: 'jpeg'; sourceSha256: string };

export interface BundleDocumentPage {
  source: BundlePageSource;
  /** The person's extra clockwise turn, on top of any /Rotate the PDF page already has. */
  rotation: PageRotation;
}

export interface BundleDocumentInput {
  id: string;
  title: string;
  documentDate: IsoDate | null;
  author: string | null;
  category: DocumentCategory | null;
  /** SHA-256 of the file as imported: two documents with the same hash are duplicates. */
  originalSha256: string;
  pages: BundleDocumentPage[];
}

/** What the cover page says. */
export interface BundleCaseDetails {
  childName: string;
  dateOfBirth: IsoDate | null;
  council: string;
  appealTypeLabel: string;
  /** Given at registration, e.g. EH936/23/00567 (§4); null before. */
  tribunalReference: string | null;
  datePrepared: IsoDate;
  /** Written into the PDF's Author field; the app's name when not given. */
  preparedBy?: string | null | undefined;
}

export interface BundleOptions {
  /** Stamp "B12" rather than "12": the section letter before the (still continuous) number. */
  sectionPrefixes: boolean;
  /** A page naming each section before its documents. */
  dividerPages: boolean;
}

export interface PlanBundleInput {
  decision: DecisionType;
  caseDetails: BundleCaseDetails;
  documents: BundleDocumentInput[];
  /** Document ids per section in the order the person left them; missing or empty means none saved. */
  savedOrder: Partial<Record<SectionId, string[]>>;
  options: BundleOptions;
}

interface PageBase {
  /** 1-based position in the bundle; equals the PDF page number. */
  number: number;
  /** Exactly what is stamped on the page and written as its /PageLabels entry. */
  label: string;
}

export type BundlePage =
  | (PageBase & { kind: 'cover' })
  | (PageBase & { kind: 'index'; indexPage: number })
  | (PageBase & { kind: 'divider'; sectionId: SectionId })
  | (PageBase & {
      kind: 'document';
      sectionId: SectionId;
      documentId: string;
      /** 1-based page within the document. */
      pageInDocument: number;
      source: BundlePageSource;
      rotation: PageRotation;
    });

export interface PlannedDocument {
  id: string;
  title: string;
  documentDate: IsoDate | null;
  author: string | null;
  category: DocumentCategory | null;
  originalSha256: string;
  sectionId: SectionId;
  pageCount: number;
  firstPage: number;
  lastPage: number;
  /** "12–15" or "B12–B15": what the index shows. */
  rangeText: string;
  /** 'user' when the saved order placed it; 'date' when it was new and slotted in by date. */
  placedBy: 'user' | 'date';
}

export interface PlannedSection {
  id: SectionId;
  title: string;
  /** First page of the section (its divider when there is one). */
  firstPage: number;
  lastPage: number;
  dividerPage: number | null;
  rangeText: string;
  documents: PlannedDocument[];
}

export type IndexRow =
  | { kind: 'section'; sectionId: SectionId; title: string; rangeText: string; targetPage: number; lines: number }
  | {
      kind: 'document';
      documentId: string;
      dateText: string;
      titleLines: string[];
      authorLines: string[];
      rangeText: string;
      targetPage: number;
      lines: number;
    };

export interface BundlePlan {
  caseDetails: BundleCaseDetails;
  options: BundleOptions;
  /** Whether the appeal type has an EHC plan section (not for refusal to assess or to issue). */
  hasPlanSection: boolean;
  sections: PlannedSection[];
  /** Every planned document, in bundle order. */
  documents: PlannedDocument[];
  pages: BundlePage[];
  /** Rows laid out page by page, as the writer must draw them. */
  indexPages: IndexRow[][];
  pageCount: number;
  /** Documents left out because they have no pages. */
  skippedDocumentIds: string[];
  /** Points the research could not confirm (UNCERTAIN in send-appeals.md), for the bundle screen. */
  notes: Warning[];
}

/** Stored size of each page source, for size estimates and splitting. */
export type SourceSizes = Record<string, { bytes: number; pageCount: number }>;
