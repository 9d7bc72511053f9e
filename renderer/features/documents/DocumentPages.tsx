import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DocumentDetail } from '../../../shared/api/types';
import { ProblemPanel } from '../../components/ProblemPanel';
import { TextField } from '../../components/TextField';
import { PageThumbnail } from './PageThumbnail';
import { useExtractPages, useRemovePages, useResetPages, useRotatePage } from './useDocuments';

const pageList = (indexes: number[]) => indexes.map((i) => String(i + 1)).join(', ');

/** Page pictures with turn buttons, a choice of pages to remove or copy out, and undo. */
export function DocumentPages({ document }: { document: DocumentDetail }) {
  const navigate = useNavigate();
  const rotate = useRotatePage();
  const remove = useRemovePages();
  const extract = useExtractPages();
  const reset = useResetPages();
  const [selected, setSelected] = useState<number[]>([]);
  const [extracting, setExtracting] = useState(false);
  const [newTitle, setNewTitle] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const [status, setStatus] = useState('');
  const failed = [rotate, remove, extract, reset].find((m) => m.isError)?.error;

  const toggle = (index: number) =>
    setSelected((s) => (s.includes(index) ? s.filter((i) => i !== index) : [...s, index].sort((a, b) => a - b)));

  // Buttons are not disabled while saving: disabling the focused button would drop keyboard focus.
  const turn = (pageIndex: number, direction: 'left' | 'right') => {
    if (rotate.isPending) return;
    rotate.mutate(
      { id: document.id, pageIndex, turn: direction },
      { onSuccess: () => setStatus(`Page ${String(pageIndex + 1)} turned ${direction}.`) },
    );
  };

  const removeSelected = () => {
    if (selected.length === 0) return setStatus('Choose the pages to remove first.');
    if (selected.length >= document.pages.length)
      return setStatus('A document must keep at least one page. To remove all of it, delete the document instead.');
    remove.mutate(
      { id: document.id, pageIndexes: selected },
      {
        onSuccess: () => {
          setStatus(
            `${selected.length === 1 ? 'Page' : 'Pages'} ${pageList(selected)} removed. You can undo this with “Undo all page changes”.`,
          );
          setSelected([]);
        },
      },
    );
  };

  const startExtract = () => {
    if (selected.length === 0) return setStatus('Choose the pages for the new document first.');
    setNewTitle(`${document.title} (pages ${pageList(selected)})`.slice(0, 200));
    setExtracting(true);
  };

  const finishExtract = () => {
    if (newTitle.trim() === '') return setTitleError('Enter a title for the new document.');
    setTitleError(undefined);
    extract.mutate(
      { id: document.id, pageIndexes: selected, title: newTitle },
      {
        onSuccess: (created) =>
          void navigate(`/cases/${document.caseId}/documents/${created.id}`, {
            state: { notice: `“${created.title}” has been made from the pages you chose.` },
          }),
      },
    );
  };

  return (
    <section aria-labelledby="pages-title">
      <h2 className="govuk-heading-m" id="pages-title">
        Pages
      </h2>
      {failed ? <ProblemPanel error={failed} /> : null}
      <p className="govuk-body" role="status">
        {status}
      </p>
      <ol className="app-page-grid">
        {document.pages.map((page) => {
          const n = String(page.pageIndex + 1);
          const isSelected = selected.includes(page.pageIndex);
          return (
            // Keyed by position only: a turn must not remount the item and lose the button's focus.
            <li key={n} className={`app-page-grid__item${isSelected ? ' app-page-grid__item--selected' : ''}`}>
              <PageThumbnail
                documentId={document.id}
                version={document.updatedAt}
                pageIndex={page.pageIndex}
                rotation={page.rotation}
                alt={`Page ${n}`}
              />
              <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={`select-page-${n}`}
                    type="checkbox"
                    checked={isSelected}
                    onChange={() => toggle(page.pageIndex)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`select-page-${n}`}>
                    Choose page {n}
                  </label>
                </div>
              </div>
              <div className="app-page-grid__actions">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => turn(page.pageIndex, 'left')}
                >
                  Turn left<span className="govuk-visually-hidden"> page {n}</span>
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => turn(page.pageIndex, 'right')}
                >
                  Turn right<span className="govuk-visually-hidden"> page {n}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="app-button-group-inline">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={remove.isPending}
          onClick={removeSelected}
        >
          Remove chosen pages
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={startExtract}>
          Make a new document from chosen pages
        </button>
        {document.pagesChanged ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={reset.isPending}
            onClick={() =>
              reset.mutate({ id: document.id }, { onSuccess: () => setStatus('All page changes have been undone.') })
            }
          >
            Undo all page changes
          </button>
        ) : null}
      </div>
      {extracting ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            finishExtract();
          }}
        >
          <TextField
            id="new-document-title"
            label="Title for the new document"
            error={titleError}
            value={newTitle}
            onChange={(e) => setNewTitle(e.target.value)}
            autoComplete="off"
          />
          <div className="app-button-group-inline">
            <button type="submit" className="govuk-button" disabled={extract.isPending}>
              Make the new document
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setExtracting(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
