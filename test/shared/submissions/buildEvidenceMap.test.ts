import { describe, expect, it } from 'vitest';
import { assessCase } from '../../../shared/domain/assessCase';
import { buildEvidenceMap } from '../../../shared/submissions/buildEvidenceMap';
import { buildSubmissions } from '../../../shared/submissions/buildSubmissions';
import { REMOVED_DOCUMENT_TEXT } from '../../../shared/submissions/citeEvidence';
import { documentText } from '../../../shared/submissions/documentModel';
import type { SubmissionInput } from '../../../shared/submissions/submissionInput';
import {
  contentWithRecommendations,
  DOCUMENTS,
  fixtureInput,
  fixtureInputWithoutBundle,
  lateAppeal,
  placementOnly,
  planFor,
  refusalToAssess,
  TODAY,
  youngPerson,
} from '../../fixtures/submissions/submissionCases';

const keys = (input: SubmissionInput) => buildEvidenceMap(input).items.map((item) => item.key);

describe('buildEvidenceMap: one item per disputed point that applies', () => {
  it.each([
    [refusalToAssess, ['generalReasons']],
    [contentWithRecommendations, ['sectionB', 'sectionF', 'placement', 'recommendations.c', 'recommendations.h2']],
    [youngPerson, ['generalReasons']],
    [placementOnly, ['placement']],
    [lateAppeal, ['generalReasons']],
  ])('%s', (fixture, expected) => {
    expect(keys(fixtureInput(fixture))).toEqual(expected);
  });

  it('links each item to the page where its evidence is chosen, with a recognisable summary', () => {
    const map = buildEvidenceMap(fixtureInput(contentWithRecommendations));
    expect(map.items.map((i) => [i.key, i.page, i.title])).toEqual([
      ['sectionB', 'sectionB', 'Section B: special educational needs'],
      ['sectionF', 'sectionF', 'Section F: special educational provision'],
      ['placement', 'placement', 'Section I: school or other setting'],
      ['recommendations.c', 'recommendations', 'Section C: health needs'],
      ['recommendations.h2', 'recommendations', 'Section H2: other social care provision'],
    ]);
    expect(map.items.map((i) => i.summary)).toEqual([
      'Sam has a severe language disorder affecting understanding and expression.',
      '1:1 speech and language therapy for 45 minutes weekly by a qualified SALT. Sam should have regular support.',
      'Oakwood School',
      'Add his sleep disorder.',
      'Short breaks of 4 hours a week.',
    ]);
  });

  it('cuts a long summary at a word and says when nothing is written yet', () => {
    const long = 'word '.repeat(60);
    const input = fixtureInput({
      ...refusalToAssess,
      answers: { generalReasons: { reasons: long } },
    });
    const [item] = buildEvidenceMap(input).items;
    expect(item?.summary.endsWith('word…')).toBe(true);
    expect(item?.summary.length).toBeLessThanOrEqual(121);
    const empty = buildEvidenceMap(fixtureInput({ ...refusalToAssess, answers: {} }));
    expect(empty.items[0]?.summary).toBe('Not written yet.');
  });

  it('leaves out recommendations the appeal cannot have (refusal to assess, R2.3), even if answered', () => {
    const input = fixtureInput({
      ...refusalToAssess,
      answers: { ...refusalToAssess.answers, recommendations: { c: { recommendationSought: 'x' } } },
    });
    expect(keys(input)).toEqual(['generalReasons']);
  });

  it('is empty for a disagreement that cannot go to the Tribunal (§2.2)', () => {
    const facts = { decisionType: 'personalBudget' as const };
    const input = { ...fixtureInput(refusalToAssess), facts, assessment: assessCase(facts, TODAY) };
    const map = buildEvidenceMap(input);
    expect(map.items).toEqual([]);
    expect(map.gaps).toEqual([]);
  });
});

