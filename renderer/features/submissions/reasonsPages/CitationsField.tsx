import { useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { CitableDocument } from '../../../../shared/api/types';
import { TextField } from '../../../components/TextField';
import { describedBy, ErrorMessage } from '../../start/fields';
import {
  checkDraft,
  countText,
  describeCitation,
  documentOptionText,
  EMPTY_DRAFT,
  type CitationsValue,
  type DraftProblems,
} from './citations';
import './reasons.css';

interface CitationsFieldProps {
  /** The answer's path with dashes, e.g. "sectionF-evidence": the document list takes this id. */
  id: string;
  legend: string;
  hint: string;
  caseId: string;
  documents: readonly CitableDocument[];
  value: CitationsValue;
  onChange: (value: CitationsValue) => void;
  /** A page-level problem about this list (for example a page chosen but not added). */
  error?: string | undefined;
}

/**
 * "EP report, p.12": the pages of the family's documents that back up an answer. Lists what is
 * cited (flagging any document or page that no longer exists), adds a page of a document, and
 * removes one. Each change is announced, and focus stays where a keyboard user expects it.
 */
export function CitationsField({ id, legend, hint, caseId, documents, value, onChange, error }: CitationsFieldProps) {
  const [problems, setProblems] = useState<DraftProblems>({});
  const [announcement, setAnnouncement] = useState('');
  const documentBox = useRef<HTMLSelectElement>(null);
  const pageBox = useRef<HTMLInputElement>(null);
  const count = useRef<HTMLParagraphElement>(null);
  const { citations, draft } = value;
  const chosen = documents.find((d) => d.id === draft.documentId);
  const views = citations.map((citation) => describeCitation(citation, documents));
  const total = (n: number) => `${n} piece${n === 1 ? '' : 's'} of evidence listed.`;

  const add = () => {
    const checked = checkDraft(draft, citations, documents);
    if ('problems' in checked) {
      setProblems(checked.problems);
      (checked.problems.document ? documentBox : pageBox).current?.focus();
      return;
    }
    const next = [...citations, checked.citation];
    setProblems({});
    onChange({ citations: next, draft: EMPTY_DRAFT });
    setAnnouncement(`Added ${describeCitation(checked.citation, documents).short}. ${total(next.length)}`);
  };

  const remove = (index: number) => {
    const next = citations.filter((_, i) => i !== index);
    onChange({ ...value, citations: next });
    setAnnouncement(`Removed ${views[index]?.short ?? 'the evidence'}. ${total(next.length)}`);
    // The button pressed has gone: continue from the count above the list.
    count.current?.focus();
  };

  // Enter in the page box adds the page instead of saving the whole page.
  const onPageKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  const documentError = problems.document ?? error;
  return (
    <div className={`govuk-form-group${documentError || problems.page ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
        <p className="govuk-body app-citations__count" id={`${id}-count`} tabIndex={-1} ref={count}>
          {countText(citations.length)}
        </p>
        {citations.length > 0 ? (
          <ul className="govuk-list app-citations">
            {citations.map((citation, index) => {
              const view = views[index];
              if (view === undefined) return null;
              return (
                <li className="app-citations__item" key={`${citation.documentId}-${citation.page}`}>
                  <span className="app-citations__text">
                    {view.text}
                    {view.problem ? (
                      <>
                        {' '}
                        <strong className="govuk-tag govuk-tag--red">Check this</strong>
                        <span className="app-citations__problem">{view.problem}</span>
                      </>
                    ) : null}
                  </span>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-citations__remove"
                    onClick={() => remove(index)}
                  >
                    Remove<span className="govuk-visually-hidden"> {view.short}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        <p className="govuk-visually-hidden" role="status">
          {announcement}
        </p>
        {documents.length === 0 ? (
          <p className="govuk-body">
            There are no documents in this appeal yet, so there is nothing to point to.{' '}
            <Link className="govuk-link" to={`/cases/${caseId}/documents`}>
              Add your documents
            </Link>
            , then come back to this page. Save this page first so that you keep what you have typed.
          </p>
        ) : (
          <div className="app-citations__add">
            <div className={`govuk-form-group${documentError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label" htmlFor={id}>
                Document
              </label>
              <ErrorMessage id={`${id}-error`} message={documentError} />
              <select
                className={`govuk-select${documentError ? ' govuk-select--error' : ''}`}
                id={id}
                ref={documentBox}
                value={draft.documentId}
                aria-describedby={describedBy(documentError !== undefined && `${id}-error`)}
                onChange={(event) => {
                  setProblems({});
                  onChange({ ...value, draft: { ...draft, documentId: event.target.value } });
                }}
              >
                <option value="">Choose a document</option>
                {documents.map((document) => (
                  <option key={document.id} value={document.id}>
                    {documentOptionText(document)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`${id}-page`}
              ref={pageBox}
              label="Page number"
              hint={
                chosen
                  ? `A number from 1 to ${chosen.pageCount}: page 1 is the first page of ${chosen.title} as it is in this app, which may not match the number printed on the page.`
                  : 'Page 1 is the first page of the document as it is in this app, which may not match the number printed on the page.'
              }
              error={problems.page}
              className="govuk-input--width-3"
              inputMode="numeric"
              autoComplete="off"
              value={draft.page}
              onKeyDown={onPageKey}
              onChange={(event) => {
                setProblems({});
                onChange({ ...value, draft: { ...draft, page: event.target.value } });
              }}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={add}>
              Add this evidence
            </button>
          </div>
        )}
      </fieldset>
    </div>
  );
}
