import type { SubmissionDocumentId } from '../../../../shared/submissions/documentModel';

/** What each document is for, in a sentence, so the family knows what to do with it. */
export const DOCUMENT_PURPOSES: Record<SubmissionDocumentId, string> = {
  appealFormAnswers:
    'Every answer the Tribunal’s appeal form asks for, in the form’s order. Copy each answer into the online form, ' +
    'or send this with the paper form.',
  reasonsForAppeal:
    'Why you are appealing: for each part of the decision or plan you disagree with, what you want instead, why, ' +
    'and where your evidence is in the bundle.',
  // §8: recommendations are not binding; the health or social care body must reply in writing.
  recommendationsRequest:
    'What you ask the Tribunal to recommend about health and social care (Sections C, D, G, H1 and H2). These are ' +
    'recommendations, not orders: the health or social care body must say in writing what it will do, or why not.',
  // §6.6: the Tribunal may accept a late appeal; the explanation is what it decides on.
  lateAppealExplanation: 'Why your appeal is after the deadline, so the Tribunal can decide whether to accept it.',
  councilLetter: 'A letter asking the council for the parts of the plan that are missing, or a Word copy of the plan.',
  mediationAdviserLetter:
    'A letter telling the mediation adviser that you want to appeal, and asking for your mediation certificate.',
};
