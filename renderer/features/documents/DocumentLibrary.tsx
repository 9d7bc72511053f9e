import { useState } from 'react';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../shared/api/types';
import { DOCUMENT_CATEGORIES, DOCUMENT_CATEGORY_LABELS } from '../../../shared/domain/documentCategories';
import { formatShortDate } from '../../../shared/domain/dates';
import { PageThumbnail } from './PageThumbnail';

const NOT_CHOSEN = 'none';

/** The case's documents with a first-page picture, filtered by type if the person wants. */
export function DocumentLibrary({ caseId, documents }: { caseId: string; documents: DocumentSummary[] }) {
  const [filter, setFilter] = useState('all');
  const present = DOCUMENT_CATEGORIES.filter((c) => documents.some((d) => d.category === c));
  const shown = documents.filter(
    (d) => filter === 'all' || (filter === NOT_CHOSEN ? d.category === null : d.category === filter),
  );

  if (documents.length === 0) return <p className="govuk-body">You have not added any documents to this appeal yet.</p>;
  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="category-filter">
          Show
        </label>
        <select
          id="category-filter"
          className="govuk-select"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        >
          <option value="all">All documents ({documents.length})</option>
          {present.map((category) => (
            <option key={category} value={category}>
              {DOCUMENT_CATEGORY_LABELS[category]}
            </option>
          ))}
          {documents.some((d) => d.category === null) ? <option value={NOT_CHOSEN}>Type not chosen yet</option> : null}
        </select>
      </div>
      <p className="govuk-body" role="status">
        {filter === 'all' ? '' : `Showing ${String(shown.length)} of ${String(documents.length)} documents.`}
      </p>
      <ul className="govuk-list app-document-list">
        {shown.map((doc) => (
          <li key={doc.id} className="app-document-list__item">
            <PageThumbnail documentId={doc.id} version={doc.updatedAt} pageIndex={0} rotation={0} alt="" />
            <div>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={`/cases/${caseId}/documents/${doc.id}`}>
                  {doc.title}
                </Link>
              </h3>
              <p className="app-case-list__meta">
                {doc.documentDate ? formatShortDate(doc.documentDate) : 'No date'} ·{' '}
                {doc.category ? DOCUMENT_CATEGORY_LABELS[doc.category] : 'Type not chosen yet'} ·{' '}
                {doc.pageCount === 1 ? '1 page' : `${String(doc.pageCount)} pages`}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
