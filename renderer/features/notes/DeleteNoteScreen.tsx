import { Link, useNavigate } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { formatTimestamp } from '../../components/formatTimestamp';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { WarningText } from '../../components/WarningText';
import { CaseLoader } from '../cases/CaseLoader';
import { useNoteFromAddress } from './useNoteFromAddress';
import { useDeleteNote } from './useNotes';

export function DeleteNoteScreen() {
  return <CaseLoader>{(appeal) => <DeleteNote appeal={appeal} />}</CaseLoader>;
}

/** Asks once before a note is deleted. */
function DeleteNote({ appeal }: { appeal: CaseDetail }) {
  const navigate = useNavigate();
  const { notes, note } = useNoteFromAddress(appeal.id);
  const remove = useDeleteNote(appeal.id);
  const back = `/cases/${appeal.id}/notes`;
  return (
    <Page title="Are you sure you want to delete this note?" caption={appeal.name}>
      {notes.isError ? <ProblemPanel error={notes.error} /> : null}
      {remove.isError ? <ProblemPanel error={remove.error} /> : null}
      {notes.isSuccess && !note ? (
        <p className="govuk-body">We could not find that note. It may have been deleted.</p>
      ) : null}
      {note ? (
        <>
          <p className="govuk-body-s app-case-list__meta">{formatTimestamp(note.createdAt)}</p>
          <div className="govuk-inset-text app-note__body">{note.body}</div>
          <WarningText>Deleting a note cannot be undone.</WarningText>
          <div className="app-button-group-inline">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(note.id, {
                  onSuccess: () => void navigate(back, { state: { notice: 'The note has been deleted.' } }),
                })
              }
            >
              Yes, delete the note
            </button>
            <Link className="govuk-link" to={back}>
              No, keep it
            </Link>
          </div>
        </>
      ) : null}
    </Page>
  );
}
