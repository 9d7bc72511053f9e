import type { RouteObject } from 'react-router';
import { BackupsScreen } from '../backups/BackupsScreen';
import { RestoreBackupScreen } from '../backups/RestoreBackupScreen';
import { CouncilScreen } from '../cases/CouncilScreen';
import { TribunalReferenceScreen } from '../cases/TribunalReferenceScreen';
import { DeleteNoteScreen } from '../notes/DeleteNoteScreen';
import { EditNoteScreen } from '../notes/EditNoteScreen';
import { NotesScreen } from '../notes/NotesScreen';
import { AddTimelineDateScreen } from '../timeline/AddTimelineDateScreen';

/** Screens for many families on one laptop (issue 7): case details, dates, session notes and backups. */
export const workspaceRoutes: RouteObject[] = [
  { path: 'cases/:caseId/council', element: <CouncilScreen /> },
  { path: 'cases/:caseId/reference', element: <TribunalReferenceScreen /> },
  { path: 'cases/:caseId/dates/add', element: <AddTimelineDateScreen /> },
  { path: 'cases/:caseId/notes', element: <NotesScreen /> },
  { path: 'cases/:caseId/notes/:noteId/edit', element: <EditNoteScreen /> },
  { path: 'cases/:caseId/notes/:noteId/delete', element: <DeleteNoteScreen /> },
  { path: 'backups', element: <BackupsScreen /> },
  { path: 'backups/:backupName/restore', element: <RestoreBackupScreen /> },
];
