import type { OtherPerson } from '../../../../shared/submissions/submissionAnswersSchema';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/TextArea';
import { TextField } from '../../../components/TextField';
import { Radios } from '../../start/fields';
import { errorFor } from '../answerErrors';
import { fromYesNo, toYesNo, yesNoChoices } from './yesNo';

interface OtherPersonFieldsProps {
  index: number;
  person: OtherPerson;
  /** "child" or "young person". */
  who: string;
  errors: readonly SummaryItem[];
  onChange: (person: OtherPerson) => void;
  onRemove: () => void;
}

/** One other parent, carer or person with parental responsibility: a fieldset named "Person 2". */
export function OtherPersonFields({ index, person, who, errors, onChange, onRemove }: OtherPersonFieldsProps) {
  const id = (field: keyof OtherPerson) => `otherPeople-${index}-${field}`;
  const label = `Person ${index + 1}`;
  const text = (field: 'name' | 'relationship' | 'address') => ({
    id: id(field),
    error: errorFor(errors, id(field)),
    value: person[field] ?? '',
    onChange: (event: { target: { value: string } }) => onChange({ ...person, [field]: event.target.value }),
  });
  return (
    <>
      <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{label}</h2>
        </legend>
        <TextField label="Full name" autoComplete="off" spellCheck={false} {...text('name')} />
        <TextField
          label={`Relationship to the ${who}`}
          hint="For example, father, stepmother, grandparent or foster carer."
          autoComplete="off"
          {...text('relationship')}
        />
        <TextArea label="Address, if you know it" autoComplete="off" rows={3} {...text('address')} />
        <Radios
          id={id('hasParentalResponsibility')}
          legend={`Does ${label.toLowerCase()} have parental responsibility?`}
          small
          value={toYesNo(person.hasParentalResponsibility)}
          onChange={(answer) => onChange({ ...person, hasParentalResponsibility: fromYesNo(answer) })}
          choices={yesNoChoices()}
        />
        <Radios
          id={id('toldAboutAppeal')}
          legend={`Does ${label.toLowerCase()} know about the appeal?`}
          small
          value={toYesNo(person.toldAboutAppeal)}
          onChange={(answer) => onChange({ ...person, toldAboutAppeal: fromYesNo(answer) })}
          choices={yesNoChoices()}
        />
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRemove}>
          Remove<span className="govuk-visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </fieldset>
    </>
  );
}
