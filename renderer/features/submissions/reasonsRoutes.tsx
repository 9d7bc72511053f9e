import type { RouteObject } from 'react-router';
import { EvidenceMapPage } from './reasonsPages/EvidenceMapPage';
import { PlacementPage } from './reasonsPages/PlacementPage';
import { ReasonsPage } from './reasonsPages/ReasonsPage';
import { RecommendationsPage } from './reasonsPages/RecommendationsPage';
import { SectionBPage } from './reasonsPages/SectionBPage';
import { SectionFPage } from './reasonsPages/SectionFPage';
import { PAGE_SLUGS } from './submissionPaths';

const base = 'cases/:caseId/appeal';

/** Reasons, Sections B, F and I, recommendations and the evidence map (pages in reasonsPages/). */
export const reasonsRoutes: RouteObject[] = [
  { path: `${base}/${PAGE_SLUGS.reasons}`, element: <ReasonsPage /> },
  { path: `${base}/${PAGE_SLUGS.sectionB}`, element: <SectionBPage /> },
  { path: `${base}/${PAGE_SLUGS.sectionF}`, element: <SectionFPage /> },
  { path: `${base}/${PAGE_SLUGS.placement}`, element: <PlacementPage /> },
  { path: `${base}/${PAGE_SLUGS.recommendations}`, element: <RecommendationsPage /> },
  // Matches evidenceMapUrl in submissionPaths.ts.
  { path: `${base}/evidence-map`, element: <EvidenceMapPage /> },
];
