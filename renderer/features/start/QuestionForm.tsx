import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/ApiError';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';

interface QuestionFormProps {
  /** The question, used for the window title (the h1 is the legend or label inside `children`). */
  title: string;
  /** Set when the page has its own h1 rather than one inside the form. */
  heading?: boolean;
  caption: string;
  back: string;
  /** Kept in state by the page and only replaced on submit, so the summary takes focus once per submit. */
  errors: SummaryItem[];
  saveError: unknown;
  pending: boolean;
  onSubmit: () => void;
  /** "Continue" unless the page says otherwise ("Save and continue" on the appeal-writing pages). */
  submitLabel?: string;
  children: ReactNode;
}

/** One question page: Back link, error summary, the question(s) and "Continue". */
export function QuestionForm(props: QuestionFormProps) {
  const { errors, saveError } = props;
  const handle = (event: FormEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit();
  };
  const validationFields = saveError instanceof ApiError ? (saveError.shape.fields ?? []) : [];
  return (
    <Page title={`${errors.length > 0 ? 'Error: ' : ''}${props.title}`} headingInContent>
      <Link to={props.back} className="govuk-back-link">
        Back
      </Link>
      <ErrorSummary items={errors} />
      <span className="govuk-caption-l">{props.caption}</span>
      {props.heading ? (
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {props.title}
        </h1>
      ) : null}
      <form noValidate onSubmit={handle}>
        {saveError ? <ProblemPanel error={saveError} /> : null}
        {validationFields.length > 0 ? (
          <ul className="govuk-list govuk-error-message">
            {validationFields.map((field) => (
              <li key={field.path + field.message}>{field.message}</li>
            ))}
          </ul>
        ) : null}
        {props.children}
        <button type="submit" className="govuk-button" disabled={props.pending} aria-disabled={props.pending}>
          {props.submitLabel ?? 'Continue'}
        </button>
      </form>
    </Page>
  );
}
