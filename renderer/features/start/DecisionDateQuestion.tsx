import { CaseLoader } from '../cases/CaseLoader';
import { DateQuestion } from './DateQuestion';
import { Details } from './fields';

export function DecisionDateQuestion() {
  return (
    <CaseLoader>
      {(appeal) => (
        <DateQuestion
          appeal={appeal}
          step="decisionDate"
          field="decisionDate"
          id="decision-date"
          question="What date is on the decision letter?"
          what="the date on the decision letter"
          hint={
            appeal.facts.decisionType === 'contents'
              ? 'Use the date on the letter that came with the final EHC plan. For example, 27 3 2025'
              : 'It is usually near the top of the letter. For example, 27 3 2025'
          }
        >
          <Details summary="Why we need this date">
            <p className="govuk-body">
              Your time to appeal is counted from the date on the council’s decision letter. We use it to work out your
              deadline and the last day to contact the mediation adviser.
            </p>
            <p className="govuk-body">
              If the letter arrived much later than the date printed on it, keep the envelope or email – it may help if
              you need more time.
            </p>
          </Details>
        </DateQuestion>
      )}
    </CaseLoader>
  );
}
