import { describe, expect, it } from 'vitest';
import { checkBundle, isBundleReady, type CheckContext } from '../../../shared/bundle/checkBundle';
import { planBundle } from '../../../shared/bundle/planBundle';
import type { BundleDocumentInput } from '../../../shared/bundle/bundleTypes';
import { classifyAppeal } from '../../../shared/domain/classifyAppeal';
import type { DecisionType } from '../../../shared/domain/decisionTypes';
import { doc, input, sizesOf } from './planInputs';

const contents: DecisionType = { id: 'contents', sections: { b: true, f: true } };
const complete = [
  doc('decision', 'LA_DECISION', '2026-06-01'),
  doc('cert', 'MEDIATION_CERT', '2026-07-01'),
  doc('plan', 'EHCP_FINAL', '2026-06-01', 20),
];

function run(documents: BundleDocumentInput[], decision: DecisionType = contents, extra: Partial<CheckContext> = {}) {
  const plan = planBundle(input(documents, decision));
  return checkBundle(plan, {
    classification: classifyAppeal({ decision }),
    hearingDate: null,
    today: '2026-11-23',
    sourceSizes: sizesOf(documents, 10_000),
    ...extra,
  });
}

const codes = (checks: ReturnType<typeof run>) => checks.map((c) => c.code);
const find = (checks: ReturnType<typeof run>, code: string) => checks.filter((c) => c.code === code);

describe('checkBundle', () => {
  it('a complete small bundle has only the size note and is ready', () => {
    const checks = run(complete);
    expect(codes(checks)).toEqual(['sizeWithinBudget']);
    expect(isBundleReady(checks)).toBe(true);
  });

  it('a missing decision letter blocks "ready" and says what to do', () => {
    const checks = run(complete.slice(1));
    const [missing] = find(checks, 'decisionLetterMissing');
    expect(missing?.severity).toBe('blocking');
    expect(missing?.message).toContain("Add the council's decision letter");
    expect(isBundleReady(checks)).toBe(false);
  });

  it('asks for the mediation certificate only when the appeal needs one (R2.1)', () => {
    const withoutCert = [complete[0], complete[2]].filter((d) => d !== undefined);
    expect(find(run(withoutCert), 'certificateMissing')[0]?.message).toContain('explain to the Tribunal why');
    expect(
      find(run(withoutCert, { id: 'contents', sections: { i: 'namedSchoolOrType' } }), 'certificateMissing'),
    ).toEqual([]);
  });

  it('asks for the final plan where the appeal is about a plan, not for refusal to assess', () => {
    const noPlan = complete.slice(0, 2);
    expect(codes(run(noPlan))).toContain('finalPlanMissing');
    expect(codes(run(noPlan, { id: 'refusalToAssess' }))).not.toContain('finalPlanMissing');
  });

  it('counts our evidence against the limit for the appeal type (§7.3)', () => {
    const evidence = [
      doc('ep', 'EXPERT_REPORT', '2026-01-01', 15),
      ...Array.from({ length: 7 }, (_, i) => doc(`s${i}`, 'SCHOOL', '2026-01-01', 10)),
    ];
    const rta = run([...complete.slice(0, 2), ...evidence], { id: 'refusalToAssess' });
    const [over] = find(rta, 'evidenceOverLimit');
    expect(over?.message).toBe(
      'Your evidence is 85 pages; the limit for this kind of appeal is 75 pages (Practice Direction No. 1 of 2025). ' +
        'Take out what is least important, or ask the Tribunal for more pages with form SEND7 and explain why you need them.',
    );
    expect(find(run([...complete, ...evidence]), 'evidenceOverLimit')).toEqual([]); // 100 for B/F
  });

  it('says when the limit itself is uncertain (combined appeals, refusal to amend)', () => {
    const combined = run(complete, { id: 'contents', sections: { b: true, i: 'namedSchoolOrType' } });
    expect(find(combined, 'evidenceLimitUncertain')[0]?.message).toContain('could not confirm the exact limit');
    const amend = run(complete, { id: 'refusalToAmend' });
    expect(find(amend, 'evidenceLimitUnknown')[0]?.severity).toBe('info');
  });

  it('flags the plan and appendices over 150 pages', () => {
    const checks = run([...complete, doc('appx', 'EHCP_APPENDIX', '2026-01-01', 131)]);
    expect(find(checks, 'planOverLimit')[0]?.message).toContain('come to 151 pages; the limit is 150');
  });

  it.each([
    ['EXPERT_REPORT', 16, 'expertReportTooLong', 'An expert report can be at most 15 pages'],
    ['WITNESS_STATEMENT', 11, 'witnessStatementTooLong', 'A witness statement can be at most 10 pages'],
    ['WORKING_DOC', 26, 'workingDocumentTooLong', 'The working document can be at most 25 pages'],
  ] as const)('%s over its limit', (category, pages, code, text) => {
    const long = doc('long', category, '2026-01-01', pages, { title: 'The long one' });
    const [check] = find(run([...complete, long]), code);
    expect(check).toMatchObject({ severity: 'warning', documentId: 'long' });
    expect(check?.message).toContain(`"The long one" is ${pages} pages. ${text}`);
    expect(find(run([...complete, doc('ok', category, '2026-01-01', pages - 1)]), code)).toEqual([]);
  });

  it('flags reports older than 3 years at the hearing, or today when no hearing date is known', () => {
    const old = doc('old', 'EXPERT_REPORT', '2023-11-01', 3, { title: 'Old EP report' });
    expect(find(run([...complete, old]), 'reportTooOld')[0]?.message).toContain('more than 3 years old today');
    const recent = doc('recent', 'EXPERT_REPORT', '2024-01-10');
    expect(find(run([...complete, recent]), 'reportTooOld')).toEqual([]);
    const atHearing = find(run([...complete, recent], contents, { hearingDate: '2027-02-01' }), 'reportTooOld');
    expect(atHearing[0]?.message).toContain('more than 3 years old at the hearing');
  });

  it('flags duplicates (same original file) on the later copy', () => {
    const checks = run([
      ...complete,
      doc('copy', 'SCHOOL', '2026-08-01', 1, { originalSha256: 'orig-plan', title: 'Copy' }),
    ]);
    expect(find(checks, 'duplicateDocument')).toEqual([
      expect.objectContaining({
        documentId: 'copy',
        message: expect.stringContaining('"Copy" is the same file as "Document plan"'),
      }),
    ]);
  });

  it('flags undated documents and documents with no pages', () => {
    const checks = run([...complete, doc('undated', 'HEALTH', null), doc('empty', 'HEALTH', '2026-01-01', 0)]);
    expect(find(checks, 'undatedDocument')[0]).toMatchObject({ documentId: 'undated', severity: 'warning' });
    expect(find(checks, 'documentHasNoPages')[0]).toMatchObject({ documentId: 'empty' });
  });

  it('compares the estimated size with the email budget and says the limit is uncertain', () => {
    const big = run(complete, contents, { sourceSizes: sizesOf(complete, 2_000_000) });
    const [size] = find(big, 'sizeOverBudget');
    expect(size?.message).toContain('more than your 20 MB email limit');
    expect(size?.message).toContain('could not find an official size limit');
    expect(
      codes(run(complete, contents, { sourceSizes: sizesOf(complete, 2_000_000), emailBudgetBytes: 100_000_000 })),
    ).toContain('sizeWithinBudget');
  });
});
