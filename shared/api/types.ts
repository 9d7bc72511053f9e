// Output types: what services return and the renderer shows. Plain, serialisable objects.

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
}

export type CaseDetail = CaseSummary;
