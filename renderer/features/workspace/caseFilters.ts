import { CASE_FILTERS, type CaseFilter } from '../../../shared/api/workspaceSchemas';

/** The choices in the "Show" list, in plain words. */
export const FILTER_LABELS: Record<CaseFilter, string> = {
  all: 'All appeals',
  active: 'Active appeals',
  archived: 'Archived appeals',
  dueSoon: 'Last day to appeal within 14 days',
  late: 'Last day to appeal has passed',
};

/** Reads the filter from the address, falling back to all appeals for anything unexpected. */
export function toCaseFilter(value: string | null): CaseFilter {
  return CASE_FILTERS.find((filter) => filter === value) ?? 'all';
}
