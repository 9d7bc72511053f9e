import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/api/types';

/**
 * Shown instead of the "write your appeal" pages when there is no Tribunal form to fill in: the
 * interview has not said what was decided yet, or the disagreement goes elsewhere (§2.2, §9).
 */
export function NoTribunalForm({ appeal }: { appeal: CaseDetail }) {
  if (appeal.facts.decisionType === undefined) {
    return (
      <>
        <p className="govuk-body">
          First tell us what the council decided, in “start a case”. That decides which form the Tribunal needs, so the
          questions here can follow it.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${appeal.id}/start`}>
            Start a case: what happened?
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p className="govuk-body">
        There is no Tribunal form for this case. From your answers in “start a case”, this disagreement is not one the
        SEND Tribunal can decide, so there is no appeal form to fill in here.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${appeal.id}/start/result`}>
          See your result: where this disagreement can go instead
        </Link>
      </p>
    </>
  );
}
