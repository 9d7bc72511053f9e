import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { FieldMessages, fieldDescribedBy } from './FieldMessages';

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** A smaller, bold label for a field under a page heading (GOV.UK "govuk-label--s"). */
  boldLabel?: boolean;
}

/** A labelled multi-line answer with its hint and error message wired up for screen readers. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { id, label, hint, error, boldLabel, className, rows = 5, ...textarea },
  ref,
) {
  const describedBy = fieldDescribedBy(id, hint, error);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={boldLabel ? 'govuk-label govuk-label--s' : 'govuk-label'} htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        ref={ref}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''} ${className ?? ''}`.trim()}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </div>
  );
});
