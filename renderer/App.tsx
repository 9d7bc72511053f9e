import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createHashRouter } from 'react-router';
import { ApiError } from './api/ApiError';
import { Layout } from './components/Layout';
import { NotFoundScreen } from './components/NotFoundScreen';
import { CaseScreen } from './features/cases/CaseScreen';
import { DeleteCaseScreen } from './features/cases/DeleteCaseScreen';
import { NewCaseScreen } from './features/cases/NewCaseScreen';
import { RenameCaseScreen } from './features/cases/RenameCaseScreen';
import { BundleScreen } from './features/bundle/BundleScreen';
import { DocumentScreen } from './features/documents/DocumentScreen';
import { DocumentsScreen } from './features/documents/DocumentsScreen';
import { startRoutes } from './features/start/startRoutes';
import { WorkspaceScreen } from './features/workspace/WorkspaceScreen';
import { workspaceRoutes } from './features/workspace/workspaceRoutes';
import { handoverRoutes } from './features/handover/handoverRoutes';
import { submissionRoutes } from './features/submissions/submissionRoutes';
import { showLocked } from './features/lock/lockCache';
import { lockRoutes } from './features/lock/lockRoutes';

// Hash routes work the same under app://bundle/index.html and in the browser harness.
const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <WorkspaceScreen /> },
      { path: 'cases/new', element: <NewCaseScreen /> },
      { path: 'cases/:caseId', element: <CaseScreen /> },
      { path: 'cases/:caseId/rename', element: <RenameCaseScreen /> },
      { path: 'cases/:caseId/delete', element: <DeleteCaseScreen /> },
      { path: 'cases/:caseId/documents', element: <DocumentsScreen /> },
      { path: 'cases/:caseId/documents/:documentId', element: <DocumentScreen /> },
      { path: 'cases/:caseId/bundle', element: <BundleScreen /> },
      ...startRoutes,
      ...workspaceRoutes,
      ...handoverRoutes,
      ...submissionRoutes,
      ...lockRoutes,
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
]);

// Any call answered LOCKED means the app locked itself meanwhile (idle time, the computer's screen
// lock): go straight to the unlock screen and forget what was on show (issue 7).
const whenLocked = (error: unknown) => {
  if (error instanceof ApiError && error.shape.code === 'LOCKED') showLocked(queryClient);
};

// Everything is local, so there is nothing to gain from retrying or refetching on focus.
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: whenLocked }),
  mutationCache: new MutationCache({ onError: whenLocked }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
