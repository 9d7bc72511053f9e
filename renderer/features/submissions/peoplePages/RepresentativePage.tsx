import { useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import type { SubmissionAnswers } from '../../../../shared/submissions/submissionAnswersSchema';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import { Details, Radios } from '../../start/fields';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { allBlank, optionalText } from '../answerText';
import { useTextAnswers } from './useTextAnswers';
import { fromYesNo, toYesNo, yesNoChoices, type YesNo } from './yesNo';

const QUESTION = 'Do you have someone helping you with the appeal?';

/** "No" is saved as an empty representative, "yes" with their details; nothing saved means not answered. */
function hasRepresentative(saved: SubmissionAnswers['representative']): YesNo | undefined {
  if (saved === undefined) return undefined;
  const { name, organisation, address, phone, email, tribunalShouldContact } = saved;
  return allBlank([name, organisation, address, phone, email, tribunalShouldContact]) ? 'no' : 'yes';
}

/** A representative (§3): who they are and whether the Tribunal should contact them instead. */
export function RepresentativePage() {
  return (
    <SubmissionsLoader>
      {(appeal, overview) => <RepresentativeForm appeal={appeal} overview={overview} />}
    </SubmissionsLoader>
  );
}

function RepresentativeForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('representative', appeal, overview);
  const saved = page.answers.representative;
  const [answer, setAnswer] = useState(hasRepresentative(saved));
  const [contactThem, setContactThem] = useState(toYesNo(saved?.tribunalShouldContact));
  const { values, bind } = useTextAnswers({
    name: saved?.name,
    organisation: saved?.organisation,
    address: saved?.address,
    phone: saved?.phone,
    email: saved?.email,
  });
  const error = (id: string) => errorFor(page.errors, id);

  const onSubmit = () => {
    if (answer === undefined) return page.submit(page.answers);
    if (answer === 'no') return page.submit({ ...page.answers, representative: {} });
    const problems: SummaryItem[] =
      values.name.trim() === ''
        ? [{ fieldId: 'representative-name', message: 'Enter the name of the person helping you' }]
        : [];
    page.submit(
      {
        ...page.answers,
        representative: {
          name: optionalText(values.name),
          organisation: optionalText(values.organisation),
          address: optionalText(values.address),
          phone: optionalText(values.phone),
          email: optionalText(values.email),
          tribunalShouldContact: fromYesNo(contactThem),
        },
      },
      problems,
    );
  };

  const details = (
    <>
      <TextField
        id="representative-name"
        label="Their full name"
        error={error('representative-name')}
        autoComplete="off"
        spellCheck={false}
        {...bind('name')}
      />
      <TextField
        id="representative-organisation"
        label="Their organisation (optional)"
        hint="For example, your local SENDIASS, a charity or a firm of solicitors. Leave it blank for a friend or relative."
        error={error('representative-organisation')}
        autoComplete="off"
        {...bind('organisation')}
      />
      <TextArea
        id="representative-address"
        label="Their address"
        error={error('representative-address')}
        autoComplete="off"
        rows={4}
        {...bind('address')}
      />
      <TextField
        id="representative-phone"
        label="Their phone number"
        error={error('representative-phone')}
        type="tel"
        autoComplete="off"
        className="govuk-input--width-20"
        {...bind('phone')}
      />
      <TextField
        id="representative-email"
        label="Their email address"
        error={error('representative-email')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...bind('email')}
      />
      <Radios
        id="representative-tribunalShouldContact"
        legend="Should the Tribunal contact them instead of you?"
        hint="If you choose yes, letters and emails about the appeal go to them."
        error={error('representative-tribunalShouldContact')}
        small
        value={contactThem}
        onChange={setContactThem}
        choices={yesNoChoices()}
      />
    </>
  );

  return (
    <AnswerForm appeal={appeal} page={page} title="Someone helping you" onSubmit={onSubmit}>
      {overview.known.appellant === 'youngPerson' ? (
        <p className="govuk-body">
          The young person is appealing in their own name, so a parent who helps them can be their representative.
        </p>
      ) : null}
      <Details summary="Representative or supporter: what is the difference?">
        <p className="govuk-body">
          A <strong>representative</strong> acts for you in the appeal. The Tribunal and the council can write to them,
          and they can speak for you at the hearing. It can be a friend or relative, an adviser from your local SENDIASS
          or a charity, or a solicitor.
        </p>
        <p className="govuk-body">
          A <strong>supporter</strong> helps you but does not act for you: for example, they help you prepare and come
          to the hearing with you. You do not name a supporter here. You tell the Tribunal who is coming to the hearing
          nearer the time, on the case review form.
        </p>
      </Details>
      <Radios
        id="representative-has"
        legend={QUESTION}
        hint="Only a representative: someone who acts for you in the appeal."
        value={answer}
        onChange={setAnswer}
        choices={yesNoChoices(details)}
      />
    </AnswerForm>
  );
}
