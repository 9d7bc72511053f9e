import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { checkTribunalReference } from '../../../shared/domain/checkTribunalReference';

/** "About this appeal" rows for the council and the Tribunal reference, each with its change page. */
export function CaseDetailsRows({ appeal }: { appeal: CaseDetail }) {
  const referenceWarning = appeal.tribunalReference ? checkTribunalReference(appeal.tribunalReference) : null;
  return (
    <>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Council</dt>
        <dd className="govuk-summary-list__value">{appeal.council ?? 'Not given yet'}</dd>
        <dd className="govuk-summary-list__actions">
          <Link className="govuk-link" to={`/cases/${appeal.id}/council`}>
            Change<span className="govuk-visually-hidden"> council</span>
          </Link>
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Tribunal reference</dt>
        <dd className="govuk-summary-list__value">
          {appeal.tribunalReference ?? 'Not given yet'}
          {referenceWarning ? (
            <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
              <strong className="govuk-tag govuk-tag--yellow">Check this</strong> {referenceWarning}
            </p>
          ) : null}
        </dd>
        <dd className="govuk-summary-list__actions">
          <Link className="govuk-link" to={`/cases/${appeal.id}/reference`}>
            Change<span className="govuk-visually-hidden"> Tribunal reference</span>
          </Link>
        </dd>
      </div>
    </>
  );
}
