import { Navigate, type RouteObject } from 'react-router';
import { CapacityQuestion } from './CapacityQuestion';
import { CertificateQuestion } from './CertificateQuestion';
import { DateOfBirthQuestion } from './DateOfBirthQuestion';
import { DecisionDateQuestion } from './DecisionDateQuestion';
import { DecisionQuestion } from './DecisionQuestion';
import { STEP_PATHS } from './flow';
import { LetterQuestion } from './LetterQuestion';
import { OtherDecisionQuestion } from './OtherDecisionQuestion';
import { ResultScreen } from './result/ResultScreen';
import { SectionsQuestion } from './SectionsQuestion';

const base = 'cases/:caseId/start';

/** The "start a case" interview and its result: `#/cases/:caseId/start/...`. */
export const startRoutes: RouteObject[] = [
  { path: base, element: <Navigate to={STEP_PATHS.decision} replace /> },
  { path: `${base}/${STEP_PATHS.decision}`, element: <DecisionQuestion /> },
  { path: `${base}/${STEP_PATHS.sections}`, element: <SectionsQuestion /> },
  { path: `${base}/${STEP_PATHS.otherDecision}`, element: <OtherDecisionQuestion /> },
  { path: `${base}/${STEP_PATHS.decisionDate}`, element: <DecisionDateQuestion /> },
  { path: `${base}/${STEP_PATHS.certificate}`, element: <CertificateQuestion /> },
  { path: `${base}/${STEP_PATHS.dateOfBirth}`, element: <DateOfBirthQuestion /> },
  { path: `${base}/${STEP_PATHS.capacity}`, element: <CapacityQuestion /> },
  { path: `${base}/${STEP_PATHS.letter}`, element: <LetterQuestion /> },
  { path: `${base}/${STEP_PATHS.result}`, element: <ResultScreen /> },
];
