import { ApiError } from '../api/ApiError';

/** Shows a failed call in plain English, with the reference to quote if there is one. */
export function ProblemPanel({ error }: { error: unknown }) {
  const shape = error instanceof ApiError ? error.shape : undefined;
  return (
    <div className="govuk-error-summary" role="alert" tabIndex={-1}>
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{shape?.message ?? 'Something went wrong. Your saved work is safe. Try again.'}</p>
        {shape?.reference ? <p className="govuk-body">Reference: {shape.reference}</p> : null}
      </div>
    </div>
  );
}
