import { Link } from 'react-router';

export interface KnownAnswer {
  question: string;
  /** The answer as given elsewhere, or undefined when it has not been given yet. */
  answer: string | undefined;
  /** Where it is asked (and changed). */
  href: string;
  /** Completes "Change …" for screen readers, e.g. "date of birth". */
  what: string;
}

/**
 * Answers given elsewhere in the app (the "start a case" facts, the case details), shown rather than
 * asked again, each with a link to where it is changed.
 */
export function KnownAnswers({ rows }: { rows: KnownAnswer[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.question}>
          <dt className="govuk-summary-list__key">{row.question}</dt>
          <dd className="govuk-summary-list__value">{row.answer ?? 'Not given yet'}</dd>
          <dd className="govuk-summary-list__actions">
            <Link className="govuk-link" to={row.href}>
              {row.answer === undefined ? 'Add' : 'Change'}
              <span className="govuk-visually-hidden"> {row.what}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
