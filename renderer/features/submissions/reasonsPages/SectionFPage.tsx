import type { SubmissionsOverview } from '../../../../shared/api/types';
import { Details } from '../../start/fields';
import { AnswerPageLoader } from './AnswerPageLoader';
import { SectionWordingForm, type SectionCopy } from './SectionWordingForm';

/** #/cases/:caseId/appeal/section-f: the special educational provision, checked for vague wording (§10). */
export function SectionFPage() {
  return (
    <AnswerPageLoader page="sectionF">
      {(appeal, overview) => (
        <SectionWordingForm
          section="sectionF"
          appeal={appeal}
          overview={overview}
          copy={sectionFCopy(overview)}
          checkWording
        />
      )}
    </AnswerPageLoader>
  );
}

function sectionFCopy(overview: SubmissionsOverview): SectionCopy {
  const who = overview.known.appellant === 'youngPerson' ? 'you' : 'your child';
  return {
    title: 'Section F: special educational provision',
    intro: (
      <>
        <p className="govuk-body">
          Section F of the EHC plan sets out the special educational provision: the help {who} must get for each need in
          Section B. The council has to make sure this help is given.
        </p>
        {/* SEND Code of Practice 9.69 and L v Clarke and Somerset (send-appeals.md §10). */}
        <p className="govuk-body">
          Section F should be detailed and specific, and normally say how much help is given: who gives it, what they
          do, how often, and for how long. Words like “access to” or “regular” can mean that no fixed amount of help has
          to be given, so we point them out as you type.
        </p>
        <Details summary="Where do I find what Section F says now?">
          <p className="govuk-body">
            Look in the final EHC plan that came with the council’s decision letter. If the plan is a PDF, you can
            select the words of Section F and copy them. If it is on paper, type the parts you disagree with.
          </p>
        </Details>
      </>
    ),
    current: {
      label: 'What does Section F say now?',
      hint: 'Paste or type the words from the plan. You can leave out the parts you agree with.',
    },
    proposed: {
      label: 'What do you want Section F to say?',
      hint: 'For each need, write the help as you want it in the plan, for example: “A 45-minute session of speech and language therapy each week, given by a qualified speech and language therapist.”',
    },
    reasons: {
      label: 'Why should Section F be changed?',
      hint: 'For each change, say which need in Section B it meets, and which report recommends it.',
    },
    evidence: {
      legend: 'Evidence for Section F',
      hint: 'Point to the pages that recommend this help, for example the page of a therapy report that says how much therapy is needed.',
    },
  };
}
