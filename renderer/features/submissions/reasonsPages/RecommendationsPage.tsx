import { useState } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { RECOMMENDATION_SECTION_TITLES } from '../../../../shared/submissions/buildRecommendationsRequest';
import {
  recommendationSectionIds,
  type RecommendationAnswer,
  type RecommendationSectionId,
  type SubmissionAnswers,
} from '../../../../shared/submissions/submissionAnswersSchema';
import { WarningText } from '../../../components/WarningText';
import { Checkboxes } from '../../start/fields';
import { AnswerForm } from '../AnswerForm';
import { errorFor } from '../answerErrors';
import { useAnswerPage } from '../useAnswerPage';
import { AnswerPageLoader } from './AnswerPageLoader';
import { boxText, optionalText } from '../answerText';
import { citationsValue, savedCitations, unaddedCitation } from './citations';
import { RecommendationFieldset, recommendationIds, type RecommendationDraft } from './RecommendationFieldset';

type Drafts = Record<RecommendationSectionId, RecommendationDraft>;

/** #/cases/:caseId/appeal/recommendations: health and social care recommendations (send-appeals.md §8). */
export function RecommendationsPage() {
  return (
    <AnswerPageLoader page="recommendations">
      {(appeal, overview) => <RecommendationsForm appeal={appeal} overview={overview} />}
    </AnswerPageLoader>
  );
}

/** Each section in plain words, for the person and for a young person appealing themselves. */
function sectionHints(youngPerson: boolean): Record<RecommendationSectionId, string> {
  const whose = youngPerson ? 'your' : 'your child’s';
  return {
    c: `Health needs linked to ${whose} special educational needs, for example a medical condition, or difficulty eating or sleeping.`,
    d: `Social care needs linked to ${whose} special educational needs or disability, for example needing care at home or help to take part in activities.`,
    g: 'The health care to be given for those needs, for example by NHS therapists, nurses or doctors.',
    h1: 'Social care the council must arrange for a disabled child under section 2 of the Chronically Sick and Disabled Persons Act 1970, for example help at home or help to get to activities.',
    h2: `Any other social care that is reasonably needed because of ${whose} learning difficulties or disability.`,
  };
}

function hasContent(draft: RecommendationDraft): boolean {
  return draft.issue.trim() !== '' || draft.sought.trim() !== '' || draft.evidence.citations.length > 0;
}

function RecommendationsForm({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  const page = useAnswerPage('recommendations', appeal, overview);
  const saved = page.answers.recommendations;
  const [chosen, setChosen] = useState<ReadonlySet<RecommendationSectionId>>(
    () => new Set(recommendationSectionIds.filter((id) => saved?.[id] !== undefined)),
  );
  // Every section keeps its draft, so unticking by mistake and ticking again loses nothing.
  const [drafts, setDrafts] = useState<Drafts>(() => {
    const draftOf = (answer: RecommendationAnswer | undefined): RecommendationDraft => ({
      issue: boxText(answer?.issue),
      sought: boxText(answer?.recommendationSought),
      evidence: citationsValue(answer?.evidence),
    });
    return {
      c: draftOf(saved?.c),
      d: draftOf(saved?.d),
      g: draftOf(saved?.g),
      h1: draftOf(saved?.h1),
      h2: draftOf(saved?.h2),
    };
  });
  const hints = sectionHints(overview.known.appellant === 'youngPerson');
  const picked = recommendationSectionIds.filter((id) => chosen.has(id));
  const unticked = recommendationSectionIds.filter((id) => !chosen.has(id) && hasContent(drafts[id]));

  const onSubmit = () => {
    // Only ticked sections are saved: unticking removes a section's answers here, once the
    // warning above the button has said so. No section ticked is saved as "none wanted".
    const recommendations: NonNullable<SubmissionAnswers['recommendations']> = {};
    for (const id of picked) {
      const draft = drafts[id];
      recommendations[id] = {
        issue: optionalText(draft.issue),
        recommendationSought: optionalText(draft.sought),
        evidence: savedCitations(draft.evidence),
      };
    }
    page.submit(
      { ...page.answers, recommendations },
      picked.flatMap((id) => unaddedCitation(recommendationIds(id).evidence, drafts[id].evidence)),
    );
  };

  return (
    <AnswerForm appeal={appeal} page={page} title="Health and social care recommendations" onSubmit={onSubmit}>
      <p className="govuk-body">
        As part of this appeal, you can ask the Tribunal to make recommendations about the health and social care parts
        of the plan. This is optional.
      </p>
      <p className="govuk-body">
        These are recommendations, not orders. The health service or council does not have to follow them, but it must
        reply in writing within 5 weeks to say what it will do, or why it will not.
      </p>
      <p className="govuk-body">
        You can only ask for them together with your appeal about education, and you do not need a mediation certificate
        for this part.
      </p>
      <Checkboxes
        id="recommendations"
        legend="Which parts of the plan do you want recommendations about?"
        hint="Select all that apply. Leave them all empty if you do not want to ask for any."
        error={errorFor(page.errors, 'recommendations')}
        values={chosen}
        onChange={setChosen}
        choices={recommendationSectionIds.map((id) => ({
          value: id,
          label: RECOMMENDATION_SECTION_TITLES[id],
          hint: hints[id],
        }))}
      />
      {picked.map((id) => (
        <RecommendationFieldset
          key={id}
          section={id}
          title={RECOMMENDATION_SECTION_TITLES[id]}
          draft={drafts[id]}
          onChange={(draft) => setDrafts((all) => ({ ...all, [id]: draft }))}
          errors={page.errors}
          caseId={appeal.id}
          documents={overview.citableDocuments}
        />
      ))}
      {unticked.map((id) => (
        <WarningText key={id}>
          You have unticked {RECOMMENDATION_SECTION_TITLES[id]}. What you wrote about it will be removed when you save
          this page. Tick it again to keep it.
        </WarningText>
      ))}
    </AnswerForm>
  );
}
