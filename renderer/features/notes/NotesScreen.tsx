import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { formatTimestamp } from '../../components/formatTimestamp';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useNotice } from '../../components/useNotice';
import { CaseLoader } from '../cases/CaseLoader';
import { NoteForm } from './NoteForm';
import { useCreateNote, useNotes } from './useNotes';

export function NotesScreen() {
  return <CaseLoader>{(appeal) => <Notes appeal={appeal} />}</CaseLoader>;
}

/** An adviser's session notes for one appeal: what they are for, the notes, and a box to add one. */
function Notes({ appeal }: { appeal: CaseDetail }) {
  const notice = useNotice();
  const notes = useNotes(appeal.id);
  const create = useCreateNote(appeal.id);
  return (
    <Page title="Session notes" caption={appeal.name}>
      <Link to={`/cases/${appeal.id}`} className="govuk-back-link">
        Back to {appeal.name}
      </Link>
      {notice ? <SuccessBanner message={notice} /> : null}
      <div className="govuk-inset-text">
        These notes are for you as an adviser. They stay on this computer and are never included in the bundle, the
        written submissions or a calendar file. A handover file includes them only if you tick the box that says so.
      </div>
      {notes.isError ? <ProblemPanel error={notes.error} /> : null}
      {create.isError ? <ProblemPanel error={create.error} /> : null}
      <NoteForm
        label="Add a note"
        submitLabel="Save note"
        pending={create.isPending}
        onSave={(body, reset) => create.mutate(body, { onSuccess: reset })}
      />
      <p className="govuk-body" role="status">
        {create.isSuccess ? 'Your note has been saved.' : ''}
      </p>
      <h2 className="govuk-heading-m">Notes, newest first</h2>
      {notes.isSuccess && notes.data.length === 0 ? <p className="govuk-body">No notes yet.</p> : null}
      <ul className="govuk-list">
        {notes.data?.map((note) => (
          <li key={note.id} className="app-note">
            <p className="govuk-body-s app-case-list__meta">
              {formatTimestamp(note.createdAt)}
              {note.updatedAt !== note.createdAt ? ` (changed ${formatTimestamp(note.updatedAt)})` : ''}
            </p>
            <p className="govuk-body app-note__body">{note.body}</p>
            <p className="govuk-body app-button-group-inline">
              <Link className="govuk-link" to={`/cases/${appeal.id}/notes/${note.id}/edit`}>
                Change<span className="govuk-visually-hidden"> the note from {formatTimestamp(note.createdAt)}</span>
              </Link>
              <Link className="govuk-link" to={`/cases/${appeal.id}/notes/${note.id}/delete`}>
                Delete<span className="govuk-visually-hidden"> the note from {formatTimestamp(note.createdAt)}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
