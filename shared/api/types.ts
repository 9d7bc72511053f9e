// Output types: what services return and the renderer shows. Plain, serialisable objects.
import type { CaseFacts } from '../domain/caseFacts';

export type CaseId = string;

/** One family's appeal, as listed in the workspace. */
export interface CaseSummary {
  id: CaseId;
  name: string;
  /** ISO-8601 UTC timestamps. */
  createdAt: string;
  updatedAt: string;
  /** When the case was archived, or null while it is active. */
  archivedAt: string | null;
  /** Last day to appeal (YYYY-MM-DD), once the answers allow it to be worked out. */
  deadline: string | null;
  /** The council that made the decision, as the family or adviser wrote it. */
  council: string | null;
  /** The Tribunal's case reference, e.g. EH936/23/00567, once the appeal is registered. */
  tribunalReference: string | null;
}

/** A case with everything the family has told us so far. */
export interface CaseDetail extends CaseSummary {
  facts: CaseFacts;
}

/** Where an exported file was saved, or that the person closed the save window. */
export type SaveOutcome = { saved: true; fileName: string } | { saved: false };
export type * from './documentTypes';
export type * from './workspaceTypes';
export type * from './bundleApiTypes';
export type * from './handoverTypes';
export type * from './submissionTypes';
export type * from './lockTypes';
