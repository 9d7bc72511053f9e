// Document 5: two short letters the family may need before or while appealing.
// - To the council: the Section K appendices missing from the final plan (§4: send what you have,
//   ask for the rest) and a Word copy of the plan for the working document (§7.4).
// - To the mediation adviser: the family wants to appeal and asks for the certificate (§5). They do
//   not have to agree to mediation to get one.
import type { Block, SubmissionDocument } from './documentModel';
import { heading, paragraph, text } from './documentModel';
import {
  caseTitle,
  childName,
  councilName,
  fullName,
  humanDate,
  isYoungPersonAppeal,
  type SubmissionInput,
} from './submissionInput';

function letterHead(input: SubmissionInput, to: string): Block[] {
  const contact = input.answers.contact ?? {};
  const from = [fullName(input.answers.appellant), contact.address, contact.postcode, contact.email, contact.phone]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '');
  return [...from.map((line) => paragraph(text(line))), paragraph(text(humanDate(input.today))), paragraph(text(to))];
}

function about(input: SubmissionInput): Block {
  const child = childName(input);
  const dob = humanDate(input.facts.dateOfBirth);
  const who = isYoungPersonAppeal(input) ? 'Young person' : 'Child';
  return heading(2, `${who}: ${child || 'name not given yet'}${dob === '' ? '' : `, date of birth ${dob}`}`);
}

function signOff(input: SubmissionInput): Block[] {
  return [paragraph(text('Yours sincerely,')), paragraph(text(fullName(input.answers.appellant)))];
}

/** Null unless the plan is part of the appeal and the family asked for appendices or a Word copy. */
export function buildCouncilLetter(input: SubmissionInput): SubmissionDocument | null {
  const id = input.facts.decisionType;
  const hasPlan = id === 'contents' || id === 'refusalToAmend' || id === 'ceaseToMaintain';
  const request = input.answers.councilRequest ?? {};
  const appendices = (request.missingAppendices ?? []).filter((a) => a.trim() !== '');
  if (!hasPlan || (appendices.length === 0 && request.wantsWordCopy !== true)) return null;

  const council = councilName(input);
  const planDate = request.planDate === undefined ? '' : ` dated ${humanDate(request.planDate)}`;
  const blocks: Block[] = [
    ...letterHead(input, `To: ${council === '' ? 'the council' : council}, SEND team`),
    about(input),
    paragraph(text('Dear SEND team,')),
    paragraph(
      text(
        `I am preparing an appeal to the SEND Tribunal about the EHC plan${planDate}. Please send me the following as ` +
          'soon as possible:',
      ),
    ),
  ];
  const items = [
    ...appendices.map((a) => `The appendix listed in Section K that was not attached to the plan: ${a}.`),
    ...(request.wantsWordCopy === true
      ? ['A copy of the final plan in Word format, so that I can prepare the working document for the Tribunal.']
      : []),
  ];
  blocks.push({ kind: 'list', items: items.map((item) => [text(item)]) }, ...signOff(input));

  return {
    id: 'councilLetter',
    title: 'Letter to the council',
    caseTitle: caseTitle(input),
    fileName: 'letter-to-the-council',
    blocks,
    problems: [],
  };
}

/** Null unless a certificate is needed and the family does not have one yet. */
export function buildMediationAdviserLetter(input: SubmissionInput): SubmissionDocument | null {
  const classification = input.assessment.classification;
  if (classification?.certificate !== 'required') return null;
  if (input.facts.certificateDate !== undefined || input.answers.mediation?.hasCertificate === true) return null;

  const mediation = input.answers.mediation ?? {};
  const adviser = [mediation.adviserName, mediation.adviserOrganisation].filter((p) => p !== undefined).join(', ');
  const council = councilName(input) || 'the council';
  const dated = input.facts.decisionDate === undefined ? '' : ` dated ${humanDate(input.facts.decisionDate)}`;
  const wants = mediation.wantsMediation === true;
  const blocks: Block[] = [
    ...letterHead(input, `To: ${adviser === '' ? 'the mediation adviser' : adviser}`),
    about(input),
    paragraph(text(adviser === '' ? 'Dear mediation adviser,' : `Dear ${mediation.adviserName ?? adviser},`)),
    paragraph(
      text(
        `${council} sent me a decision${dated}. I want to appeal to the SEND Tribunal, and I am contacting you ` +
          'about mediation as the decision letter says I must.',
      ),
    ),
    paragraph(
      text(
        wants
          ? 'I would like to try mediation first. Please contact me to arrange it. If mediation does not settle ' +
              'everything, I will still need a mediation certificate so that I can appeal.'
          : 'I do not want to take part in mediation. Please send me a mediation certificate so that I can appeal.',
      ),
    ),
    ...signOff(input),
  ];

  return {
    id: 'mediationAdviserLetter',
    title: 'Letter to the mediation adviser',
    caseTitle: caseTitle(input),
    fileName: 'letter-to-the-mediation-adviser',
    blocks,
    problems: [],
  };
}
