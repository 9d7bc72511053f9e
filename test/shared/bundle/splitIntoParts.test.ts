import { describe, expect, it } from 'vitest';
import { emailSubject } from '../../../shared/bundle/emailSubject';
import { planBundle } from '../../../shared/bundle/planBundle';
import { resolveCitation } from '../../../shared/bundle/resolveCitation';
import { splitIntoParts } from '../../../shared/bundle/splitIntoParts';
import { doc, input, sizesOf } from './planInputs';

const MB = 1024 * 1024;
const docs = [
  doc('decision', 'LA_DECISION', '2026-01-01', 2),
  doc('plan', 'EHCP_FINAL', '2026-01-02', 20),
  doc('ep', 'EXPERT_REPORT', '2026-01-03', 10),
  doc('school', 'SCHOOL', '2026-01-04', 10),
];

describe('splitIntoParts', () => {
  it('keeps everything in one part when it fits', () => {
    const plan = planBundle(input(docs));
    const { parts, notes } = splitIntoParts(plan, sizesOf(docs, 100_000), 20 * MB);
    expect(parts).toEqual([expect.objectContaining({ number: 1, total: 1, firstPage: 1, lastPage: plan.pageCount })]);
    expect(notes).toEqual([]);
  });

  it('splits between documents, each part under the budget', () => {
    const plan = planBundle(input(docs));
    const { parts } = splitIntoParts(plan, sizesOf(docs, 200_000), 5 * MB);
    // 2 + 20 pages = 4.4 MB; the 10-page documents (2 MB each) go together in part 2.
    expect(parts.map((p) => [p.firstPage, p.lastPage, p.documentIds])).toEqual([
      [1, 24, ['decision', 'plan']],
      [25, 44, ['ep', 'school']],
    ]);
    for (const p of parts) expect(p.estimatedBytes).toBeLessThanOrEqual(5 * MB);
    expect(parts[1]?.rangeText).toBe('25–44');
  });

  it('splits a document by pages only when it alone is over the budget, and says so', () => {
    const plan = planBundle(input(docs));
    const { parts, notes } = splitIntoParts(plan, sizesOf(docs, 400_000), 5 * MB);
    const planParts = parts.filter((p) => p.splitDocumentIds.includes('plan'));
    expect(planParts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.splitDocumentIds).filter((id) => id !== 'plan')).toEqual([]);
    expect(notes[0]?.message).toMatch(
      /^"Document plan" is too large to send in one email of 5.0 MB, so it is split across parts \d, \d/,
    );
  });

  it('refuses a budget of nothing', () => {
    expect(() => splitIntoParts(planBundle(input(docs)), {}, 0)).toThrow(RangeError);
  });
});

describe('emailSubject (§4)', () => {
  const details = { childName: 'Sam Example', dateOfBirth: '2015-05-12', tribunalReference: null };
  it('before registration: New Appeal, name, date of birth, and the part when split', () => {
    expect(emailSubject({ number: 1, total: 1 }, details)).toBe('New Appeal - Sam Example - 12/05/2015');
    expect(emailSubject({ number: 2, total: 3 }, details)).toBe('New Appeal - Sam Example - 12/05/2015 - Part 2 of 3');
    expect(emailSubject({ number: 1, total: 1 }, { ...details, dateOfBirth: null })).toBe('New Appeal - Sam Example');
  });
  it('after registration: the Tribunal reference', () => {
    const registered = { ...details, tribunalReference: 'EH936/23/00567' };
    expect(emailSubject({ number: 1, total: 2 }, registered)).toBe('EH936/23/00567 - Part 1 of 2');
  });
});

describe('resolveCitation', () => {
  const plan = planBundle(input(docs, undefined, { options: { sectionPrefixes: true, dividerPages: false } }));
  it('gives the stamped label of a page of a document', () => {
    expect(resolveCitation(plan, 'ep', 3)).toEqual({ kind: 'page', label: 'C27', bundlePage: 27 });
  });
  it('reports a removed document or a page that is not there', () => {
    expect(resolveCitation(plan, 'gone', 1)).toEqual({ kind: 'removedDocument' });
    expect(resolveCitation(plan, 'ep', 11)).toEqual({ kind: 'pageOutOfRange', pageCount: 10 });
  });
});
