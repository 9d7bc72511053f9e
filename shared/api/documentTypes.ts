// Output types of the documents namespace (re-exported by types.ts). Plain, serialisable objects;
// Uint8Arrays cross IPC as bytes and the browser harness encodes them the same way.
import type { IsoDate } from '../domain/dates';
import type { DocumentCategory } from '../domain/documentCategories';

/** One document in a case's library. */
export interface DocumentSummary {
  id: string;
  caseId: string;
  /** The name of the file it was imported from. */
  fileName: string;
  title: string;
  /** The date written on the document, if known. */
  documentDate: IsoDate | null;
  /** Who wrote it, or their profession. */
  author: string | null;
  category: DocumentCategory | null;
  notes: string | null;
  pageCount: number;
  /** ISO-8601 UTC timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** One page as it will appear in the bundle. */
export interface DocumentPage {
  pageIndex: number;
  /** The person's extra turn, clockwise in degrees (0, 90, 180 or 270), on top of the page as drawn. */
  rotation: number;
  /** Size of the page as drawn before that turn (PDF points or image pixels): its shape. */
  width: number;
  height: number;
}

export interface DocumentDetail extends DocumentSummary {
  pages: DocumentPage[];
  /** True when pages were turned or removed since import, so "undo all page changes" applies. */
  pagesChanged: boolean;
}

/** What happened to one imported file. Every outcome is normal; none is an error. */
export type ImportOutcome =
  | { kind: 'imported'; document: DocumentSummary; notes: string[] }
  /** The same file is already in this case; import again with allowDuplicate to keep both. */
  | { kind: 'duplicate'; existing: { id: string; title: string }; message: string }
  /** A PDF that needs a password to open; wrongPassword when the one given did not work. */
  | { kind: 'needsPassword'; wrongPassword: boolean; message: string }
  | { kind: 'refused'; message: string };

/** A small picture of a page, before the person's rotation (the screen turns it). */
export interface PageThumbnail {
  png: Uint8Array;
  width: number;
  height: number;
}
