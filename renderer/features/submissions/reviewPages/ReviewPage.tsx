import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../../../components/Page';

interface ReviewPageProps {
  title: string;
  /** The case's name. */
  caption: string;
  back: string;
  children: ReactNode;
}

/** A "write your appeal" review page: Back link, case name as caption, then the heading (GOV.UK order). */
export function ReviewPage({ title, caption, back, children }: ReviewPageProps) {
  return (
    <Page title={title} headingInContent>
      <Link to={back} className="govuk-back-link">
        Back
      </Link>
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </Page>
  );
}
