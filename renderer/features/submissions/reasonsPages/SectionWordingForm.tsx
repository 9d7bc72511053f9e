import { useState, type ReactNode } from 'react';
import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { findVagueWording } from '../../../../shared/submissions/findVagueWording';
import type { SubmissionAnswers } from '../../../../shared/submissions/submissionAnswersSchema';
import type { SummaryItem } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/TextArea';
import { describedBy } from '../../start/fields';
import { QuestionForm } from '../../start/QuestionForm';
import { answerErrors, errorFor } from '../answerErrors';
import { fieldId } from '../submissionPaths';
import { useAnswerPage } from '../useAnswerPage';
import { useSaveAnswers } from '../useSubmissions';
import { boxText, optionalText } from '../answerText';
import { citationsValue, savedCitations, unaddedCitation } from './citations';
import { CitationsField } from './CitationsField';
import { useDebouncedValue } from './useDebouncedValue';
import { VagueWordingCheck } from './VagueWordingCheck';
import { VagueWordingSummary } from './VagueWordingSummary';

export interface Question {
  label: string;
  hint: string;
}

/** The words of one section's page: what the section is, and each question with its hint. */
export interface SectionCopy {
  title: string;
  intro: ReactNode;
  current: Question;
  proposed: Question;
  reasons: Question;
  evidence: { legend: string; hint: string };
}

interface SectionWordingFormProps {
  section: 'sectionB' | 'sectionF';
  appeal: CaseDetail;
  overview: SubmissionsOverview;
  copy: SectionCopy;
  /** Section F: check the proposed wording for vague phrases (send-appeals.md §10). */
  checkWording: boolean;
}

/**
 * Sections B and F (§7.4, §4): what the plan says now, what the family wants it to say, why, and
 * the evidence. Only this section's part of the answers changes; the rest is saved as it was.
 */
export function SectionWordingForm({ section, appeal, overview, copy, checkWording }: SectionWordingFormProps) {
  const page = useAnswerPage(section, appeal, overview);
  // Saving vague wording first stays on the page to show the summary (nothing is lost meanwhile).
  const draftSave = useSaveAnswers(appeal.id);
  const saved = page.answers[section];
  const [current, setCurrent] = useState(boxText(saved?.currentWording));
  const [proposed, setProposed] = useState(boxText(saved?.proposedWording));
  const [reasons, setReasons] = useState(boxText(saved?.reasons));
  const [evidence, setEvidence] = useState(() => citationsValue(saved?.evidence));
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  /** The wording the saved-with-warnings summary was shown for; saving it again goes on. */
  const [warnedFor, setWarnedFor] = useState<string | null>(null);

  const ids = {
    current: fieldId(`${section}.currentWording`),
    proposed: fieldId(`${section}.proposedWording`),
    reasons: fieldId(`${section}.reasons`),
    evidence: fieldId(`${section}.evidence`),
  };
  const checkId = `${ids.proposed}-check`;
  const settled = useDebouncedValue(proposed, 400);
  const liveFindings = checkWording ? findVagueWording(settled) : [];
  const findingsNow = checkWording ? findVagueWording(proposed) : [];

  const onSubmit = () => {
    const answers: SubmissionAnswers = {
      ...page.answers,
      [section]: {
        ...saved,
        currentWording: optionalText(current),
        proposedWording: optionalText(proposed),
        reasons: optionalText(reasons),
        evidence: savedCitations(evidence),
      },
    };
    const problems = [...unaddedCitation(ids.evidence, evidence), ...answerErrors(answers)];
    setErrors(problems);
    if (problems.length > 0) return;
    if (findingsNow.length > 0 && warnedFor !== proposed) {
      draftSave.mutate(answers, { onSuccess: () => setWarnedFor(proposed) });
      return;
    }
    page.submit(answers);
  };

  return (
    <QuestionForm
      title={copy.title}
      heading
      caption={appeal.name}
      back={page.back}
      errors={errors}
      saveError={page.saveError ?? draftSave.error}
      pending={page.pending || draftSave.isPending}
      onSubmit={onSubmit}
      submitLabel="Save and continue"
    >
      {warnedFor !== null && warnedFor === proposed && findingsNow.length > 0 ? (
        <VagueWordingSummary fieldId={ids.proposed} findings={findingsNow} />
      ) : null}
      {copy.intro}
      <TextArea
        id={ids.current}
        label={copy.current.label}
        boldLabel
        hint={copy.current.hint}
        rows={8}
        error={errorFor(errors, ids.current)}
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
      />
      <TextArea
        id={ids.proposed}
        label={copy.proposed.label}
        boldLabel
        hint={copy.proposed.hint}
        rows={8}
        error={errorFor(errors, ids.proposed)}
        value={proposed}
        onChange={(event) => setProposed(event.target.value)}
        aria-describedby={describedBy(
          `${ids.proposed}-hint`,
          errorFor(errors, ids.proposed) !== undefined && `${ids.proposed}-error`,
          checkWording && settled.trim() !== '' && checkId,
        )}
      />
      {checkWording ? <VagueWordingCheck id={checkId} text={settled} findings={liveFindings} /> : null}
      <TextArea
        id={ids.reasons}
        label={copy.reasons.label}
        boldLabel
        hint={copy.reasons.hint}
        rows={8}
        error={errorFor(errors, ids.reasons)}
        value={reasons}
        onChange={(event) => setReasons(event.target.value)}
      />
      <CitationsField
        id={ids.evidence}
        legend={copy.evidence.legend}
        hint={copy.evidence.hint}
        caseId={appeal.id}
        documents={overview.citableDocuments}
        value={evidence}
        onChange={setEvidence}
        error={errorFor(errors, ids.evidence)}
      />
    </QuestionForm>
  );
}
