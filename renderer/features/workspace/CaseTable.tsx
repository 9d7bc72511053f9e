import { Link } from 'react-router';
import type { CaseSummary } from '../../../shared/api/types';
import { formatTimestamp } from '../../components/formatTimestamp';
import { todayInEngland } from '../../components/todayInEngland';
import { DeadlineCell } from './DeadlineCell';

/** A table of cases, soonest deadline first: name (a link to the case), last day to appeal, last change. */
export function CaseTable({ caption, cases }: { caption: string; cases: CaseSummary[] }) {
  const today = todayInEngland();
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Last day to appeal
          </th>
          <th scope="col" className="govuk-table__header">
            Last changed
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {cases.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/cases/${item.id}`}>
                {item.name}
              </Link>
            </td>
            <td className="govuk-table__cell">
              <DeadlineCell deadline={item.deadline} today={today} />
            </td>
            <td className="govuk-table__cell">{formatTimestamp(item.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
