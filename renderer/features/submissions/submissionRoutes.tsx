import type { RouteObject } from 'react-router';
import { peopleRoutes } from './peopleRoutes';
import { reasonsRoutes } from './reasonsRoutes';
import { reviewRoutes } from './reviewRoutes';

/** "Write your appeal": `#/cases/:caseId/appeal/...` (paths in submissionPaths.ts). */
export const submissionRoutes: RouteObject[] = [...reviewRoutes, ...peopleRoutes, ...reasonsRoutes];
