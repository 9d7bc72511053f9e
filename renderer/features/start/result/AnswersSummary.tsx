import { Link } from 'react-router';
import type { CaseAssessment } from '../../../../shared/domain/assessCase';
import type { CaseFacts } from '../../../../shared/domain/caseFacts';
import { formatDateForHumans, isIsoDate, type IsoDate } from '../../../../shared/domain/dates';
import { certificateAnswer, journey, startUrl, type StepId } from '../flow';
import { decisionLabel } from '../labels';

const NOT_ANSWERED = 'Not answered yet';

function date(value: IsoDate | undefined): string {
  if (value === undefined) return NOT_ANSWERED;
  return isIsoDate(value) ? formatDateForHumans(value) : value;
}

function sectionsText(facts: CaseFacts): string {
  const s = facts.sections;
  if (s === undefined) return NOT_ANSWERED;
  const parts: string[] = [];
  if (s.b === true) parts.push('Section B (needs)');
  if (s.f === true) parts.push('Section F (provision)');
  if (s.i === 'namedSchoolOrType') parts.push('Section I (the school or type named)');
  if (s.i === 'noSchoolNamed') parts.push('Section I (no school named)');
  return parts.length === 0 ? 'None' : parts.join(', ');
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? NOT_ANSWERED : value ? 'Yes' : 'No';
}

const ROW_NAMES: Record<StepId, string> = {
  decision: 'What the council decided',
  sections: 'Parts of the plan you disagree with',
  otherDecision: 'Also have a decision you can appeal',
  decisionDate: 'Date on the decision letter',
  certificate: 'Mediation certificate',
  dateOfBirth: 'Date of birth',
  capacity: 'Young person can decide to appeal',
  letter: 'Decision letter check',
};

function answerText(step: StepId, facts: CaseFacts, assessment: CaseAssessment): string {
  switch (step) {
    case 'decision':
      return facts.decisionType === undefined ? NOT_ANSWERED : decisionLabel(facts.decisionType);
    case 'sections':
      return sectionsText(facts);
    case 'otherDecision':
      return yesNo(facts.alsoHasAppealableDecision);
    case 'decisionDate':
      return date(facts.decisionDate);
    case 'certificate': {
      const answer = certificateAnswer(facts);
      if (answer === 'yes') return `Yes, issued on ${date(facts.certificateDate)}`;
      return answer === 'no' ? 'Not yet' : NOT_ANSWERED;
    }
    case 'dateOfBirth':
      return date(facts.dateOfBirth);
    case 'capacity':
      return facts.youngPersonHasCapacity === 'unsure' ? 'Not sure' : yesNo(facts.youngPersonHasCapacity);
    case 'letter': {
      const items = assessment.letterCheck?.items.filter((item) => item.status !== 'notApplicable') ?? [];
      if (items.some((item) => item.status === 'notAnswered')) return NOT_ANSWERED;
      const included = items.filter((item) => item.status === 'included').length;
      return `It says ${included} of the ${items.length} things it should`;
    }
  }
}

/** Every answer with a "Change" link back to its question. */
export function AnswersSummary({
  caseId,
  facts,
  today,
  assessment,
}: {
  caseId: string;
  facts: CaseFacts;
  today: IsoDate;
  assessment: CaseAssessment;
}) {
  return (
    <section aria-labelledby="answers-heading">
      <h2 className="govuk-heading-m" id="answers-heading">
        Your answers
      </h2>
      <dl className="govuk-summary-list">
        {journey(facts, today, assessment).map((step) => (
          <div className="govuk-summary-list__row" key={step}>
            <dt className="govuk-summary-list__key">{ROW_NAMES[step]}</dt>
            <dd className="govuk-summary-list__value">{answerText(step, facts, assessment)}</dd>
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={startUrl(caseId, step, true)}>
                Change<span className="govuk-visually-hidden"> {ROW_NAMES[step].toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
