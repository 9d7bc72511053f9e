import { describe, expect, it } from 'vitest';
import { planBundle } from '../../../shared/bundle/planBundle';
import { INDEX_LAYOUT, wrapText } from '../../../shared/bundle/indexLayout';
import type { DecisionType } from '../../../shared/domain/decisionTypes';
import { doc, input } from './planInputs';

const everyCategory = [
  doc('decision', 'LA_DECISION', '2026-06-01'),
  doc('cert', 'MEDIATION_CERT', '2026-07-01'),
  doc('plan', 'EHCP_FINAL', '2026-06-01', 10),
  doc('appendix', 'EHCP_APPENDIX', '2026-03-01', 5),
  doc('draft', 'EHCP_DRAFT', '2026-04-01'),
  doc('review', 'ANNUAL_REVIEW', '2025-12-01'),
  doc('ep', 'EXPERT_REPORT', '2026-08-01', 12),
  doc('school', 'SCHOOL', '2026-02-01'),
  doc('letter', null, null),
];

const sectionsOf = (decision: DecisionType) =>
  planBundle(input(everyCategory, decision)).sections.map((s) => [s.id, s.documents.map((d) => d.id)]);

describe('planBundle: sections per appeal type (§7.3, §12)', () => {
  it.each<[string, DecisionType]>([
    ['contents', { id: 'contents', sections: { b: true, f: true } }],
    ['refusal to reassess', { id: 'refusalToReassess' }],
    ['refusal to amend', { id: 'refusalToAmend' }],
    ['cease to maintain', { id: 'ceaseToMaintain' }],
  ])('%s: appeal documents, then the plan, then our evidence', (_, decision) => {
    expect(sectionsOf(decision)).toEqual([
      ['A', ['decision', 'cert']],
      ['B', ['review', 'appendix', 'draft', 'plan']],
      ['C', ['school', 'ep', 'letter']],
    ]);
  });

  it.each<[string, DecisionType]>([
    ['refusal to assess', { id: 'refusalToAssess' }],
    ['refusal to issue', { id: 'refusalToIssue' }],
  ])('%s: no plan section, so plan papers join our evidence in date order', (_, decision) => {
    expect(sectionsOf(decision)).toEqual([
      ['A', ['decision', 'cert']],
      ['C', ['review', 'school', 'appendix', 'draft', 'plan', 'ep', 'letter']],
    ]);
  });

  it('leaves out empty sections and documents with no pages', () => {
    const plan = planBundle(input([doc('ep', 'EXPERT_REPORT', '2026-01-01'), doc('empty', 'SCHOOL', '2026-01-01', 0)]));
    expect(plan.sections.map((s) => s.id)).toEqual(['C']);
    expect(plan.skippedDocumentIds).toEqual(['empty']);
  });

  it('always notes that the section order is not confirmed (§14 item 2)', () => {
    expect(planBundle(input(everyCategory)).notes.map((n) => n.code)).toEqual(['sectionOrderUncertain']);
  });
});

