import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DocumentDetail } from '../../../shared/api/types';
import { ProblemPanel } from '../../components/ProblemPanel';
import { useDeleteDocument } from './useDocuments';

/** Delete, after a plain "are you sure?" on the same page. */
export function DeleteDocument({ document }: { document: DocumentDetail }) {
  const navigate = useNavigate();
  const remove = useDeleteDocument(document.caseId);
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="delete-title">
      <h2 className="govuk-heading-m" id="delete-title">
        Delete this document
      </h2>
      {remove.isError ? <ProblemPanel error={remove.error} /> : null}
      {asking ? (
        <>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>“{document.title}” will be removed from this appeal.
              This cannot be undone.
            </strong>
          </div>
          <div className="app-button-group-inline">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(document.id, {
                  onSuccess: () =>
                    void navigate(`/cases/${document.caseId}/documents`, {
                      state: { notice: `“${document.title}” has been deleted.` },
                    }),
                })
              }
            >
              Yes, delete it
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setAsking(false)}>
              No, keep it
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => setAsking(true)}>
          Delete this document
        </button>
      )}
    </section>
  );
}
