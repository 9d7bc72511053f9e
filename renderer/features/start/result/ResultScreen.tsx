import { useMemo } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/api/types';
import { assessCase } from '../../../../shared/domain/assessCase';
import { Page } from '../../../components/Page';
import { CaseLoader } from '../../cases/CaseLoader';
import { firstUnanswered, journey, startUrl } from '../flow';
import { useToday } from '../useStart';
import { WarningText } from '../../../components/WarningText';
import { AnswersSummary } from './AnswersSummary';
import { DeadlineSection, MediationContactSection } from './DeadlineSection';
import { HelpOrganisations, OtherRoutes } from './OtherRoutes';
import { TribunalRoute } from './TribunalRoute';

export function ResultScreen() {
  return <CaseLoader>{(appeal) => <Result appeal={appeal} />}</CaseLoader>;
}

function Result({ appeal }: { appeal: CaseDetail }) {
  const today = useToday();
  const { facts } = appeal;
  const assessment = useMemo(() => assessCase(facts, today), [facts, today]);
  const steps = journey(facts, today, assessment);
  const lastStep = steps[steps.length - 1] ?? 'decision';
  const next = firstUnanswered(facts, today);
  const { classification, deadline, mediationContact, signposting, notices } = assessment;
  const [mainNotice, ...otherNotices] = notices;

  const warningText = (code: string) => assessment.warnings.find((w) => w.code === code)?.message;
  // Shown beside the date or route they are about, so not repeated in the general list.
  const shownElsewhere = new Set([
    'receivedBy5pm',
    'mediationContactNoExtraTime',
    ...(signposting?.routes.flatMap((route) => (route.uncertain ? [route.uncertain.code] : [])) ?? []),
  ]);
  const warnings = assessment.warnings.filter((w) => !shownElsewhere.has(w.code));

  return (
    <Page title="Your result" headingInContent>
      <Link to={startUrl(appeal.id, lastStep)} className="govuk-back-link">
        Back
      </Link>
      <span className="govuk-caption-l">{appeal.name}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Your result
      </h1>
      {mainNotice ? <div className="govuk-inset-text">{mainNotice}</div> : null}

      {next !== undefined ? (
        <div className="govuk-!-margin-bottom-6">
          <WarningText>Some questions are not answered yet, so this result may change.</WarningText>
          <ul className="govuk-list govuk-list--bullet">
            {assessment.stillToAnswer.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
          <Link to={startUrl(appeal.id, next)} className="govuk-button" draggable={false}>
            Continue answering
          </Link>
        </div>
      ) : null}

      {assessment.validation.length > 0 ? (
        <section aria-labelledby="dates-heading">
          <h2 className="govuk-heading-m" id="dates-heading">
            Check these dates
          </h2>
          {assessment.validation.map((issue) => (
            <WarningText key={issue.field + issue.code}>{issue.message}</WarningText>
          ))}
        </section>
      ) : null}

      {classification?.route === 'tribunal' ? (
        <>
          {deadline ? (
            <DeadlineSection
              caseId={appeal.id}
              deadline={deadline}
              receivedByWarning={warningText('receivedBy5pm')}
              certificateExempt={classification.certificate === 'exempt'}
            />
          ) : (
            <p className="govuk-body">We need the date on the decision letter to work out your deadline.</p>
          )}
          {mediationContact ? (
            <MediationContactSection contact={mediationContact} warning={warningText('mediationContactNoExtraTime')} />
          ) : null}
          <NextSteps steps={assessment.nextSteps} />
          <TribunalRoute
            assessment={assessment}
            classification={classification}
            certificateDate={facts.certificateDate}
          />
        </>
      ) : null}
      {classification?.route === 'other' ? (
        <>
          <OtherRoutes classification={classification} signposting={signposting} />
          <NextSteps steps={assessment.nextSteps} />
        </>
      ) : null}
      {classification === null ? <NextSteps steps={assessment.nextSteps} /> : null}

      {warnings.length > 0 ? (
        <section aria-labelledby="warnings-heading">
          <h2 className="govuk-heading-m" id="warnings-heading">
            Things to check
          </h2>
          {warnings.map((warning) => (
            <WarningText key={warning.code}>{warning.message}</WarningText>
          ))}
        </section>
      ) : null}

      <HelpOrganisations organisations={assessment.helpOrganisations} />
      <AnswersSummary caseId={appeal.id} facts={facts} today={today} assessment={assessment} />

      <h2 className="govuk-heading-m">About this information</h2>
      {otherNotices.map((notice) => (
        <p className="govuk-body-s" key={notice}>
          {notice}
        </p>
      ))}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${appeal.id}`}>
          Go to this appeal
        </Link>
      </p>
    </Page>
  );
}

/** "What to do next this week": placed straight after the answer it depends on. */
function NextSteps({ steps }: { steps: string[] }) {
  return (
    <section aria-labelledby="next-steps-heading">
      <h2 className="govuk-heading-m" id="next-steps-heading">
        What to do next this week
      </h2>
      <ol className="govuk-list govuk-list--number">
        {steps.map((stepText) => (
          <li key={stepText}>{stepText}</li>
        ))}
      </ol>
    </section>
  );
}
