import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { TextField } from '../../../components/TextField';
import { DateInput } from '../../start/DateInput';
import { toDateParts, type DatePart } from '../../start/dateParts';
import { useToday } from '../../start/useStart';
import { errorFor } from '../answerErrors';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { checkAnswersUrl } from '../submissionPaths';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerForm } from '../AnswerForm';
import { optionalText } from '../answerText';
import { dateErrorFor, parseOptionalDate } from './optionalDate';

const DATE_ID = 'declaration-date';

/** The declaration the form ends with (HESC r.20(2): signed): a typed name and the date. */
export function DeclarationPage() {
  return (
    <SubmissionsLoader>
      {(appeal, overview) => <DeclarationForm appeal={appeal} overview={overview} />}
    </SubmissionsLoader>
  );
}

function DeclarationForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('declaration', appeal, overview);
  const today = useToday();
  const saved = page.answers.declaration ?? {};
  const [name, setName] = useState(saved.name ?? '');
  const [date, setDate] = useState(toDateParts(saved.date ?? today));
  const [wrongParts, setWrongParts] = useState<DatePart[]>([]);
  const youngPerson = overview.known.appellant === 'youngPerson';

  // An empty date means today: the day the declaration is made.
  const onSubmit = () => {
    const signed = parseOptionalDate(date, DATE_ID, 'the date of the declaration', today, saved.date);
    setWrongParts(signed.wrongParts);
    page.submit({ ...page.answers, declaration: { name: optionalText(name), date: signed.date } }, signed.problems);
  };

  return (
    <AnswerForm appeal={appeal} page={page} title="Declaration" onSubmit={onSubmit}>
      <p className="govuk-body">
        {youngPerson
          ? 'The young person signs the declaration, because they are the one appealing.'
          : 'The person appealing signs the declaration.'}{' '}
        The Tribunal’s online form asks for the name typed as a signature.{' '}
        <Link className="govuk-link" to={checkAnswersUrl(appeal.id)}>
          Check your answers
        </Link>{' '}
        before you sign.
      </p>
      <div className="govuk-inset-text" id="declaration-text">
        By signing, you confirm that the information given in this appeal is true to the best of your knowledge and
        belief.
      </div>
      <TextField
        id="declaration-name"
        label="Full name"
        hint="The name of the person signing."
        error={errorFor(page.errors, 'declaration-name')}
        autoComplete={youngPerson ? 'off' : 'name'}
        spellCheck={false}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <DateInput
        id={DATE_ID}
        legend="Date"
        hint="Today’s date is filled in. Change it if you sign on a different day."
        error={dateErrorFor(page.errors, DATE_ID)}
        errorParts={wrongParts}
        value={date}
        onChange={setDate}
      />
    </AnswerForm>
  );
}
