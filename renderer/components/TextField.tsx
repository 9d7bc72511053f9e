import { forwardRef, type InputHTMLAttributes } from 'react';
import { FieldMessages, fieldDescribedBy } from './FieldMessages';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Makes the label the page's heading (GOV.UK "question page" pattern). */
  labelIsHeading?: boolean;
}

/** A labelled text input with its hint and error message wired up for screen readers. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, hint, error, labelIsHeading, className, ...input },
  ref,
) {
  const describedBy = fieldDescribedBy(id, hint, error);
  const labelElement = (
    <label className={labelIsHeading ? 'govuk-label govuk-label--l' : 'govuk-label'} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {labelIsHeading ? (
        <h1 className="govuk-label-wrapper" tabIndex={-1}>
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        ref={ref}
        className={`govuk-input${error ? ' govuk-input--error' : ''} ${className ?? ''}`.trim()}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
});
