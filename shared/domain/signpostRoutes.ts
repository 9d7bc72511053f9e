import type { NotAppealableMatterId } from './decisionTypes';
import { helpOrganisations, type HelpOrganisation } from './helpOrganisations';
import { signpostRouteCatalogue as routes, type SignpostRoute } from './signpostRouteCatalogue';

export interface Disagreement {
  matter: NotAppealableMatterId;
  /** Whether the family also has a council decision they could appeal (§9 S2). */
  appealableDecisionExists?: boolean | undefined;
}

export type SignpostingRule = 'S1' | 'S2' | 'S3' | 'S4';

export interface SignpostResult {
  /** S2: when an appealable decision exists, the Tribunal comes first. */
  tribunalFirst: boolean;
  routes: SignpostRoute[];
  /** S4: always shown. */
  helpOrganisations: readonly HelpOrganisation[];
  notes: string[];
  /** Which §9 signposting rules produced this answer, so the UI can explain itself. */
  rulesApplied: SignpostingRule[];
}

/** §9 table: where each non-appealable disagreement can go. */
const ROUTES_BY_MATTER: Record<NotAppealableMatterId, SignpostRoute[]> = {
  // S1: health-only / social-care-only → mediation, DRS, complaint + ombudsman, JR.
  healthOnly: [routes.mediation, routes.disagreementResolution(3), routes.nhsComplaint, routes.judicialReview],
  socialCareOnly: [
    routes.mediation,
    routes.disagreementResolution(3),
    routes.socialCareComplaint,
    routes.judicialReview,
  ],
  schoolSenSupport: [routes.schoolComplaint, routes.disagreementResolution(2)],
  // S3: no decision yet → complaint / pre-action letter.
  laDelay: [routes.councilComplaint, routes.judicialReview, routes.disagreementResolution(1)],
  provisionNotDelivered: [
    routes.councilComplaint,
    routes.judicialReview,
    routes.schoolComplaint,
    routes.disagreementResolution(1),
  ],
  tribunalOrderNotFollowed: [routes.councilComplaint, routes.judicialReview],
  personalBudget: [routes.councilComplaint, routes.disagreementResolution(1)],
  sectionsAOrE: [routes.disagreementResolution(1), routes.councilComplaint],
  disabilityDiscrimination: [routes.disabilityDiscriminationClaim, routes.schoolComplaint],
};

/** §9 signposting rules S1–S4 for disagreements that cannot be appealed to the Tribunal. */
export function signpostRoutes(disagreement: Disagreement): SignpostResult {
  const { matter } = disagreement;
  // A disability discrimination claim is its own Tribunal process, so S2 does not put an appeal first.
  const tribunalFirst = disagreement.appealableDecisionExists === true && matter !== 'disabilityDiscrimination';
  const rulesApplied: SignpostingRule[] = [];
  const notes: string[] = [];

  if (matter === 'healthOnly' || matter === 'socialCareOnly') {
    rulesApplied.push('S1');
    notes.push(
      'Do not use the Tribunal appeal form (SEND35) for this on its own: health and social care parts of a plan ' +
        'can only go to the Tribunal alongside an appeal about an education part (B, F or I).',
    );
  }
  if (tribunalFirst) {
    rulesApplied.push('S2');
    notes.push(
      matter === 'healthOnly' || matter === 'socialCareOnly'
        ? 'Because you also have a decision you can appeal, appeal that first and ask the Tribunal to make health ' +
            'or social care recommendations as part of the same appeal.'
        : 'Because you also have a decision you can appeal, appeal that first. Complaints about the same things ' +
            'are usually turned down while an appeal is possible.',
    );
  }
  if (matter === 'laDelay') {
    rulesApplied.push('S3');
    notes.push(
      'When the council’s decision arrives, enter its date in this app straight away so we can work out your ' +
        'appeal deadline.',
    );
  }
  if (matter === 'personalBudget') {
    notes.push(
      'If the problem is the support itself rather than how it is paid for, you can appeal Section F instead.',
    );
  }
  rulesApplied.push('S4');

  return {
    tribunalFirst,
    routes: tribunalFirst ? [routes.tribunalAppeal, ...ROUTES_BY_MATTER[matter]] : [...ROUTES_BY_MATTER[matter]],
    helpOrganisations,
    notes,
    rulesApplied,
  };
}
