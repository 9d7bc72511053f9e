import { Link } from 'react-router';
import type { MissingAnswer } from '../../../../shared/submissions/listMissingAnswers';
import { fieldUrl } from '../submissionPaths';

/** The answers the Tribunal needs that are still missing (§4), each a link to where it is asked. */
export function MissingAnswers({ caseId, missing }: { caseId: string; missing: readonly MissingAnswer[] }) {
  if (missing.length === 0) {
    return (
      <div className="govuk-inset-text">
        You have given every answer the Tribunal’s form needs. Check them below before you create your documents.
      </div>
    );
  }
  return (
    <section aria-labelledby="missing-heading">
      <h2 className="govuk-heading-m" id="missing-heading">
        Answers still needed
      </h2>
      <p className="govuk-body">
        The Tribunal needs {missing.length === 1 ? 'this answer' : `these ${missing.length} answers`} to register your
        appeal. Until then your documents say “Not answered yet” in {missing.length === 1 ? 'its place' : 'their place'}
        .
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {missing.map((item) => (
          <li key={item.field}>
            <Link className="govuk-link" to={fieldUrl(caseId, item.field)}>
              {item.question}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
