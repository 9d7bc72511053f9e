import { CaseLoader } from '../cases/CaseLoader';
import { DateQuestion } from './DateQuestion';
import { Details } from './fields';

export function DateOfBirthQuestion() {
  return (
    <CaseLoader>
      {(appeal) => (
        <DateQuestion
          appeal={appeal}
          step="dateOfBirth"
          field="dateOfBirth"
          id="date-of-birth"
          question="What is the child’s or young person’s date of birth?"
          what="the date of birth"
          hint="For example, 14 9 2012"
        >
          <Details summary="Why we need this">
            <p className="govuk-body">
              Age decides who makes the appeal. Until the end of compulsory school age (the last Friday in June of the
              school year they turn 16) the parent appeals. After that they are a “young person” in the law, and the
              appeal is theirs to make, with your help if they want it.
            </p>
          </Details>
        </DateQuestion>
      )}
    </CaseLoader>
  );
}
