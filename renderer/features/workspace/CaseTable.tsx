import { Link } from 'react-router';
import type { CaseSummary } from '../../../shared/api/types';
import { formatTimestamp } from '../../components/formatTimestamp';

/** A table of cases: name (a link to the case) and when it last changed. */
export function CaseTable({ caption, cases }: { caption: string; cases: CaseSummary[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Name</th>
          <th scope="col" className="govuk-table__header">Last changed</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {cases.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/cases/${item.id}`}>{item.name}</Link>
            </td>
            <td className="govuk-table__cell">{formatTimestamp(item.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
