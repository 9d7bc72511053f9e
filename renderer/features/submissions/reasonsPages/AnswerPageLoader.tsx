import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import type { SubmissionPageId } from '../../../../shared/submissions/submissionPages';
import { Page } from '../../../components/Page';
import { appealHubUrl } from '../submissionPaths';
import { SubmissionsLoader } from '../SubmissionsLoader';

interface AnswerPageLoaderProps {
  page: SubmissionPageId;
  children: (appeal: CaseDetail, overview: SubmissionsOverview) => ReactNode;
}

/**
 * Loads the answers, then shows the page only if it applies to this appeal (submissionPages.ts):
 * an old bookmark to, say, Section I after the case changed says so instead of asking.
 */
export function AnswerPageLoader({ page, children }: AnswerPageLoaderProps) {
  return (
    <SubmissionsLoader>
      {(appeal, overview) =>
        overview.pages.some((p) => p.id === page) ? (
          children(appeal, overview)
        ) : (
          <Page title="This question is not part of your appeal" caption={appeal.name}>
            <p className="govuk-body">
              From what you told us about the decision, the Tribunal does not need this for your appeal.
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to={appealHubUrl(appeal.id)}>
                Go to write your appeal
              </Link>
            </p>
          </Page>
        )
      }
    </SubmissionsLoader>
  );
}
