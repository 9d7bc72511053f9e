import { useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { fullName } from '../../../../shared/submissions/submissionInput';
import { TextField } from '../../../components/TextField';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { AppellantIntro } from './AppellantIntro';
import { optionalText } from '../answerText';
import { useTextAnswers } from './useTextAnswers';

const YOUNG_PERSON = 'The young person';

/** Who is appealing: their name and relationship to the child (§3). */
export function AppellantPage() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <AppellantForm appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function AppellantForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('appellant', appeal, overview);
  const saved = page.answers.appellant ?? {};
  const { values, bind, set } = useTextAnswers({
    firstName: saved.firstName,
    lastName: saved.lastName,
    relationship: saved.relationship,
  });
  const [copied, setCopied] = useState(false);
  const youngPerson = overview.known.appellant === 'youngPerson';
  const child = page.answers.child;
  const childName = fullName(child);

  // §3: a young person with capacity appeals in their own name, so their name goes here.
  const copyYoungPersonName = () => {
    set('firstName', child?.firstName ?? '');
    set('lastName', child?.lastName ?? '');
    set('relationship', YOUNG_PERSON);
    setCopied(true);
  };

  const onSubmit = () =>
    page.submit({
      ...page.answers,
      appellant: {
        firstName: optionalText(values.firstName),
        lastName: optionalText(values.lastName),
        relationship: optionalText(values.relationship),
      },
    });

  return (
    <AnswerForm appeal={appeal} page={page} title="Who is appealing" onSubmit={onSubmit}>
      <AppellantIntro caseId={appeal.id} appellant={overview.known.appellant} />
      {youngPerson && childName !== '' ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">The young person, {childName}, should be named here.</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={copyYoungPersonName}>
            Use the young person’s name
          </button>
          <p className="govuk-body" role="status">
            {copied ? `${childName}’s name has been copied into the boxes below.` : ''}
          </p>
        </div>
      ) : null}
      <TextField
        id="appellant-firstName"
        label="First name"
        error={errorFor(page.errors, 'appellant-firstName')}
        autoComplete={youngPerson ? 'off' : 'given-name'}
        spellCheck={false}
        {...bind('firstName')}
      />
      <TextField
        id="appellant-lastName"
        label="Last name"
        error={errorFor(page.errors, 'appellant-lastName')}
        autoComplete={youngPerson ? 'off' : 'family-name'}
        spellCheck={false}
        {...bind('lastName')}
      />
      <TextField
        id="appellant-relationship"
        label={`Relationship to the ${youngPerson ? 'young person' : 'child'}`}
        hint={
          youngPerson
            ? 'If the young person is appealing themselves, write “The young person”.'
            : 'For example, mother, father, foster carer or grandparent.'
        }
        error={errorFor(page.errors, 'appellant-relationship')}
        autoComplete="off"
        {...bind('relationship')}
      />
    </AnswerForm>
  );
}
