import { useState } from 'react';
import { noteBodySchema } from '../../../shared/api/workspaceSchemas';
import { ErrorSummary } from '../../components/ErrorSummary';

interface NoteFormProps {
  label: string;
  submitLabel: string;
  initial?: string;
  pending: boolean;
  /** Called with the checked note, and a function that empties the box once it is saved. */
  onSave: (body: string, reset: () => void) => void;
}

/** A labelled text area for a session note, with the GOV.UK error summary and message. */
export function NoteForm({ label, submitLabel, initial = '', pending, onSave }: NoteFormProps) {
  const [body, setBody] = useState(initial);
  const [problem, setProblem] = useState<string>();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = noteBodySchema.safeParse(body);
        if (!parsed.success) return setProblem(parsed.error.issues[0]?.message);
        setProblem(undefined);
        onSave(parsed.data, () => setBody(''));
      }}
    >
      <ErrorSummary items={problem ? [{ fieldId: 'note-body', message: problem }] : []} />
      <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--m" htmlFor="note-body">
          {label}
        </label>
        {problem ? (
          <p id="note-body-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problem}
          </p>
        ) : null}
        <textarea
          className={`govuk-textarea${problem ? ' govuk-textarea--error' : ''}`}
          id="note-body"
          rows={5}
          maxLength={20000}
          aria-describedby={problem ? 'note-body-error' : undefined}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <button type="submit" className="govuk-button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
