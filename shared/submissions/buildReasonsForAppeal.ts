// Document 2: the family's reasons, section by section, with the wording they want in the plan and
// the evidence for each change (§4 "clear statement of the amendments sought"; §10: short, tied to
// evidence). The words are the family's own; the app only puts them in the order the Tribunal reads
// and turns their references into bundle pages. Vague Section F wording is reported as a problem
// (findVagueWording, §10), not rewritten.
import { evidenceLine, type CitationContext } from './citeEvidence';
import type { Block, SubmissionDocument, SubmissionProblem } from './documentModel';
import { heading, numbered, paragraph, splitParagraphs, strong, text } from './documentModel';
import { findVagueWording } from './findVagueWording';
import type { SectionAnswer } from './submissionAnswersSchema';
import {
  caseTitle,
  citationContext,
  councilName,
  decisionPhrase,
  disputedSections,
  humanDate,
  type SubmissionInput,
} from './submissionInput';

function quoted(label: string, value: string | undefined): Block[] {
  const parts = splitParagraphs(value);
  if (parts.length === 0) return [];
  return [heading(3, label), ...parts.map((part) => paragraph(text(part)))];
}

function reasonsBlocks(reasons: string | undefined): Block[] {
  return splitParagraphs(reasons).map((part) => numbered(text(part)));
}

function sectionBlocks(
  title: string,
  answer: SectionAnswer | undefined,
  context: CitationContext,
  checkVague: boolean,
): Block[] {
  const blocks: Block[] = [heading(2, title)];
  if (answer === undefined) return [...blocks, paragraph(text('Not written yet.'))];
  blocks.push(
    ...quoted('What the plan says now', answer.currentWording),
    ...quoted('What I want the plan to say', answer.proposedWording),
  );
  const reasons = reasonsBlocks(answer.reasons);
  if (reasons.length > 0) blocks.push(heading(3, 'Why'), ...reasons);
  const evidence = evidenceLine(answer.evidence, title, context);
  if (evidence.length > 0) blocks.push(paragraph(...evidence));
  if (checkVague && answer.proposedWording !== undefined) {
    for (const finding of findVagueWording(answer.proposedWording)) {
      context.problems.push({
        kind: 'vagueWording',
        where: `${title}: what you want the plan to say`,
        message: `"${finding.phrase}": ${finding.prompt}`,
      });
    }
  }
  return blocks;
}

/** Builds "Reasons for appeal" for any appealable decision. */
export function buildReasonsForAppeal(input: SubmissionInput): SubmissionDocument {
  const problems: SubmissionProblem[] = [];
  const context = citationContext(input, problems);
  const { answers, facts } = input;
  const sections = disputedSections(input);
  const council = councilName(input) || 'the council';
  const decision = facts.decisionType === undefined ? 'the decision' : decisionPhrase(facts.decisionType);
  const dated = facts.decisionDate === undefined ? '' : ` dated ${humanDate(facts.decisionDate)}`;

  const blocks: Block[] = [
    heading(2, 'What I am appealing'),
    numbered(text(`I am appealing against the decision of ${council}${dated}: ${decision}.`)),
  ];

  // Decisions that are not only about wording (refusals and cease) have reasons of their own.
  const general = answers.generalReasons;
  if (facts.decisionType !== 'contents' || general?.reasons !== undefined) {
    blocks.push(heading(2, 'My reasons'));
    const reasons = reasonsBlocks(general?.reasons);
    blocks.push(...(reasons.length > 0 ? reasons : [paragraph(text('Not written yet.'))]));
    const evidence = evidenceLine(general?.evidence, 'My reasons', context);
    if (evidence.length > 0) blocks.push(paragraph(...evidence));
  }

  if (sections.b)
    blocks.push(...sectionBlocks('Section B: special educational needs', answers.sectionB, context, false));
  // §10: vague wording matters most in Section F, where provision must be specified and quantified.
  if (sections.f) {
    blocks.push(...sectionBlocks('Section F: special educational provision', answers.sectionF, context, true));
  }

  if (sections.i) {
    const p = answers.placement ?? {};
    blocks.push(heading(2, 'Section I: school or other setting'));
    if (facts.sections?.i === 'noSchoolNamed' && p.settingName === undefined) {
      blocks.push(numbered(text('The plan does not name a school or other setting.')));
    }
    if (p.settingName !== undefined) {
      const type = p.settingType === undefined ? '' : `, ${p.settingType}`;
      blocks.push(
        heading(3, 'What I want the plan to say'),
        paragraph(strong(p.settingName), text(`${type}${p.address === undefined ? '' : `, ${p.address}`}.`)),
      );
    }
    const reasons = reasonsBlocks(p.reasons);
    if (reasons.length > 0) blocks.push(heading(3, 'Why'), ...reasons);
    if (p.dateContacted !== undefined || p.reply !== undefined) {
      const when = p.dateContacted === undefined ? '' : ` on ${humanDate(p.dateContacted)}`;
      blocks.push(
        numbered(text(`I contacted ${p.settingName ?? 'the school or college'}${when}.`)),
        ...splitParagraphs(p.reply).map((part) => numbered(text(`It replied: ${part}`))),
      );
    }
    if (p.sector === 'independent' && p.placeConfirmedInWriting === true) {
      blocks.push(numbered(text('The school or college has confirmed in writing that it can offer a place.')));
    }
    const evidence = evidenceLine(p.evidence, 'Section I', context);
    if (evidence.length > 0) blocks.push(paragraph(...evidence));
  }

  return {
    id: 'reasonsForAppeal',
    title: 'Reasons for appeal',
    caseTitle: caseTitle(input),
    fileName: 'reasons-for-appeal',
    blocks,
    problems,
  };
}
