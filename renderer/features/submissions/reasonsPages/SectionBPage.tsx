import { Link } from 'react-router';
import type { SubmissionsOverview } from '../../../../shared/api/types';
import { Details } from '../../start/fields';
import { pageUrl } from '../submissionPaths';
import { AnswerPageLoader } from './AnswerPageLoader';
import { SectionWordingForm, type SectionCopy } from './SectionWordingForm';

/** #/cases/:caseId/appeal/section-b: the special educational needs the plan describes (§1, §7.4). */
export function SectionBPage() {
  return (
    <AnswerPageLoader page="sectionB">
      {(appeal, overview) => (
        <SectionWordingForm
          section="sectionB"
          appeal={appeal}
          overview={overview}
          copy={sectionBCopy(appeal.id, overview)}
          checkWording={false}
        />
      )}
    </AnswerPageLoader>
  );
}

function sectionBCopy(caseId: string, overview: SubmissionsOverview): SectionCopy {
  const youngPerson = overview.known.appellant === 'youngPerson';
  const whose = youngPerson ? 'your' : 'your child’s';
  const they = youngPerson ? 'you' : 'they';
  return {
    title: 'Section B: special educational needs',
    intro: (
      <>
        <p className="govuk-body">
          Section B of the EHC plan lists {whose} special educational needs: everything {they} find hard, for example
          with learning, communication, behaviour, emotions or physical skills.
        </p>
        <p className="govuk-body">
          Every need should be written down here, because Section F must then set out the help for each one.
        </p>
        <Details summary="Where do I find what Section B says now?">
          <p className="govuk-body">
            Look in the final EHC plan that came with the council’s decision letter. If the plan is a PDF, you can
            select the words of Section B and copy them. If it is on paper, type the parts you disagree with.
          </p>
          <p className="govuk-body">
            If you need a Word copy of the plan,{' '}
            <Link className="govuk-link" to={pageUrl(caseId, 'councilLetter')}>
              you can ask the council for one
            </Link>
            .
          </p>
        </Details>
      </>
    ),
    current: {
      label: 'What does Section B say now?',
      hint: 'Paste or type the words from the plan. You can leave out the parts you agree with.',
    },
    proposed: {
      label: 'What do you want Section B to say?',
      hint: 'Write each need as you want it to appear in the plan. You can copy the current wording and change it, or add needs that are missing.',
    },
    reasons: {
      label: 'Why should Section B be changed?',
      hint: 'For each change, say briefly why, and which report, letter or record shows it.',
    },
    evidence: {
      legend: 'Evidence for Section B',
      hint: 'Point to the pages of your documents that describe these needs, for example a page of an educational psychologist’s report.',
    },
  };
}
