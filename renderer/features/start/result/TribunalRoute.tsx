import type { CaseAssessment } from '../../../../shared/domain/assessCase';
import type { AppealClassification } from '../../../../shared/domain/classifyAppeal';
import type { AppellantResult } from '../../../../shared/domain/computeAppellant';
import type { LetterCheckResult } from '../../../../shared/domain/checkDecisionLetter';
import { formatDateForHumans } from '../../../../shared/domain/dates';
import { Details } from '../fields';

const WHO_APPEALS: Record<NonNullable<AppellantResult['appellant']>, string> = {
  parent: 'You, the parent, in your own name',
  youngPerson: 'The young person, in their own name',
  alternativePerson: 'An “alternative person” (usually the parent), in their own name',
};

const PARENT_ROLE: Record<NonNullable<AppellantResult['parentRole']>, string> = {
  appellant: 'You are the appellant.',
  representativeOrSupporter: 'You can help as their representative or supporter.',
  usuallyAlternativePerson: 'Usually you, unless there is a deputy or attorney.',
};

function certificateText(classification: AppealClassification, certificateDate: string | undefined): string {
  if (classification.certificate === 'exempt') {
    return 'Not needed – your appeal is only about the school or type of school (Section I), and those appeals do not need a mediation certificate.';
  }
  return certificateDate === undefined
    ? 'Needed – you do not have one yet'
    : `Needed – you have one, issued on ${formatDateForHumans(certificateDate)}`;
}

interface TribunalRouteProps {
  assessment: CaseAssessment;
  classification: AppealClassification;
  certificateDate: string | undefined;
}

/** Where to appeal, which form, whether a certificate is needed, and why. */
export function TribunalRoute({ assessment, classification, certificateDate }: TribunalRouteProps) {
  return (
    <section aria-labelledby="route-heading">
      <h2 className="govuk-heading-m" id="route-heading">
        Where to appeal and which form to use
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Where</dt>
          <dd className="govuk-summary-list__value">
            The SEND Tribunal (First-tier Tribunal, Special Educational Needs and Disability)
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Form</dt>
          <dd className="govuk-summary-list__value">{classification.form}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Mediation certificate</dt>
          <dd className="govuk-summary-list__value">{certificateText(classification, certificateDate)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Health and social care recommendations</dt>
          <dd className="govuk-summary-list__value">
            {classification.recommendationsAvailable ? 'You can ask for them' : 'Not available for this appeal'}
          </dd>
        </div>
      </dl>
      <h3 className="govuk-heading-s">Why</h3>
      <ul className="govuk-list govuk-list--bullet">
        {classification.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <Details summary="What are SEND35 and a mediation certificate?">
        <p className="govuk-body">
          <strong>SEND35</strong> is the Tribunal’s appeal form. <strong>SEND35a</strong> is the version for appeals
          against a refusal to carry out an EHC needs assessment. Both are free and on GOV.UK.
        </p>
        <p className="govuk-body">
          A <strong>mediation certificate</strong> comes from the mediation adviser named in the council’s letter. It
          shows you have considered mediation. You do not have to agree to mediation to get one.
        </p>
      </Details>
      {assessment.appellant ? <WhoAppeals appellant={assessment.appellant} /> : null}
      {assessment.letterCheck ? <LetterGaps letterCheck={assessment.letterCheck} /> : null}
    </section>
  );
}

function WhoAppeals({ appellant }: { appellant: AppellantResult }) {
  return (
    <>
      <h2 className="govuk-heading-m">Who appeals</h2>
      {appellant.appellant ? (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Appellant</dt>
            <dd className="govuk-summary-list__value">{WHO_APPEALS[appellant.appellant]}</dd>
          </div>
          {appellant.parentRole ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Your part</dt>
              <dd className="govuk-summary-list__value">{PARENT_ROLE[appellant.parentRole]}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {appellant.messages.map((message) => (
        <p className="govuk-body" key={message}>
          {message}
        </p>
      ))}
      {appellant.capacityQuestions.length > 0 ? (
        <Details summary="Questions to go through together">
          <ul className="govuk-list govuk-list--bullet">
            {appellant.capacityQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </Details>
      ) : null}
    </>
  );
}

function LetterGaps({ letterCheck }: { letterCheck: LetterCheckResult }) {
  if (letterCheck.missing.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">What the decision letter left out</h2>
      <p className="govuk-body">
        This does not stop you appealing. If your appeal ends up late, these gaps are possible grounds for extra time.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {letterCheck.missing.map((item) => (
          <li key={item.id}>{item.explanation}</li>
        ))}
      </ul>
      <Details summary="Sentences you could use if your appeal is late">
        <ul className="govuk-list govuk-list--bullet">
          {letterCheck.lateAppealLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Details>
    </>
  );
}
