import type { Warning } from './warning';

/** One way forward other than (or before) a Tribunal appeal – §9 table. */
export interface SignpostRoute {
  id:
    | 'tribunalAppeal'
    | 'mediation'
    | 'disagreementResolution'
    | 'schoolComplaint'
    | 'councilComplaint'
    | 'socialCareComplaint'
    | 'nhsComplaint'
    | 'judicialReview'
    | 'disabilityDiscriminationClaim';
  name: string;
  whatItIs: string;
  whenToUse: string;
  whatYouNeed: string[];
  timeLimit: string;
  howToStart: string;
  /** Set when part of this route could not be confirmed (UNCERTAIN in send-appeals.md). */
  uncertain?: Warning;
}

/**
 * §9 DRS row: the service covers four kinds of disagreement. The fourth (council v health
 * commissioners) is between public bodies, so families are only ever pointed to kinds 1–3.
 */
type DisagreementResolutionKind = 1 | 2 | 3;

const DRS_KINDS: Record<DisagreementResolutionKind, string> = {
  1:
    'This is the first of the four kinds of disagreement the service covers: disagreements between you and the ' +
    'council (or a school, nursery, college or academy) about how it carries out its duties for children and ' +
    'young people with special educational needs.',
  2:
    'This is the second of the four kinds of disagreement the service covers: disagreements between you and an ' +
    'early years setting, school or college about the special educational provision it makes, whether or not ' +
    'your child has an EHC plan.',
  3:
    'This is the third of the four kinds of disagreement the service covers: disagreements between you and the ' +
    'NHS (the Integrated Care Board, which used to be called the CCG) or the council about health or social care ' +
    'provision during an assessment, while a plan is drafted, reviewed or reassessed, or while you wait for an appeal.',
};

const tribunalAppealRoute: SignpostRoute = {
  id: 'tribunalAppeal',
  name: 'Appeal to the SEND Tribunal first',
  whatItIs: 'An appeal against the council’s decision to an independent tribunal. It is free.',
  whenToUse:
    'You have a council decision you can appeal. Use that route first: the Ombudsman usually will not look at ' +
    'anything you could have appealed, or matters closely connected to it.',
  whatYouNeed: ['The council’s decision letter', 'A mediation certificate (unless the appeal is only about Section I)'],
  timeLimit: 'Usually 2 months from the decision letter, or 1 month from the mediation certificate if that is later.',
  howToStart: 'Enter the decision in this app to see your deadline and the form to use.',
};

const mediationRoute: SignpostRoute = {
  id: 'mediation',
  name: 'Mediation',
  whatItIs:
    'A meeting with an independent mediator and the council (and the NHS if health is involved) to try to reach ' +
    'an agreement. It is free and voluntary, and choosing it does not affect your right to appeal.',
  whenToUse:
    'When you want to try to settle the disagreement by talking it through. It covers appealable decisions and ' +
    'the health and social care parts of an EHC plan.',
  whatYouNeed: [
    'The council’s decision letter, if there is one',
    'A short list of what you disagree with and what you want instead',
  ],
  timeLimit:
    'Contact the mediation adviser within 2 months of the decision letter. Once you ask for mediation, it must be ' +
    'arranged within 30 days.',
  howToStart:
    'Phone or email the mediation adviser named in the council’s letter, or ask the council’s SEN team for their details.',
};

function disagreementResolutionRoute(kind: DisagreementResolutionKind): SignpostRoute {
  return {
    id: 'disagreementResolution',
    name: 'Disagreement resolution service',
    whatItIs:
      'A free, independent and voluntary service, paid for by the council, that helps sort out disagreements about ' +
      'special educational needs. It does not affect any right to appeal, and you do not have to use it before complaining.',
    whenToUse: DRS_KINDS[kind],
    whatYouNeed: ['A short summary of the disagreement', 'Any letters or plans it is about'],
    timeLimit: 'No fixed time limit, but using it does not stop any other deadline from running.',
    howToStart:
      'Ask your council’s SEN team or your local SENDIASS for the disagreement resolution service’s contact details.',
  };
}

const schoolComplaintRoute: SignpostRoute = {
  id: 'schoolComplaint',
  name: 'Complaint to the school',
  whatItIs: 'Using the school’s own complaints procedure.',
  whenToUse:
    'About the support the school gives (SEN support) or how the school is delivering support. For a council ' +
    'school this goes to the governing body; for an academy or free school it follows the academy’s own procedure. ' +
    'If that does not resolve it, you can then complain to the Department for Education.',
  whatYouNeed: [
    'The school’s complaints policy',
    'Dates and examples of what went wrong',
    'What you want the school to do',
  ],
  timeLimit: 'Set by the school’s complaints policy – check it, and complain as soon as you can.',
  howToStart:
    'Find the complaints policy on the school’s website or ask the school office, then write to the person it names.',
};

