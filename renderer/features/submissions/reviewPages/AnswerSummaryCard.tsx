import { Link } from 'react-router';
import type { PageSummary } from '../../../../shared/submissions/summariseAnswers';
import { changeUrl } from './changeUrl';

/** One page's answers as a GOV.UK summary card, each row with its own "Change" link. */
export function AnswerSummaryCard({ caseId, summary }: { caseId: string; summary: PageSummary }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{summary.title}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {summary.rows.map((row, rowIndex) => (
            // Two people may share a name, so rows are keyed by position (they never reorder here).
            <div className="govuk-summary-list__row" key={rowIndex}>
              <dt className="govuk-summary-list__key">{row.label}</dt>
              <dd className="govuk-summary-list__value app-answer-value">
                {row.value.map((line, index) => (
                  <p className="govuk-body" key={index}>
                    {line}
                  </p>
                ))}
              </dd>
              <dd className="govuk-summary-list__actions">
                <Link className="govuk-link" to={changeUrl(caseId, row.change)}>
                  Change
                  <span className="govuk-visually-hidden">
                    {' '}
                    {row.changeText} ({summary.title})
                  </span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
