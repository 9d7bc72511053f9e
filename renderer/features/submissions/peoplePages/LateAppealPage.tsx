import { useMemo, useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { assessCase } from '../../../../shared/domain/assessCase';
import { TextArea } from '../../../components/TextArea';
import { DeadlineSection } from '../../start/result/DeadlineSection';
import { useToday } from '../../start/useStart';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';

/** Only once the deadline has passed (§6.6): the family's explanation, and how the deadline was worked out. */
export function LateAppealPage() {
  return (
    <SubmissionsLoader>
      {(appeal, overview) => <LateAppealForm appeal={appeal} overview={overview} />}
    </SubmissionsLoader>
  );
}

function LateAppealForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('lateAppeal', appeal, overview);
  const today = useToday();
  const { deadline, classification } = useMemo(() => assessCase(appeal.facts, today), [appeal.facts, today]);
  const lines = overview.known.lateAppealLines;
  // §6.6: what the decision letter left out may help; it starts the explanation on the first visit only,
  // so an explanation the family has cleared stays cleared.
  const firstVisit = page.answers.lateAppeal === undefined;
  const [explanation, setExplanation] = useState(
    page.answers.lateAppeal?.explanation ?? (firstVisit ? lines.join('\n\n') : ''),
  );
  const who = overview.known.appellant === 'youngPerson' ? 'young person' : 'child';

  const onSubmit = () => page.submit({ ...page.answers, lateAppeal: { explanation: optionalText(explanation) } });

  return (
    <AnswerForm appeal={appeal} page={page} title="Why the appeal is late" onSubmit={onSubmit}>
      <p className="govuk-body">
        The deadline for this appeal has passed. You can still appeal: the Tribunal can accept a late appeal when it is
        fair and just to do so. Explain why yours is late, and send it as soon as you can. This app cannot tell you
        whether the Tribunal will accept it.
      </p>
      {firstVisit && lines.length > 0 ? (
        <div className="govuk-inset-text">
          We have started your explanation with what the council’s decision letter left out. Check it and change
          anything that is not right.
        </div>
      ) : null}
      <TextArea
        id="lateAppeal-explanation"
        label="Why is your appeal late?"
        boldLabel
        hint={`Say when you got the decision letter and any mediation certificate, why the appeal took longer, what you have done since, and how it would affect the ${who} if the Tribunal did not accept the appeal.`}
        error={errorFor(page.errors, 'lateAppeal-explanation')}
        rows={12}
        value={explanation}
        onChange={(event) => setExplanation(event.target.value)}
      />
      {deadline === null ? null : (
        <DeadlineSection
          caseId={appeal.id}
          deadline={deadline}
          receivedByWarning={undefined}
          certificateExempt={classification?.certificate === 'exempt'}
        />
      )}
    </AnswerForm>
  );
}
