import type { RouteObject } from 'react-router';
import { HandOverCaseScreen } from './HandOverCaseScreen';
import { OpenCaseFileScreen } from './OpenCaseFileScreen';

/** Handing a case over as an encrypted file, and opening one (issue 7). */
export const handoverRoutes: RouteObject[] = [
  { path: 'cases/:caseId/hand-over', element: <HandOverCaseScreen /> },
  { path: 'open-case-file', element: <OpenCaseFileScreen /> },
];
