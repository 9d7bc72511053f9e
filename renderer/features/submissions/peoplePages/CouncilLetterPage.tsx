import { useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { DateInput } from '../../start/DateInput';
import { toDateParts, type DatePart } from '../../start/dateParts';
import { Radios } from '../../start/fields';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { AppendixList } from './AppendixList';
import { dateErrorFor, parseOptionalDate } from './optionalDate';
import { useRepeatingRows } from './useRepeatingRows';
import { fromYesNo, toYesNo, yesNoChoices } from './yesNo';

const PLAN_DATE_ID = 'councilRequest-planDate';

/** An optional letter asking the council for missing Section K appendices (§4) and a Word copy of the plan (§7.4). */
export function CouncilLetterPage() {
  return (
    <SubmissionsLoader>
      {(appeal, overview) => <CouncilLetterForm appeal={appeal} overview={overview} />}
    </SubmissionsLoader>
  );
}

function CouncilLetterForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('councilLetter', appeal, overview);
  const saved = page.answers.councilRequest ?? {};
  const [planDate, setPlanDate] = useState(toDateParts(saved.planDate));
  const [wrongParts, setWrongParts] = useState<DatePart[]>([]);
  const appendices = useRepeatingRows<string>(saved.missingAppendices ?? []);
  const [wordCopy, setWordCopy] = useState(toYesNo(saved.wantsWordCopy));

  const onSubmit = () => {
    const date = parseOptionalDate(planDate, PLAN_DATE_ID, 'the date on the plan', undefined, saved.planDate);
    setWrongParts(date.wrongParts);
    const kept = appendices.rows.map((row) => row.value).filter((name) => name.trim() !== '');
    appendices.keepOnly((name) => name.trim() !== '');
    page.submit(
      {
        ...page.answers,
        councilRequest: { planDate: date.date, missingAppendices: kept, wantsWordCopy: fromYesNo(wordCopy) },
      },
      date.problems,
    );
  };

  return (
    <AnswerForm appeal={appeal} page={page} title="Ask the council for missing papers" onSubmit={onSubmit}>
      <p className="govuk-body">
        This page is optional. If the council did not send you everything you need, the app can write a letter asking
        for it.
      </p>
      <DateInput
        id={PLAN_DATE_ID}
        legend="What date is on the final EHC plan?"
        hint="It is usually on the first or last page. For example, 3 4 2025. Leave it blank if you cannot find it."
        error={dateErrorFor(page.errors, PLAN_DATE_ID)}
        errorParts={wrongParts}
        value={planDate}
        onChange={setPlanDate}
      />
      <AppendixList list={appendices} errors={page.errors} />
      <Radios
        id="councilRequest-wantsWordCopy"
        legend="Do you want to ask for a Word copy of the plan?"
        hint="In an appeal about what the plan says, you and the council each mark the changes you want on a Word copy of the plan, called the working document. Asking for it now gives you time to prepare it."
        error={errorFor(page.errors, 'councilRequest-wantsWordCopy')}
        value={wordCopy}
        onChange={setWordCopy}
        choices={yesNoChoices()}
      />
    </AnswerForm>
  );
}
