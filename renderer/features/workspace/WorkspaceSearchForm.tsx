import { useNavigate } from 'react-router';
import { CASE_FILTERS, type CaseFilter } from '../../../shared/api/workspaceSchemas';
import { FILTER_LABELS } from './caseFilters';

/**
 * Search and filter the appeals. The choice is kept in the address (?q=&show=), so going back to
 * the workspace from a case shows the same results.
 */
export function WorkspaceSearchForm({ search, show }: { search: string; show: CaseFilter }) {
  const navigate = useNavigate();
  return (
    <form
      role="search"
      aria-label="Search and filter your appeals"
      noValidate
      // Keyed by the current search so the boxes show it again after "Clear search".
      key={`${search}|${show}`}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const params = new URLSearchParams();
        const text = form.get('q');
        const q = typeof text === 'string' ? text.trim() : '';
        const chosen = form.get('show');
        const filter = typeof chosen === 'string' ? chosen : 'all';
        if (q) params.set('q', q);
        if (filter !== 'all') params.set('show', filter);
        void navigate({ pathname: '/', search: params.toString() });
      }}
    >
      <div className="app-search">
        <div className="govuk-form-group app-search__text">
          <label className="govuk-label govuk-label--s" htmlFor="case-search">
            Search your appeals
          </label>
          <div id="case-search-hint" className="govuk-hint">
            Child’s name, council or Tribunal reference
          </div>
          <input
            className="govuk-input"
            id="case-search"
            name="q"
            type="search"
            maxLength={120}
            autoComplete="off"
            spellCheck={false}
            defaultValue={search}
            aria-describedby="case-search-hint"
          />
        </div>
        <div className="govuk-form-group app-search__filter">
          <label className="govuk-label govuk-label--s" htmlFor="case-filter">
            Show
          </label>
          <select className="govuk-select" id="case-filter" name="show" defaultValue={show}>
            {CASE_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {FILTER_LABELS[filter]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary app-search__button">
          Search
        </button>
      </div>
    </form>
  );
}
