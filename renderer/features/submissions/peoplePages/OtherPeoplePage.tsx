import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import type { OtherPerson } from '../../../../shared/submissions/submissionAnswersSchema';
import { Details } from '../../start/fields';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { allBlank } from '../answerText';
import { OtherPersonFields } from './OtherPersonFields';
import { indexAfterRemoving, useRepeatingRows } from './useRepeatingRows';

// The schema's limit: the form has room for two more parents or carers, plus anyone else with
// parental responsibility (anchors.md §1a).
const MAX_PEOPLE = 10;
const ADD_BUTTON_ID = 'otherPeople-add';

const isBlank = (p: OtherPerson) =>
  allBlank([p.name, p.relationship, p.address, p.hasParentalResponsibility, p.toldAboutAppeal]);

/** Other parents and carers, and anyone else with parental responsibility, and whether they know. */
export function OtherPeoplePage() {
  return (
    <SubmissionsLoader>
      {(appeal, overview) => <OtherPeopleForm appeal={appeal} overview={overview} />}
    </SubmissionsLoader>
  );
}

function OtherPeopleForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('otherPeople', appeal, overview);
  const people = useRepeatingRows<OtherPerson>(page.answers.otherPeople ?? []);
  const who = overview.known.appellant === 'youngPerson' ? 'young person' : 'child';
  const count = people.rows.length;

  const addPerson = () => people.add({}, `otherPeople-${count}-name`, `Person ${count + 1} added.`);
  const removePerson = (key: number, index: number) => {
    const next = indexAfterRemoving(index, count);
    people.remove(key, next === null ? ADD_BUTTON_ID : `otherPeople-${next}-name`, `Person ${index + 1} removed.`);
  };

  // With no one listed, the button says so and saves an empty list: the question has been answered.
  const onSubmit = () => {
    const kept = people.rows.map((row) => row.value).filter((person) => !isBlank(person));
    people.keepOnly((person) => !isBlank(person));
    page.submit({ ...page.answers, otherPeople: kept });
  };

  return (
    <AnswerForm
      appeal={appeal}
      page={page}
      title="Other parents and carers"
      onSubmit={onSubmit}
      submitLabel={count === 0 ? 'There is no one else' : 'Save and continue'}
    >
      <p className="govuk-body">
        List any other parent or carer of the {who}, and anyone else with parental responsibility for them: for example,
        a parent who does not live with you. The Tribunal’s form asks who they are and whether they know about the
        appeal.
      </p>
      <Details summary="What is parental responsibility?">
        <p className="govuk-body">
          Parental responsibility means the legal rights and duties a parent has for a child, such as deciding where
          they go to school.
        </p>
        <p className="govuk-body">
          A birth mother always has it. A father usually has it if he was married to the mother when the child was born,
          or is named on the birth certificate (for births registered from 1 December 2003). Other people can have it
          through a court order, for example a special guardian, or through adoption.
        </p>
      </Details>
      {count === 0 ? <p className="govuk-body">If there is no one else, choose “There is no one else”.</p> : null}
      {people.rows.map((row, index) => (
        <OtherPersonFields
          key={row.key}
          index={index}
          person={row.value}
          who={who}
          errors={page.errors}
          onChange={(person) => people.update(row.key, person)}
          onRemove={() => removePerson(row.key, index)}
        />
      ))}
      {count < MAX_PEOPLE ? (
        <div className="govuk-button-group">
          <button type="button" id={ADD_BUTTON_ID} className="govuk-button govuk-button--secondary" onClick={addPerson}>
            {count === 0 ? 'Add a person' : 'Add another person'}
          </button>
        </div>
      ) : (
        <p className="govuk-body">You can list up to {MAX_PEOPLE} people.</p>
      )}
      <p className="govuk-visually-hidden" role="status">
        {people.announcement}
      </p>
    </AnswerForm>
  );
}
