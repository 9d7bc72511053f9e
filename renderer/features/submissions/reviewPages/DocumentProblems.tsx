import { Link } from 'react-router';
import type { SubmissionProblem } from '../../../../shared/submissions/documentModel';
import { findProblemPage } from '../../../../shared/submissions/findProblemPage';
import { WarningText } from '../../../components/WarningText';
import { pageUrl } from '../submissionPaths';

const KIND_TEXT: Record<SubmissionProblem['kind'], string> = {
  citationRemoved: 'Reference to a removed document',
  citationPageOutOfRange: 'Page number to check',
  vagueWording: 'Wording to make clearer',
};

/**
 * References that no longer point at the bundle and vague Section F wording (§10), each linked to
 * the page that fixes it. A warning, not a block: the family may still save their documents.
 */
export function DocumentProblems({ caseId, problems }: { caseId: string; problems: readonly SubmissionProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="problems-heading">
      <h2 className="govuk-heading-m" id="problems-heading">
        Check these before you send anything
      </h2>
      <WarningText>
        {problems.length === 1 ? 'This needs' : `These ${problems.length} things need`} a second look. You can still
        create your documents, but the Tribunal will read them as written.
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {problems.map((problem) => {
          const page = findProblemPage(problem);
          return (
            <li key={`${problem.kind}|${problem.where}|${problem.message}`}>
              <strong>{KIND_TEXT[problem.kind]}</strong> in{' '}
              {page === null ? (
                problem.where
              ) : (
                <Link className="govuk-link" to={pageUrl(caseId, page, true)}>
                  {problem.where}
                </Link>
              )}
              : {problem.message}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
