// Output types of the bundle namespace (re-exported by types.ts). Plain, serialisable objects.
import type { BundleCheck } from '../bundle/checkBundle';
import type { BundlePlan } from '../bundle/bundleTypes';

/** The plan without its page-by-page list: everything the bundle screen shows. */
export type BundlePreview = Omit<BundlePlan, 'pages'>;

export interface BundleSettings {
  sectionPrefixes: boolean;
  dividerPages: boolean;
  /** Largest email the person can send, in megabytes (1 MB = 1,048,576 bytes). */
  emailBudgetMb: number;
}

/** One email-sized part, as a split export would write it. */
export interface BundlePartPreview {
  number: number;
  total: number;
  rangeText: string;
  estimatedBytes: number;
  emailSubject: string;
}

export interface BundleOverview {
  caseId: string;
  plan: BundlePreview;
  checks: BundleCheck[];
  /** True when nothing blocking is left (the decision letter is there). */
  ready: boolean;
  settings: BundleSettings;
  estimatedBytes: number;
  /** How a split export would divide the bundle under the email budget. */
  parts: BundlePartPreview[];
}

export interface ExportedFile {
  fileName: string;
  /** Fingerprint of the file as written, so the family can show exactly what they sent. */
  sha256: string;
  bytes: number;
  pageCount: number;
  /** For a part of a split bundle: the subject line to use when emailing it. */
  emailSubject: string | null;
}

/** One export in the case history. */
export interface ExportRecord {
  id: string;
  caseId: string;
  kind: 'bundle';
  /** ISO-8601 UTC timestamp. */
  createdAt: string;
  split: boolean;
  /** Pages in the bundle (a split export adds one "Part n of N" page to each part). */
  pageCount: number;
  documentIds: string[];
  files: ExportedFile[];
}

export type ExportStart = { started: true; exportId: string } | { started: false };

export type ExportPhase = 'preparing' | 'copying' | 'stamping' | 'saving' | 'writing';

export type ExportStatus =
  | { state: 'running'; phase: ExportPhase; percent: number; part: { number: number; total: number } | null }
  | { state: 'done'; record: ExportRecord }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };
