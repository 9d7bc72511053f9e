import { Link } from 'react-router';
import { Page } from './Page';

export function NotFoundScreen() {
  return (
    <Page title="We could not find that page">
      <p className="govuk-body">It may have been deleted, or the link may be wrong.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your appeals
        </Link>
      </p>
    </Page>
  );
}
