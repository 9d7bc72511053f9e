import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { humanDate } from '../../../../shared/submissions/submissionInput';
import { TextField } from '../../../components/TextField';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { fieldUrl } from '../submissionPaths';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';
import { KnownAnswers } from './KnownAnswers';
import { useTextAnswers } from './useTextAnswers';

/** About the child or young person: name, gender, school or setting and languages (anchors.md §1a). */
export function ChildPage() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <ChildForm appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function ChildForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('child', appeal, overview);
  const saved = page.answers.child ?? {};
  const { values, bind } = useTextAnswers({
    firstName: saved.firstName,
    lastName: saved.lastName,
    gender: saved.gender,
    schoolOrSetting: saved.schoolOrSetting,
    languages: saved.languages,
  });
  // §3: after compulsory school age the law calls them a young person, and the appeal is theirs.
  const who = overview.known.appellant === 'youngPerson' ? 'young person' : 'child';
  const dateOfBirth = appeal.facts.dateOfBirth;

  const onSubmit = () =>
    page.submit({
      ...page.answers,
      child: {
        firstName: optionalText(values.firstName),
        lastName: optionalText(values.lastName),
        gender: optionalText(values.gender),
        schoolOrSetting: optionalText(values.schoolOrSetting),
        languages: optionalText(values.languages),
      },
    });

  return (
    <AnswerForm appeal={appeal} page={page} title={`About the ${who}`} onSubmit={onSubmit}>
      <p className="govuk-body">The Tribunal uses these details to identify the {who} the appeal is about.</p>
      <KnownAnswers
        rows={[
          {
            question: 'Date of birth',
            answer: dateOfBirth === undefined ? undefined : humanDate(dateOfBirth),
            href: fieldUrl(appeal.id, 'facts.dateOfBirth'),
            what: 'date of birth',
          },
        ]}
      />
      <TextField
        id="child-firstName"
        label="First name"
        error={errorFor(page.errors, 'child-firstName')}
        autoComplete="off"
        spellCheck={false}
        {...bind('firstName')}
      />
      <TextField
        id="child-lastName"
        label="Last name"
        error={errorFor(page.errors, 'child-lastName')}
        autoComplete="off"
        spellCheck={false}
        {...bind('lastName')}
      />
      <TextField
        id="child-gender"
        label="Gender (optional)"
        hint={`In the ${who}’s own words, if you want to give it.`}
        error={errorFor(page.errors, 'child-gender')}
        autoComplete="off"
        className="govuk-input--width-20"
        {...bind('gender')}
      />
      <TextField
        id="child-schoolOrSetting"
        label="School, college or other setting they go to now"
        hint="For example, Oak Tree Primary School. If they are not in education at the moment, say so."
        error={errorFor(page.errors, 'child-schoolOrSetting')}
        autoComplete="off"
        {...bind('schoolOrSetting')}
      />
      <TextField
        id="child-languages"
        label="Languages they use"
        hint="For example, English and British Sign Language."
        error={errorFor(page.errors, 'child-languages')}
        autoComplete="off"
        {...bind('languages')}
      />
    </AnswerForm>
  );
}