const councilComplaintRoute: SignpostRoute = {
  id: 'councilComplaint',
  name: 'Complaint to the council, then the Local Government and Social Care Ombudsman',
  whatItIs:
    'Using the council’s complaints procedure. If that does not put things right, the Ombudsman (an independent, ' +
    'free service) can investigate.',
  whenToUse:
    'When the council has been late, has not delivered the provision in a plan, or has not done what the Tribunal ' +
    'ordered. The Ombudsman usually will not look at anything you could appeal to the Tribunal, unless it was ' +
    'unreasonable to expect you to appeal.',
  whatYouNeed: [
    'Dates of what happened and what was missed',
    'Copies of letters and emails',
    'What you want the council to do',
  ],
  timeLimit:
    'Complain to the council as soon as you can. The Ombudsman normally expects you to come to it within 12 months of ' +
    'noticing the problem, and usually after the council’s own complaints process.',
  howToStart: 'Use the complaints page on the council’s website, or write to its complaints team.',
};

const socialCareComplaintRoute: SignpostRoute = {
  id: 'socialCareComplaint',
  name: 'Children’s social care complaint, then the Local Government and Social Care Ombudsman',
  whatItIs:
    'The council’s special complaints procedure for children’s social care (for example short breaks). If that does ' +
    'not resolve it, the Ombudsman can investigate.',
  whenToUse: 'When the disagreement is about social care needs or provision (Sections D, H1 and H2 of a plan).',
  whatYouNeed: ['Any social care assessment or plan', 'Dates and details of what you disagree with'],
  timeLimit:
    'Complain as soon as you can. The Ombudsman normally expects you to come to it within 12 months of noticing the problem.',
  howToStart: 'Contact the council’s children’s social care complaints team (see the council’s website).',
};

const nhsComplaintRoute: SignpostRoute = {
  id: 'nhsComplaint',
  name: 'NHS complaint, then the Parliamentary and Health Service Ombudsman',
  whatItIs:
    'A complaint to the NHS service or to the Integrated Care Board that pays for it. If that does not resolve it, ' +
    'the Parliamentary and Health Service Ombudsman can investigate.',
  whenToUse: 'When the disagreement is about health needs or health provision (Sections C and G of a plan).',
  whatYouNeed: ['Names of the services involved', 'Dates and details of what happened'],
  timeLimit: 'Within 12 months of what happened, or of when you found out about it.',
  howToStart:
    'Ask the NHS service or the Integrated Care Board for its complaints procedure, and complain to them first.',
};

const judicialReviewRoute: SignpostRoute = {
  id: 'judicialReview',
  name: 'Judicial review (starting with a letter before legal action)',
  whatItIs:
    'A court case in the High Court asking a judge to decide whether a public body acted unlawfully. It always starts ' +
    'with a formal "pre-action protocol" letter, which often sorts the problem out on its own.',
  whenToUse:
    'When there is no right of appeal and the council or NHS is acting unlawfully – for example not delivering the ' +
    'provision in a plan, ignoring a Tribunal order or missing legal deadlines.',
  whatYouNeed: [
    'Copies of the plan, orders or letters involved',
    'A timeline of what has (not) happened',
    'Legal advice',
  ],
  timeLimit: 'Promptly, and in any case within 3 months of the decision or failure.',
  howToStart:
    'Get advice quickly from IPSEA, SOS!SEN or a solicitor (legal aid may be available). They can help you send a ' +
    'pre-action protocol letter.',
  uncertain: {
    code: 'judicialReviewTimeLimitUncertain',
    message:
      'We could not re-check the time limit for judicial review ("promptly and within 3 months"). Get legal advice ' +
      'straight away rather than relying on it.',
  },
};

const disabilityDiscriminationClaimRoute: SignpostRoute = {
  id: 'disabilityDiscriminationClaim',
  name: 'Disability discrimination claim',
  whatItIs:
    'A claim to the SEND Tribunal that a school discriminated against a disabled child or young person. It is a ' +
    'different process from an appeal, and this app does not cover it.',
  whenToUse:
    'When a school has treated your child unfairly because of their disability. For a council, further education ' +
    'college or private nursery, claims go to the County Court instead.',
  whatYouNeed: ['Details and dates of what happened', 'Any letters from the school, such as exclusion letters'],
  timeLimit:
    'Within 6 months of what happened. There is no mediation step, and the Christmas and August extra time does not apply.',
  howToStart:
    'Use form SEND4A (parent) or SEND4B (young person), or SEND26A/26B if you want the Tribunal to reverse a permanent exclusion.',
};

/** §9: every route a family may be pointed to. The DRS entry takes which of its kinds applies. */
export const signpostRouteCatalogue = {
  tribunalAppeal: tribunalAppealRoute,
  mediation: mediationRoute,
  disagreementResolution: disagreementResolutionRoute,
  schoolComplaint: schoolComplaintRoute,
  councilComplaint: councilComplaintRoute,
  socialCareComplaint: socialCareComplaintRoute,
  nhsComplaint: nhsComplaintRoute,
  judicialReview: judicialReviewRoute,
  disabilityDiscriminationClaim: disabilityDiscriminationClaimRoute,
} as const;
