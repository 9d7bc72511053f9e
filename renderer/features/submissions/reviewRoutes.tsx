import type { RouteObject } from 'react-router';
import { AppealHubScreen } from './reviewPages/AppealHubScreen';
import { CheckAnswersScreen } from './reviewPages/CheckAnswersScreen';
import { SubmissionDocumentsScreen } from './reviewPages/SubmissionDocumentsScreen';

const base = 'cases/:caseId/appeal';

/** The "write your appeal" task list, check your answers and the documents (pages in reviewPages/). */
export const reviewRoutes: RouteObject[] = [
  { path: base, element: <AppealHubScreen /> },
  { path: `${base}/check-your-answers`, element: <CheckAnswersScreen /> },
  { path: `${base}/documents`, element: <SubmissionDocumentsScreen /> },
];
