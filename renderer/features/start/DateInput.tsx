import type { ReactNode } from 'react';
import type { DatePart, DateParts } from './dateParts';
import { describedBy, ErrorMessage, Legend } from './fields';

interface DateInputProps {
  id: string;
  legend: string;
  isHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** The boxes to mark as wrong. */
  errorParts?: DatePart[];
  value: DateParts;
  onChange: (value: DateParts) => void;
}

const BOXES: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/** GOV.UK date input: three boxes in a fieldset; ids are `<id>-day`, `<id>-month`, `<id>-year`. */
export function DateInput({ id, legend, isHeading, hint, error, errorParts = [], value, onChange }: DateInputProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      >
        <Legend legend={legend} isHeading={isHeading} />
        {hint !== undefined ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-date-input" id={id}>
          {BOXES.map(({ part, label, width }) => {
            const wrong = error !== undefined && errorParts.includes(part);
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input ${width}${wrong ? ' govuk-input--error' : ''}`}
                    id={`${id}-${part}`}
                    name={`${id}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete={id === 'date-of-birth' ? `bday-${part}` : 'off'}
                    aria-invalid={wrong ? true : undefined}
                    value={value[part]}
                    onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
