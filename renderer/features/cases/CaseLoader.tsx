import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { useCase } from './useCases';

/** Loads the case named in the address, then renders the page for it. */
export function CaseLoader({ children }: { children: (appeal: CaseDetail) => ReactNode }) {
  const id = useParams().caseId ?? '';
  const found = useCase(id);
  if (found.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  if (found.isError) {
    return (
      <Page title="We could not open this appeal">
        <ProblemPanel error={found.error} />
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to your appeals
          </Link>
        </p>
      </Page>
    );
  }
  // Keyed by case so a form's starting values are read again if another case is opened.
  return <div key={found.data.id}>{children(found.data)}</div>;
}
