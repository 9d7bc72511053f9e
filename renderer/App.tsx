import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createHashRouter } from 'react-router';
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
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
]);

// Everything is local, so there is nothing to gain from retrying or refetching on focus.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
