import type { CaseFilter } from '../../../shared/api/workspaceSchemas';
import { Link } from 'react-router';
import { ProblemPanel } from '../../components/ProblemPanel';
import { CaseTable } from './CaseTable';
import { FILTER_LABELS } from './caseFilters';
import { useCaseSearch } from './useCaseSearch';

/** The appeals that match a search or filter, with the count announced to screen readers. */
export function SearchResults({ search, show }: { search: string; show: CaseFilter }) {
  const results = useCaseSearch(search, show);
  const count = results.data?.length;
  const what = [search ? `matching “${search}”` : '', show === 'all' ? '' : `in ${FILTER_LABELS[show].toLowerCase()}`]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      {results.isError ? <ProblemPanel error={results.error} /> : null}
      <p className="govuk-body" role="status">
        {count === undefined
          ? 'Searching…'
          : `${count === 0 ? 'No' : String(count)} ${count === 1 ? 'appeal' : 'appeals'} found ${what}.`}
      </p>
      {count ? <CaseTable caption="Appeals found" cases={results.data ?? []} /> : null}
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Clear search and show all appeals
        </Link>
      </p>
    </>
  );
}
