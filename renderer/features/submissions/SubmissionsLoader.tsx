import type { ReactNode } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../shared/api/types';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { CaseLoader } from '../cases/CaseLoader';
import { useSubmissions } from './useSubmissions';

type Render = (appeal: CaseDetail, overview: SubmissionsOverview) => ReactNode;

/** Loads the case named in the address and its written-submission answers, then renders the page. */
export function SubmissionsLoader({ children }: { children: Render }) {
  return <CaseLoader>{(appeal) => <WithOverview appeal={appeal}>{children}</WithOverview>}</CaseLoader>;
}

function WithOverview({ appeal, children }: { appeal: CaseDetail; children: Render }) {
  const overview = useSubmissions(appeal.id);
  if (overview.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  if (overview.isError) {
    return (
      <Page title="We could not open your appeal answers">
        <ProblemPanel error={overview.error} />
      </Page>
    );
  }
  return <>{children(appeal, overview.data)}</>;
}
