import { Link, useNavigate } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { CaseLoader } from '../cases/CaseLoader';
import { NoteForm } from './NoteForm';
import { useNoteFromAddress } from './useNoteFromAddress';
import { useUpdateNote } from './useNotes';

export function EditNoteScreen() {
  return <CaseLoader>{(appeal) => <EditNote appeal={appeal} />}</CaseLoader>;
}

function EditNote({ appeal }: { appeal: CaseDetail }) {
  const navigate = useNavigate();
  const { notes, note } = useNoteFromAddress(appeal.id);
  const update = useUpdateNote(appeal.id);
  const back = `/cases/${appeal.id}/notes`;
  return (
    <Page title="Change a session note" caption={appeal.name}>
      <Link to={back} className="govuk-back-link">
        Back to session notes
      </Link>
      {notes.isError ? <ProblemPanel error={notes.error} /> : null}
      {update.isError ? <ProblemPanel error={update.error} /> : null}
      {notes.isSuccess && !note ? (
        <p className="govuk-body">We could not find that note. It may have been deleted.</p>
      ) : null}
      {note ? (
        <NoteForm
          label="Note"
          submitLabel="Save changes"
          initial={note.body}
          pending={update.isPending}
          onSave={(body) =>
            update.mutate(
              { id: note.id, body },
              { onSuccess: () => void navigate(back, { state: { notice: 'The note has been changed.' } }) },
            )
          }
        />
      ) : null}
    </Page>
  );
}
