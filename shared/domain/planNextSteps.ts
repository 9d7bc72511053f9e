import type { AppealClassification } from './classifyAppeal';
import type { AppellantResult } from './computeAppellant';
import type { DeadlineResult } from './computeDeadline';
import type { MediationContactResult } from './computeMediationContactDate';
import { formatDateForHumans, isBefore, type IsoDate } from './dates';
import type { DecisionTypeId } from './decisionTypes';
import type { LetterCheckResult } from './checkDecisionLetter';
import type { SignpostResult } from './signpostRoutes';
import type { DateIssue } from './validateCaseDates';

export interface NextStepsContext {
  today: IsoDate;
  decisionTypeId: DecisionTypeId | undefined;
  includesSectionI: boolean;
  classification: AppealClassification | null;
  appellant: AppellantResult | null;
  deadline: DeadlineResult | null;
  mediationContact: MediationContactResult | null;
  hasCertificate: boolean;
  letterCheck: LetterCheckResult | null;
  signposting: SignpostResult | null;
  validation: DateIssue[];
}

const FREE_HELP =
  'If you would like help, contact your local SENDIASS, IPSEA, SOS!SEN or Contact – their advice is free.';

// §4: documents for content, refusal-to-amend and cease appeals include the final plan.
const NEEDS_FINAL_PLAN: ReadonlySet<DecisionTypeId> = new Set(['contents', 'refusalToAmend', 'ceaseToMaintain']);

/** The "what to do this week" list: the most urgent step first, each one a plain instruction. */
export function planNextSteps(context: NextStepsContext): string[] {
  const { classification, deadline, mediationContact, signposting, appellant, letterCheck, today } = context;
  const steps: string[] = [];

  if (context.validation.some((issue) => issue.severity === 'error')) {
    steps.push('Check the dates you entered – at least one of them cannot be right (see the messages about dates).');
  }
  if (appellant !== null && !appellant.canAppeal) {
    steps.push(
      'Get advice from IPSEA or your local SENDIASS before doing anything else: the Tribunal cannot hear an appeal ' +
        'for someone aged 25 or over.',
    );
    return steps;
  }
  if (classification === null) {
    steps.push('Find the council’s latest letter and tell us what it decided, so we can work out what you can do.');
    steps.push(FREE_HELP);
    return steps;
  }

  if (classification.route === 'other') {
    const first = signposting?.routes[0];
    if (first !== undefined) {
      steps.push(`Read the options listed. A good place to start is: ${first.name}.`);
    }
    if (signposting?.rulesApplied.includes('S3') === true) {
      steps.push('As soon as the council’s decision arrives, enter its date here so we can work out your deadline.');
    }
    steps.push(FREE_HELP);
    return steps;
  }

  if (deadline === null) {
    steps.push(
      'Find the date printed on the council’s decision letter and enter it, so we can work out your deadline.',
    );
  } else if (deadline.daysRemaining !== null && deadline.daysRemaining < 0) {
    steps.push(
      'Your deadline has passed, but you can still appeal. Send your appeal as soon as you can, with a short ' +
        'statement explaining why it is late.',
    );
    if (letterCheck !== null && letterCheck.lateAppealLines.length > 0) {
      steps.push(
        'In that statement, say what the council’s letter left out – we have written sentences you can use in the letter check.',
      );
    }
  }

  if (classification.certificate === 'required' && !context.hasCertificate) {
    if (mediationContact !== null && !isBefore(mediationContact.contactBy, today)) {
      const callBy = isBefore(mediationContact.callBy, today)
        ? 'as soon as you can'
        : `by ${formatDateForHumans(mediationContact.callBy)}`;
      steps.push(
        `Contact the mediation adviser named in the council’s letter ${callBy} (${formatDateForHumans(mediationContact.contactBy)} ` +
          'at the latest). Tell them you want to appeal and whether you would like mediation.',
      );
    } else {
      steps.push(
        'Contact the mediation adviser named in the council’s letter straight away and ask for a mediation certificate.',
      );
    }
  } else if (classification.certificate === 'exempt') {
    steps.push(
      'You do not need a mediation certificate for this appeal. You can still choose mediation if you want to.',
    );
  } else {
    steps.push('Keep your mediation certificate safe – you will send a copy with your appeal.');
  }

  if (deadline !== null && (deadline.daysRemaining === null || deadline.daysRemaining >= 0)) {
    steps.push(
      `Put your deadline on your calendar: the Tribunal must receive your appeal by 5pm on ${deadline.deadlineForHumans}. ` +
        'Aim to send it at least a week before.',
    );
  }

  steps.push(
    `Get form ${classification.form ?? 'SEND35'} from GOV.UK (search for "appeal SEN decision") and start filling it in.`,
  );

  const documents = ['the council’s decision letter'];
  if (classification.certificate === 'required') documents.push('your mediation certificate');
  if (context.decisionTypeId !== undefined && NEEDS_FINAL_PLAN.has(context.decisionTypeId)) {
    documents.push('the final EHC plan with all its appendices');
  }
  if (context.includesSectionI)
    documents.push('the name and address of the school or college you want, and what it said when you contacted it');
  // §4: an incomplete appeal is sent back and has not started, so the deadline keeps running.
  steps.push(
    `Gather copies of ${documents.join(', ')}. If something required is missing, the Tribunal sends the form back ` +
      'and your appeal has not started – the deadline keeps running.',
  );

  if (appellant?.appellant === 'youngPerson') {
    steps.push(
      appellant.capacityQuestions.length > 0
        ? 'Talk with the young person about the appeal – it is made in their name. Go through the capacity questions together.'
        : 'Talk with the young person about the appeal – it is made in their name, and you can help as their representative or supporter.',
    );
  }
  if (letterCheck !== null && letterCheck.items.some((item) => item.status === 'notAnswered')) {
    steps.push('Go through the decision-letter questions with the letter in front of you.');
  }
  steps.push(FREE_HELP);
  return steps;
}
