import type { RouteObject } from 'react-router';
import { AboutDecisionPage } from './peoplePages/AboutDecisionPage';
import { AppellantPage } from './peoplePages/AppellantPage';
import { ChildPage } from './peoplePages/ChildPage';
import { ContactPage } from './peoplePages/ContactPage';
import { CouncilLetterPage } from './peoplePages/CouncilLetterPage';
import { DeclarationPage } from './peoplePages/DeclarationPage';
import { HearingPage } from './peoplePages/HearingPage';
import { LateAppealPage } from './peoplePages/LateAppealPage';
import { MediationPage } from './peoplePages/MediationPage';
import { OtherCasesPage } from './peoplePages/OtherCasesPage';
import { OtherPeoplePage } from './peoplePages/OtherPeoplePage';
import { RepresentativePage } from './peoplePages/RepresentativePage';
import { PAGE_SLUGS } from './submissionPaths';

const base = 'cases/:caseId/appeal';

/** About you and the child, the hearing and the declaration (pages in peoplePages/). */
export const peopleRoutes: RouteObject[] = [
  { path: `${base}/${PAGE_SLUGS.child}`, element: <ChildPage /> },
  { path: `${base}/${PAGE_SLUGS.appellant}`, element: <AppellantPage /> },
  { path: `${base}/${PAGE_SLUGS.contact}`, element: <ContactPage /> },
  { path: `${base}/${PAGE_SLUGS.otherPeople}`, element: <OtherPeoplePage /> },
  { path: `${base}/${PAGE_SLUGS.representative}`, element: <RepresentativePage /> },
  { path: `${base}/${PAGE_SLUGS.aboutDecision}`, element: <AboutDecisionPage /> },
  { path: `${base}/${PAGE_SLUGS.mediation}`, element: <MediationPage /> },
  { path: `${base}/${PAGE_SLUGS.lateAppeal}`, element: <LateAppealPage /> },
  { path: `${base}/${PAGE_SLUGS.otherCases}`, element: <OtherCasesPage /> },
  { path: `${base}/${PAGE_SLUGS.hearing}`, element: <HearingPage /> },
  { path: `${base}/${PAGE_SLUGS.councilLetter}`, element: <CouncilLetterPage /> },
  { path: `${base}/${PAGE_SLUGS.declaration}`, element: <DeclarationPage /> },
];
