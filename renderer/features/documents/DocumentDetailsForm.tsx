import { useState, type FormEvent } from 'react';
import { documentAuthorSchema, documentNotesSchema, documentTitleSchema } from '../../../shared/api/schemas';
import type { DocumentDetail } from '../../../shared/api/types';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_LABELS,
  isDocumentCategory,
} from '../../../shared/domain/documentCategories';
import { ApiError } from '../../api/ApiError';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { fromDateParts, toDateParts, type DateParts } from './dateParts';
import { useUpdateDocument } from './useDocuments';

// Field ids double as the error summary's link targets; the date links to its first box.
const FIELD_IDS: Record<string, string> = {
  title: 'doc-title',
  documentDate: 'doc-date-day',
  author: 'doc-author',
  category: 'doc-category',
  notes: 'doc-notes',
};

/** Title, date on the document, author, type and notes, saved together. */
export function DocumentDetailsForm({ document }: { document: DocumentDetail }) {
  const update = useUpdateDocument();
  const [title, setTitle] = useState(document.title);
  const [date, setDate] = useState<DateParts>(toDateParts(document.documentDate));
  const [author, setAuthor] = useState(document.author ?? '');
  const [category, setCategory] = useState<string>(document.category ?? '');
  const [notes, setNotes] = useState(document.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Record<string, string> = {};
    const titleCheck = documentTitleSchema.safeParse(title);
    if (!titleCheck.success) found.title = titleCheck.error.issues[0]?.message ?? '';
    const dateCheck = fromDateParts(date);
    if (!dateCheck.ok) found.documentDate = dateCheck.message;
    const authorCheck = documentAuthorSchema.safeParse(author);
    if (!authorCheck.success) found.author = authorCheck.error.issues[0]?.message ?? '';
    const notesCheck = documentNotesSchema.safeParse(notes);
    if (!notesCheck.success) found.notes = notesCheck.error.issues[0]?.message ?? '';
    setErrors(found);
    if (Object.keys(found).length > 0 || !dateCheck.ok) return;
    update.mutate(
      {
        id: document.id,
        title,
        documentDate: dateCheck.value,
        author,
        category: isDocumentCategory(category) ? category : null,
        notes,
      },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const fields = error instanceof ApiError ? error.shape.fields : undefined;
          if (fields) setErrors(Object.fromEntries(fields.map((f) => [f.path, f.message])));
        },
      },
    );
  };

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    fieldId: FIELD_IDS[field] ?? 'doc-title',
    message,
  }));
  const otherProblem = update.error && !(update.error instanceof ApiError && update.error.shape.code === 'VALIDATION');
  const dateError = errors.documentDate;
  return (
    <form noValidate onSubmit={submit} aria-labelledby="details-title">
      <h2 className="govuk-heading-m" id="details-title">
        About this document
      </h2>
      <ErrorSummary items={summary} />
      {otherProblem ? <ProblemPanel error={update.error} /> : null}
      <TextField
        id="doc-title"
        label="Title"
        error={errors.title}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        autoComplete="off"
      />
      <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
        <fieldset
          className="govuk-fieldset"
          role="group"
          aria-describedby={`doc-date-hint${dateError ? ' doc-date-error' : ''}`}
        >
          <legend className="govuk-fieldset__legend">Date on the document</legend>
          <div id="doc-date-hint" className="govuk-hint">
            The date written on the letter or report, for example 27 3 2026. Leave it empty if there is none.
          </div>
          {dateError ? (
            <p id="doc-date-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {dateError}
            </p>
          ) : null}
          <div className="govuk-date-input">
            {(
              [
                ['day', 'Day', 2],
                ['month', 'Month', 2],
                ['year', 'Year', 4],
              ] as const
            ).map(([part, label, width]) => (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`doc-date-${part}`}>
                    {label}
                  </label>
                  <input
                    id={`doc-date-${part}`}
                    className={`govuk-input govuk-date-input__input govuk-input--width-${String(width)}${dateError ? ' govuk-input--error' : ''}`}
                    inputMode="numeric"
                    autoComplete="off"
                    value={date[part]}
                    onChange={(e) => setDate({ ...date, [part]: e.target.value })}
                  />
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextField
        id="doc-author"
        label="Who wrote it (optional)"
        hint="A name or a profession, for example educational psychologist."
        error={errors.author}
        value={author}
        onChange={(e) => setAuthor(e.target.value)}
        autoComplete="off"
      />
      <div className={`govuk-form-group${errors.category ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor="doc-category">
          Type of document
        </label>
        {errors.category ? (
          <p id="doc-category-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.category}
          </p>
        ) : null}
        <select
          id="doc-category"
          className="govuk-select"
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        >
          <option value="">Not chosen yet</option>
          {DOCUMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {DOCUMENT_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className={`govuk-form-group${errors.notes ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor="doc-notes">
          Notes (optional)
        </label>
        {errors.notes ? (
          <p id="doc-notes-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.notes}
          </p>
        ) : null}
        <textarea
          id="doc-notes"
          className="govuk-textarea"
          rows={4}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <button type="submit" className="govuk-button" disabled={update.isPending}>
        Save details
      </button>
      <p className="govuk-body" role="status">
        {saved ? 'The details have been saved.' : ''}
      </p>
    </form>
  );
}
