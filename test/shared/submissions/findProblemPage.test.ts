import { describe, expect, it } from 'vitest';
import { buildSubmissions } from '../../../shared/submissions/buildSubmissions';
import { findProblemPage } from '../../../shared/submissions/findProblemPage';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import { listSubmissionPages } from '../../../shared/submissions/submissionPages';
import { contentWithRecommendations, fixtureInput, refusalToAssess } from '../../fixtures/submissions/submissionCases';

const GONE = [{ documentId: 'gone', page: 1 }];

describe('findProblemPage: every problem the documents report leads to the page that fixes it', () => {
  it('contents appeal: B, F (removed citation and vague wording), I and recommendations', () => {
    const answers: SubmissionAnswers = {
      ...contentWithRecommendations.answers,
      sectionB: { proposedWording: 'Needs', reasons: 'Why', evidence: GONE },
      sectionF: { proposedWording: 'Access to regular therapy as required.', reasons: 'Why', evidence: GONE },
      placement: { settingName: 'Oakwood School', reasons: 'Why', evidence: GONE },
      recommendations: { c: { recommendationSought: 'X', evidence: GONE }, h1: { evidence: GONE } },
    };
    const input = { ...fixtureInput(contentWithRecommendations), answers };
    const { problems } = buildSubmissions(input);
    const pages = listSubmissionPages(input).map((page) => page.id);
    const found = problems.map((problem) => [problem.kind, findProblemPage(problem)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['citationRemoved', 'sectionB'],
        ['citationRemoved', 'sectionF'],
        ['vagueWording', 'sectionF'],
        ['citationRemoved', 'placement'],
        ['citationRemoved', 'recommendations'],
      ]),
    );
    for (const [, page] of found) expect(pages).toContain(page);
  });

  it('refusal to assess: the general reasons', () => {
    const answers: SubmissionAnswers = {
      generalReasons: { reasons: 'Why', evidence: [{ documentId: 'ep', page: 99 }] },
    };
    const { problems } = buildSubmissions({ ...fixtureInput(refusalToAssess), answers });
    expect(problems.map((problem) => [problem.kind, findProblemPage(problem)])).toEqual([
      ['citationPageOutOfRange', 'reasons'],
    ]);
  });

  it('returns null for a place it does not know, rather than guessing', () => {
    expect(findProblemPage({ kind: 'vagueWording', where: 'Section Z', message: 'x' })).toBeNull();
    expect(findProblemPage({ kind: 'vagueWording', where: 'Section Ice', message: 'x' })).toBeNull();
  });
});
