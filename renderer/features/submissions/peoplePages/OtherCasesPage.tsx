import { useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { TextArea } from '../../../components/TextArea';
import { Radios } from '../../start/fields';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';
import { useTextAnswers } from './useTextAnswers';
import { fromYesNo, toYesNo, yesNoChoices, type YesNo } from './yesNo';

/** Other SEND appeals and court cases about the same child (questions on the Tribunal's form, anchors.md §1a). */
export function OtherCasesPage() {
  return (
    <SubmissionsLoader>
      {(appeal, overview) => <OtherCasesForm appeal={appeal} overview={overview} />}
    </SubmissionsLoader>
  );
}

function OtherCasesForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('otherCases', appeal, overview);
  const saved = page.answers.otherAppeals ?? {};
  const [otherAppeals, setOtherAppeals] = useState(toYesNo(saved.hasOtherAppeals));
  const [courtCases, setCourtCases] = useState(toYesNo(saved.hasCourtCases));
  const { values, bind } = useTextAnswers({
    otherAppealsDetails: saved.otherAppealsDetails,
    courtCasesDetails: saved.courtCasesDetails,
  });
  const who = overview.known.appellant === 'youngPerson' ? 'young person' : 'child';
  const error = (id: string) => errorFor(page.errors, id);
  // Details only count with "yes": after "no" they would contradict the answer in the documents.
  const detailsIfYes = (answer: YesNo | undefined, details: string) =>
    answer === 'yes' ? optionalText(details) : undefined;

  const onSubmit = () =>
    page.submit({
      ...page.answers,
      otherAppeals: {
        hasOtherAppeals: fromYesNo(otherAppeals),
        otherAppealsDetails: detailsIfYes(otherAppeals, values.otherAppealsDetails),
        hasCourtCases: fromYesNo(courtCases),
        courtCasesDetails: detailsIfYes(courtCases, values.courtCasesDetails),
      },
    });

  return (
    <AnswerForm appeal={appeal} page={page} title="Other appeals and court cases" onSubmit={onSubmit}>
      <p className="govuk-body">
        The Tribunal’s form asks about any other appeal or court case about the {who}, so that it knows about them when
        it deals with this appeal.
      </p>
      <Radios
        id="otherAppeals-hasOtherAppeals"
        legend={`Is there any other appeal to the SEND Tribunal about this ${who}?`}
        hint="For example, an appeal about a different decision that has not been decided yet."
        error={error('otherAppeals-hasOtherAppeals')}
        value={otherAppeals}
        onChange={setOtherAppeals}
        choices={yesNoChoices(
          <TextArea
            id="otherAppeals-otherAppealsDetails"
            label="Tell us about the other appeal"
            hint="The Tribunal’s reference if you have it, what the appeal is about and when it was made."
            error={error('otherAppeals-otherAppealsDetails')}
            rows={4}
            {...bind('otherAppealsDetails')}
          />,
        )}
      />
      <Radios
        id="otherAppeals-hasCourtCases"
        legend={`Is there any court case about this ${who}?`}
        hint="For example, a family court case about who they live with."
        error={error('otherAppeals-hasCourtCases')}
        value={courtCases}
        onChange={setCourtCases}
        choices={yesNoChoices(
          <TextArea
            id="otherAppeals-courtCasesDetails"
            label="Tell us about the court case"
            hint="Which court, what the case is about, and any case number."
            error={error('otherAppeals-courtCasesDetails')}
            rows={4}
            {...bind('courtCasesDetails')}
          />,
        )}
      />
    </AnswerForm>
  );
}
