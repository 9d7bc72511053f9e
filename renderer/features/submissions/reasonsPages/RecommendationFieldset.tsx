import type { CitableDocument } from '../../../../shared/api/types';
import type { RecommendationSectionId } from '../../../../shared/submissions/submissionAnswersSchema';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/TextArea';
import { errorFor } from '../answerErrors';
import { fieldId } from '../submissionPaths';
import type { CitationsValue } from './citations';
import { CitationsField } from './CitationsField';

/** What the person has typed for one section, kept while it is unticked until the page is saved. */
export interface RecommendationDraft {
  issue: string;
  sought: string;
  evidence: CitationsValue;
}

interface RecommendationFieldsetProps {
  section: RecommendationSectionId;
  title: string;
  draft: RecommendationDraft;
  onChange: (draft: RecommendationDraft) => void;
  errors: readonly SummaryItem[];
  caseId: string;
  documents: readonly CitableDocument[];
}

export const recommendationIds = (section: RecommendationSectionId) => ({
  issue: fieldId(`recommendations.${section}.issue`),
  sought: fieldId(`recommendations.${section}.recommendationSought`),
  evidence: fieldId(`recommendations.${section}.evidence`),
});

/** One chosen section (§8): the issue, the recommendation sought, and the evidence for it. */
export function RecommendationFieldset(props: RecommendationFieldsetProps) {
  const { section, title, draft, onChange, errors } = props;
  const ids = recommendationIds(section);
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">{title}</h2>
      </legend>
      <TextArea
        id={ids.issue}
        label="What is the issue?"
        boldLabel
        hint="What the plan says or leaves out now, and what is wrong with it."
        rows={5}
        error={errorFor(errors, ids.issue)}
        value={draft.issue}
        onChange={(event) => onChange({ ...draft, issue: event.target.value })}
      />
      <TextArea
        id={ids.sought}
        label="What do you want the Tribunal to recommend?"
        boldLabel
        hint="Be specific: what should be provided or written in the plan, how often, and by whom."
        rows={5}
        error={errorFor(errors, ids.sought)}
        value={draft.sought}
        onChange={(event) => onChange({ ...draft, sought: event.target.value })}
      />
      <CitationsField
        id={ids.evidence}
        legend={`Evidence for Section ${section.toUpperCase()}`}
        hint="Point to the pages that show this need or recommend this help, for example a page of a health or social care report."
        caseId={props.caseId}
        documents={props.documents}
        value={draft.evidence}
        onChange={(evidence) => onChange({ ...draft, evidence })}
        error={errorFor(errors, ids.evidence)}
      />
    </fieldset>
  );
}
