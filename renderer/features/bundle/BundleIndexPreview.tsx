import type { BundlePreview } from '../../../shared/api/types';

/** The index exactly as the PDF prints it: the same rows, wrapped lines, dates and page ranges. */
export function BundleIndexPreview({ plan }: { plan: BundlePreview }) {
  const rows = plan.indexPages.flat();
  return (
    <table className="govuk-table app-bundle-index">
      <caption className="govuk-table__caption govuk-table__caption--s">
        The index as it will be printed ({plan.indexPages.length === 1 ? '1 page' : `${plan.indexPages.length} pages`},
        after the cover)
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Date
          </th>
          <th scope="col" className="govuk-table__header">
            Document
          </th>
          <th scope="col" className="govuk-table__header">
            Author
          </th>
          <th scope="col" className="govuk-table__header">
            Pages
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) =>
          row.kind === 'section' ? (
            <tr className="govuk-table__row" key={`section-${row.sectionId}`}>
              <th scope="colgroup" colSpan={3} className="govuk-table__header">
                {row.title}
              </th>
              <td className="govuk-table__cell govuk-!-font-weight-bold">{row.rangeText}</td>
            </tr>
          ) : (
            <tr className="govuk-table__row" key={row.documentId}>
              <td className="govuk-table__cell">{row.dateText}</td>
              <td className="govuk-table__cell">{row.titleLines.join(' ')}</td>
              <td className="govuk-table__cell">{row.authorLines.join(' ')}</td>
              <td className="govuk-table__cell">{row.rangeText}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