describe('planBundle: order within a section', () => {
  it('puts documents in date order, undated last, ties broken by category then title', () => {
    const plan = planBundle(
      input([
        doc('u', 'SCHOOL', null),
        doc('late', 'HEALTH', '2026-05-01'),
        doc('early', 'SCHOOL', '2025-01-01'),
        doc('sameDayHealth', 'HEALTH', '2026-03-01'),
        doc('sameDayExpert', 'EXPERT_REPORT', '2026-03-01'),
      ]),
    );
    expect(plan.documents.map((d) => d.id)).toEqual(['early', 'sameDayExpert', 'sameDayHealth', 'late', 'u']);
  });

  it('keeps the order the person saved and slots new documents in by date', () => {
    const docs = [doc('a', 'SCHOOL', '2026-01-01'), doc('b', 'SCHOOL', '2026-02-01'), doc('c', 'SCHOOL', '2026-03-01')];
    const saved = planBundle(input(docs, undefined, { savedOrder: { C: ['c', 'a', 'b', 'removed'] } }));
    expect(saved.documents.map((d) => [d.id, d.placedBy])).toEqual([
      ['c', 'user'],
      ['a', 'user'],
      ['b', 'user'],
    ]);
    const withNew = planBundle(
      input([...docs, doc('new', 'HEALTH', '2026-01-15'), doc('newUndated', 'HEALTH', null)], undefined, {
        savedOrder: { C: ['c', 'a', 'b'] },
      }),
    );
    // "new" goes before the first saved document dated after it ("c", March).
    expect(withNew.documents.map((d) => d.id)).toEqual(['new', 'c', 'a', 'b', 'newUndated']);
    expect(withNew.documents.find((d) => d.id === 'new')?.placedBy).toBe('date');
  });

  it('keeps a document the person moved to another section there', () => {
    const plan = planBundle(
      input([doc('decision', 'LA_DECISION', '2026-01-01'), doc('letter', 'CORRESPONDENCE', '2026-02-01')], undefined, {
        savedOrder: { A: ['decision', 'letter'] },
      }),
    );
    expect(plan.sections.map((s) => [s.id, s.documents.map((d) => d.id)])).toEqual([['A', ['decision', 'letter']]]);
  });

  it('ignores a saved section the appeal type does not have', () => {
    const plan = planBundle(
      input([doc('plan', 'EHCP_FINAL', '2026-01-01')], { id: 'refusalToAssess' }, { savedOrder: { B: ['plan'] } }),
    );
    expect(plan.sections.map((s) => s.id)).toEqual(['C']);
  });
});

describe('planBundle: numbering and labels', () => {
  it('numbers continuously from the cover, reserving the index pages first', () => {
    const plan = planBundle(
      input([doc('decision', 'LA_DECISION', '2026-01-01', 2), doc('ep', 'EXPERT_REPORT', '2026-02-01', 3)]),
    );
    expect(plan.pages.map((p) => `${p.kind}:${p.label}`)).toEqual([
      'cover:1',
      'index:2',
      'document:3',
      'document:4',
      'document:5',
      'document:6',
      'document:7',
    ]);
    expect(plan.documents.map((d) => d.rangeText)).toEqual(['3–4', '5–7']);
    expect(plan.indexPages.flat().map((r) => r.rangeText)).toEqual(['3–4', '3–4', '5–7', '5–7']);
  });

  it('with section prefixes and dividers, labels read "B12" and each section starts with its divider', () => {
    const plan = planBundle(
      input([doc('decision', 'LA_DECISION', '2026-01-01'), doc('plan', 'EHCP_FINAL', '2026-01-01', 2)], undefined, {
        options: { sectionPrefixes: true, dividerPages: true },
      }),
    );
    expect(plan.pages.map((p) => p.label)).toEqual(['1', '2', 'A3', 'A4', 'B5', 'B6', 'B7']);
    expect(plan.sections.map((s) => [s.dividerPage, s.rangeText])).toEqual([
      [3, 'A3–A4'],
      [5, 'B5–B7'],
    ]);
    expect(plan.documents.map((d) => d.rangeText)).toEqual(['A4', 'B6–B7']);
  });

  it('reserves as many index pages as the rows need, deterministically', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      doc(`d${String(i).padStart(3, '0')}`, 'SCHOOL', '2026-01-01', 1, {
        title: 'A long title '.repeat(i % 6) + String(i),
      }),
    );
    const plan = planBundle(input(many));
    const lines = plan.indexPages.map((rows) => rows.reduce((s, r) => s + r.lines, 0));
    expect(plan.indexPages.length).toBeGreaterThan(2);
    expect(lines[0]).toBeLessThanOrEqual(INDEX_LAYOUT.linesFirstPage);
    for (const l of lines.slice(1)) expect(l).toBeLessThanOrEqual(INDEX_LAYOUT.linesLaterPage);
    expect(plan.pages.filter((p) => p.kind === 'index')).toHaveLength(plan.indexPages.length);
    expect(planBundle(input(many))).toEqual(plan);
  });
});

describe('wrapText', () => {
  it('wraps at spaces, splits long words and ends a cut-off last line with an ellipsis', () => {
    expect(wrapText('one two three', 7, 3)).toEqual(['one two', 'three']);
    expect(wrapText('abcdefghij', 4, 3)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('a b c d e f', 1, 2)).toEqual(['a', '…']);
    expect(wrapText('', 10, 3)).toEqual(['']);
  });
});