describe('references read as the documents read them', () => {
  it('resolves each reference to its bundle page through the same citations as the reasons', () => {
    const input = fixtureInput(contentWithRecommendations);
    const map = buildEvidenceMap(input);
    const sectionF = map.items.find((i) => i.key === 'sectionF');
    expect(sectionF?.references.map((r) => [r.documentId, r.page, r.resolved])).toEqual([
      ['ep', 12, true],
      ['salt', 5, true],
    ]);
    const reasons = documentText(buildSubmissions(input).documents.find((d) => d.id === 'reasonsForAppeal')!);
    for (const reference of sectionF?.references ?? []) {
      expect(reference.text).toMatch(/^(EP|SALT) report, p\.\d+ \(bundle page C\d+\)$/);
      expect(reasons).toContain(reference.text);
    }
  });

  it('follows the bundle order: the same reference moves when the documents are reordered', () => {
    const first = buildEvidenceMap(fixtureInput(placementOnly)).items[0]?.references[0]?.text;
    const reordered = buildEvidenceMap(fixtureInput(placementOnly, { C: ['school', 'ep', 'salt'] })).items[0]
      ?.references[0]?.text;
    expect(first).toMatch(/^School report, p\.1 \(bundle page C\d+\)$/);
    expect(reordered).toMatch(/^School report, p\.1 \(bundle page C\d+\)$/);
    expect(reordered).not.toBe(first);
  });

  it('gives the document and page only before there is a bundle', () => {
    const map = buildEvidenceMap(fixtureInputWithoutBundle(refusalToAssess));
    expect(map.items[0]?.references.map((r) => r.text)).toEqual(['EP report, p.12', 'School report, p.2']);
  });

  it('marks a reference to a removed document or a page that does not exist as unresolved', () => {
    const input = fixtureInput({
      ...refusalToAssess,
      answers: {
        generalReasons: {
          reasons: 'Reasons.',
          evidence: [
            { documentId: 'gone', page: 1 },
            { documentId: 'ep', page: 99 },
            { documentId: 'school', page: 1 },
          ],
        },
      },
    });
    const references = buildEvidenceMap(input).items[0]?.references ?? [];
    expect(references.map((r) => r.resolved)).toEqual([false, false, true]);
    expect(references[0]?.text).toBe(`Unknown document, p.1 ${REMOVED_DOCUMENT_TEXT}`);
    expect(references[1]?.text).toContain('this document has 15 pages');
  });

  it('a document taken out of the bundle since it was cited is flagged, not dropped', () => {
    const input: SubmissionInput = {
      ...fixtureInput(contentWithRecommendations),
      bundlePlan: planFor(
        contentWithRecommendations.decision,
        DOCUMENTS.filter((d) => d.id !== 'salt'),
      ),
    };
    const sectionB = buildEvidenceMap(input).items.find((i) => i.key === 'sectionB');
    expect(sectionB?.references).toEqual([
      { documentId: 'salt', page: 3, text: `SALT report, p.3 ${REMOVED_DOCUMENT_TEXT}`, resolved: false },
    ]);
  });
});

describe('gaps and uncited documents', () => {
  it('lists the points with no evidence as gaps', () => {
    const map = buildEvidenceMap(fixtureInput(contentWithRecommendations));
    // Section C's recommendation has no evidence; every other point cites something.
    expect(map.gaps.map((g) => g.key)).toEqual(['recommendations.c']);
    expect(map.gaps[0]).toBe(map.items.find((i) => i.key === 'recommendations.c'));
  });

  it('lists the documents no answer cites, in the case’s order', () => {
    expect(buildEvidenceMap(fixtureInput(contentWithRecommendations)).uncitedDocuments).toEqual([
      { id: 'decision', title: 'Decision letter' },
      { id: 'plan', title: 'Final EHC plan' },
    ]);
    expect(buildEvidenceMap(fixtureInput(lateAppeal)).uncitedDocuments.map((d) => d.id)).toEqual(
      DOCUMENTS.map((d) => d.id),
    );
  });

  it('counts only citations in points that apply', () => {
    // Section F answers kept from before the family changed the decision to a placement-only appeal.
    const input = fixtureInput({
      ...placementOnly,
      answers: { ...placementOnly.answers, sectionF: { evidence: [{ documentId: 'ep', page: 1 }] } },
    });
    const map = buildEvidenceMap(input);
    expect(map.items.map((i) => i.key)).toEqual(['placement']);
    expect(map.uncitedDocuments.map((d) => d.id)).toContain('ep');
  });
});
