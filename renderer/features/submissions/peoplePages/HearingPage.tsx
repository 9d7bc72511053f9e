import { useMemo, useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { assessCase } from '../../../../shared/domain/assessCase';
import type { SubmissionAnswers } from '../../../../shared/submissions/submissionAnswersSchema';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import { Details, Radios } from '../../start/fields';
import { useToday } from '../../start/useStart';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';
import { useTextAnswers } from './useTextAnswers';
import { fromYesNo, toYesNo, yesNoChoices } from './yesNo';

type Attendance = NonNullable<NonNullable<SubmissionAnswers['hearing']>['attendance']>;

/** How the family wants to take part (§7.2), an interpreter and reasonable adjustments. */
export function HearingPage() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <HearingForm appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function HearingForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('hearing', appeal, overview);
  const today = useToday();
  // §7.2: only the SEND35a (refusal to assess) asks whether the appeal may be decided on the papers.
  const onPapersAsked = useMemo(
    () => assessCase(appeal.facts, today).classification?.form === 'SEND35a',
    [appeal.facts, today],
  );
  const saved = page.answers.hearing ?? {};
  const [onPapers, setOnPapers] = useState(toYesNo(saved.paperDecisionAgreed));
  const [attendance, setAttendance] = useState<Attendance | undefined>(saved.attendance);
  const [video, setVideo] = useState(toYesNo(saved.canJoinByVideo));
  const [earlier, setEarlier] = useState(toYesNo(saved.earlierHearingWanted));
  const { values, bind } = useTextAnswers({
    interpreterLanguage: saved.interpreterLanguage,
    reasonableAdjustments: saved.reasonableAdjustments,
  });
  const who = overview.known.appellant === 'youngPerson' ? 'young person' : 'child';
  const error = (id: string) => errorFor(page.errors, id);

  const onSubmit = () =>
    page.submit({
      ...page.answers,
      hearing: {
        paperDecisionAgreed: onPapersAsked ? fromYesNo(onPapers) : undefined,
        attendance,
        canJoinByVideo: fromYesNo(video),
        earlierHearingWanted: fromYesNo(earlier),
        interpreterLanguage: optionalText(values.interpreterLanguage),
        reasonableAdjustments: optionalText(values.reasonableAdjustments),
      },
    });

  return (
    <AnswerForm appeal={appeal} page={page} title="The hearing" onSubmit={onSubmit}>
      {onPapersAsked ? (
        <>
          <Radios
            id="hearing-paperDecisionAgreed"
            legend="Do you agree to the appeal being decided on the papers, without a hearing?"
            hint="A judge reads the appeal, the council’s response and the evidence, and decides without anyone attending."
            error={error('hearing-paperDecisionAgreed')}
            value={onPapers}
            onChange={setOnPapers}
            choices={yesNoChoices()}
          />
          <Details summary="What does a decision on the papers mean?">
            <p className="govuk-body">
              Appeals against a refusal to assess are often decided this way. It only happens if both you and the
              council agree, and the Tribunal thinks it can decide fairly without a hearing. If you choose no, there
              will be a hearing, and you can explain your case to the panel yourself.
            </p>
          </Details>
        </>
      ) : null}
      <Radios
        id="hearing-attendance"
        legend={
          onPapersAsked
            ? 'If there is a hearing, how would you like to take part?'
            : 'How would you like to take part in the hearing?'
        }
        error={error('hearing-attendance')}
        value={attendance}
        onChange={setAttendance}
        choices={[
          { value: 'video', label: 'By video', hint: 'Most hearings are now held by video call.' },
          { value: 'inPerson', label: 'In person', hint: 'At a Tribunal hearing centre.' },
          { value: 'noPreference', label: 'No preference' },
        ]}
      />
      <Radios
        id="hearing-canJoinByVideo"
        legend="Can you join a video hearing?"
        hint="You need a phone, tablet or computer with a camera and microphone, and a reliable internet connection."
        error={error('hearing-canJoinByVideo')}
        value={video}
        onChange={setVideo}
        choices={yesNoChoices()}
      />
      <Radios
        id="hearing-earlierHearingWanted"
        legend="Would you take an earlier hearing date if one becomes free?"
        hint="Sometimes a hearing date becomes free at short notice."
        error={error('hearing-earlierHearingWanted')}
        value={earlier}
        onChange={setEarlier}
        choices={yesNoChoices()}
      />
      <TextField
        id="hearing-interpreterLanguage"
        label="If you or anyone taking part needs an interpreter, which language?"
        hint="The Tribunal provides an interpreter free of charge, including for sign language. Leave this blank if no one needs one."
        error={error('hearing-interpreterLanguage')}
        autoComplete="off"
        className="govuk-input--width-20"
        {...bind('interpreterLanguage')}
      />
      <TextArea
        id="hearing-reasonableAdjustments"
        label="Does anyone taking part need changes to help them take part?"
        boldLabel
        hint={`These are called reasonable adjustments: changes the Tribunal makes so that you, the ${who} or a witness can take part fully. For example, breaks during the hearing, a quiet waiting room, papers in large print, or a hearing in person instead of by video. Leave this blank if no one needs any.`}
        error={error('hearing-reasonableAdjustments')}
        {...bind('reasonableAdjustments')}
      />
    </AnswerForm>
  );
}
