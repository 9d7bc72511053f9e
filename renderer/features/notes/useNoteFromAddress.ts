import { useParams } from 'react-router';
import { useNotes } from './useNotes';

/** The note named in the address (…/notes/:noteId/…), from the case's list of notes. */
export function useNoteFromAddress(caseId: string) {
  const noteId = useParams().noteId ?? '';
  const notes = useNotes(caseId);
  return { notes, note: notes.data?.find((item) => item.id === noteId) };
}
