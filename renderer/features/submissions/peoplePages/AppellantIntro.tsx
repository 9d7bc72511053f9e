import { Link } from 'react-router';
import type { SubmissionsOverview } from '../../../../shared/api/types';
import { fieldUrl } from '../submissionPaths';

/** Who the law says appeals (send-appeals.md §3), worked out in "start a case" from the date of birth. */
export function AppellantIntro({
  caseId,
  appellant,
}: {
  caseId: string;
  appellant: SubmissionsOverview['known']['appellant'];
}) {
  switch (appellant) {
    case 'youngPerson':
      return (
        <>
          <p className="govuk-body">
            The child is now over compulsory school age, so the law calls them a <strong>young person</strong>. They
            appeal in their own name: they are the person appealing, not their parent.
          </p>
          <p className="govuk-body">
            A parent can still help. They can be the young person’s <strong>representative</strong> (they act for them,
            and the Tribunal writes to them) or a <strong>supporter</strong> (they help them prepare and come to the
            hearing with them). You can give a representative’s details later in these pages.
          </p>
        </>
      );
    case 'alternativePerson':
      return (
        <p className="govuk-body">
          The young person cannot make the decision to appeal themselves, so someone appeals for them in their own name.
          This is the “alternative person”: a deputy appointed by the Court of Protection, or someone with a lasting
          power of attorney, or otherwise usually a parent. They must act in the young person’s best interests.
        </p>
      );
    case 'parent':
      return (
        <p className="govuk-body">
          Until the end of compulsory school age, a parent appeals. A parent here means anyone with parental
          responsibility for the child, or anyone who looks after them.
        </p>
      );
    case null:
      return (
        <p className="govuk-body">
          Who appeals depends on the child’s age.{' '}
          <Link className="govuk-link" to={fieldUrl(caseId, 'facts.dateOfBirth')}>
            Add their date of birth
          </Link>{' '}
          to find out whether you or they should appeal.
        </p>
      );
  }
}
