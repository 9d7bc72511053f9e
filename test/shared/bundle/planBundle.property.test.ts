import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBundle } from '../../../shared/bundle/planBundle';
import { resolveCitation } from '../../../shared/bundle/resolveCitation';
import { splitIntoParts } from '../../../shared/bundle/splitIntoParts';
import { DOCUMENT_CATEGORIES } from '../../../shared/domain/documentCategories';
import type { DecisionType } from '../../../shared/domain/decisionTypes';
import { doc, input, sizesOf } from './planInputs';

const decisions: DecisionType[] = [
  { id: 'refusalToAssess' },
  { id: 'refusalToIssue' },
  { id: 'contents', sections: { b: true } },
  { id: 'ceaseToMaintain' },
];

const date = fc.option(
  fc
    .date({ min: new Date('2018-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

const documents = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z]{1,6}$/),
      category: fc.option(fc.constantFrom(...DOCUMENT_CATEGORIES), { nil: null }),
      date,
      pages: fc.integer({ min: 0, max: 40 }),
      title: fc.string({ maxLength: 200 }),
    }),
    { selector: (d) => d.id, maxLength: 40 },
  )
  .map((specs) => specs.map((s) => doc(s.id, s.category, s.date, s.pages, { title: s.title })));

const scenario = fc
  .record({
    documents,
    decision: fc.constantFrom(...decisions),
    sectionPrefixes: fc.boolean(),
    dividerPages: fc.boolean(),
    seed: fc.integer(),
  })
  .chain((s) =>
    // A saved order: any subset of ids (plus a removed one) in any section, in any order.
    fc
      .record({
        A: fc.shuffledSubarray([...s.documents.map((d) => d.id), 'gone']),
        B: fc.shuffledSubarray(s.documents.map((d) => d.id)),
        C: fc.shuffledSubarray(s.documents.map((d) => d.id)),
      })
      .map((savedOrder) => ({ ...s, savedOrder })),
  );

describe('planBundle properties', () => {
  it('page ranges are contiguous, cover every page exactly once and match the index and labels', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const plan = planBundle(
          input(s.documents, s.decision, {
            savedOrder: s.savedOrder,
            options: { sectionPrefixes: s.sectionPrefixes, dividerPages: s.dividerPages },
          }),
        );
        // Pages are numbered 1..N in order, and N is the planned count.
        expect(plan.pages.map((p) => p.number)).toEqual(plan.pages.map((_, i) => i + 1));
        expect(plan.pageCount).toBe(plan.pages.length);

        // Every document with pages is in the plan once; its pages are exactly its range, in order.
        const withPages = s.documents.filter((d) => d.pages.length > 0);
        expect(plan.documents.map((d) => d.id).sort()).toEqual(withPages.map((d) => d.id).sort());
        let next = 2 + plan.indexPages.length;
        for (const section of plan.sections) {
          expect(section.firstPage).toBe(next);
          if (section.dividerPage !== null) next++;
          for (const d of section.documents) {
            expect(d.firstPage).toBe(next);
            expect(d.lastPage - d.firstPage + 1).toBe(d.pageCount);
            const pages = plan.pages.slice(d.firstPage - 1, d.lastPage);
            expect(pages.map((p) => (p.kind === 'document' ? `${p.documentId}:${p.pageInDocument}` : p.kind))).toEqual(
              pages.map((_, i) => `${d.id}:${i + 1}`),
            );
            next = d.lastPage + 1;
          }
          expect(section.lastPage).toBe(next - 1);
        }
        expect(next - 1).toBe(plan.pageCount);

        // Labels: the number, with the section letter when prefixes are on.
        for (const p of plan.pages) {
          const letter = s.sectionPrefixes && (p.kind === 'document' || p.kind === 'divider') ? p.sectionId : '';
          expect(p.label).toBe(`${letter}${p.number}`);
        }

        // Index rows: one per section and document, in bundle order, with the same ranges and targets.
        const rows = plan.indexPages.flat();
        const expected = plan.sections.flatMap((sec) => [
          { id: sec.id, range: sec.rangeText, target: sec.firstPage },
          ...sec.documents.map((d) => ({ id: d.id, range: d.rangeText, target: d.firstPage })),
        ]);
        expect(
          rows.map((r) => ({
            id: r.kind === 'section' ? r.sectionId : r.documentId,
            range: r.rangeText,
            target: r.targetPage,
          })),
        ).toEqual(expected);
        for (const d of plan.documents) {
          const first = plan.pages[d.firstPage - 1]?.label ?? '';
          const last = plan.pages[d.lastPage - 1]?.label ?? '';
          expect(d.rangeText).toBe(d.pageCount === 1 ? first : `${first}–${last}`);
          const cite = resolveCitation(plan, d.id, d.pageCount);
          expect(cite).toEqual({ kind: 'page', label: last, bundlePage: d.lastPage });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('split parts are consecutive, cover every page once, stay under budget and only split oversized documents', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 200_000, max: 5_000_000 }), (s, budget) => {
        const plan = planBundle(
          input(s.documents, s.decision, { options: { dividerPages: s.dividerPages, sectionPrefixes: false } }),
        );
        const sizes = sizesOf(s.documents, 60_000);
        const { parts } = splitIntoParts(plan, sizes, budget);
        let next = 1;
        for (const part of parts) {
          expect(part.firstPage).toBe(next);
          expect(part.total).toBe(parts.length);
          next = part.lastPage + 1;
          if (part.lastPage > part.firstPage) expect(part.estimatedBytes).toBeLessThanOrEqual(budget);
        }
        expect(next - 1).toBe(plan.pageCount);
        for (const d of plan.documents) {
          const holding = parts.filter((p) => p.firstPage <= d.lastPage && p.lastPage >= d.firstPage);
          if (holding.length > 1) expect(holding.every((p) => p.splitDocumentIds.includes(d.id))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
