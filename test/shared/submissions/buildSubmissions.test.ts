import { describe, expect, it } from 'vitest';
import { assessCase } from '../../../shared/domain/assessCase';
import { buildSubmissions } from '../../../shared/submissions/buildSubmissions';
import { REMOVED_DOCUMENT_TEXT } from '../../../shared/submissions/citeEvidence';
import { documentText, type SubmissionDocument } from '../../../shared/submissions/documentModel';
import { prefillLateAppealExplanation } from '../../../shared/submissions/buildLateAppealExplanation';
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

function docById(docs: SubmissionDocument[], id: SubmissionDocument['id']): SubmissionDocument {
  const doc = docs.find((d) => d.id === id);
  if (doc === undefined) throw new Error(`no ${id} in ${docs.map((d) => d.id).join(', ')}`);
  return doc;
}

describe('buildSubmissions: which documents each case gets', () => {
  it.each([
    [refusalToAssess, ['appealFormAnswers', 'reasonsForAppeal']],
    [contentWithRecommendations, ['appealFormAnswers', 'reasonsForAppeal', 'recommendationsRequest', 'councilLetter']],
    [youngPerson, ['appealFormAnswers', 'reasonsForAppeal', 'mediationAdviserLetter']],
    [placementOnly, ['appealFormAnswers', 'reasonsForAppeal']],
    [lateAppeal, ['appealFormAnswers', 'reasonsForAppeal', 'lateAppealExplanation']],
  ])('%s', (fixture, ids) => {
    const result = buildSubmissions(fixtureInput(fixture));
    expect(result.documents.map((d) => d.id)).toEqual(ids);
    for (const doc of result.documents) {
      expect(doc.caseTitle).toBe(
        fixture === youngPerson
          ? 'Riley Example v Exampleshire County Council – SEND Tribunal appeal'
          : 'Sam Example v Exampleshire County Council – SEND Tribunal appeal',
      );
      expect(doc.blocks.length).toBeGreaterThan(2);
    }
  });

  it('gives nothing for a disagreement that cannot be appealed (§2.2)', () => {
    const facts = { decisionType: 'personalBudget' as const };
    const input = { ...fixtureInputWithoutBundle(refusalToAssess), facts, assessment: assessCase(facts, TODAY) };
    expect(buildSubmissions(input).documents).toEqual([]);
  });
});

describe('appeal form answers', () => {
  it('follows SEND35a for a refusal to assess: paper decision, no plan, school or recommendation questions', () => {
    const form = docById(buildSubmissions(fixtureInput(refusalToAssess)).documents, 'appealFormAnswers');
    const body = documentText(form);
    expect(form.title).toBe('Appeal form answers (SEND35a)');
    expect(body).toContain('decided on the papers, without a hearing?\tYes');
    expect(body).not.toContain('Parts of the plan');
    expect(body).not.toContain('Health and social care');
    expect(body).not.toContain('Section I');
  });

  it('keeps the order of the online journey (anchors.md §1a)', () => {
    const body = documentText(
      docById(buildSubmissions(fixtureInput(contentWithRecommendations)).documents, 'appealFormAnswers'),
    );
    const order = [
      'Who is appealing',
      'About the child',
      'About you',
      'Other parents, carers',
      'Representative',
      'The decision you are appealing',
      'The school or college you want',
      'Your reasons for appealing',
      'Health and social care',
      'Mediation',
      'Other appeals and court cases',
      'The hearing',
      'Declaration',
      'Documents sent with the appeal',
    ].map((heading) => body.indexOf(heading));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('names the young person as the appellant, with the representative to be contacted', () => {
    const body = documentText(docById(buildSubmissions(fixtureInput(youngPerson)).documents, 'appealFormAnswers'));
    expect(body).toContain('The young person (appealing in their own name)');
    expect(body).toContain('About the young person');
    expect(body).toContain('Should the Tribunal contact your representative instead of you?\tYes');
  });

  it('says no certificate is needed for a Section-I-only appeal (R2.1)', () => {
    const body = documentText(docById(buildSubmissions(fixtureInput(placementOnly)).documents, 'appealFormAnswers'));
    expect(body).toContain('Not needed: the appeal is only about Section I');
    expect(body).toContain('Brookside Academy');
  });
});

describe('reasons for appeal', () => {
  it('gives proposed wording for each disputed section with resolved citations', () => {
    const result = buildSubmissions(fixtureInput(contentWithRecommendations));
    const body = documentText(docById(result.documents, 'reasonsForAppeal'));
    expect(body).toContain('Section B: special educational needs');
    expect(body).toContain('Section F: special educational provision');
    expect(body).toContain('Section I: school or other setting');
    expect(body).toContain('What I want the plan to say');
    expect(body).toMatch(/EP report, p\.12 \(bundle page C\d+\)/);
  });

  it('reports vague Section F wording as problems, without changing the family’s words', () => {
    const result = buildSubmissions(fixtureInput(contentWithRecommendations));
    const vague = result.problems.filter((p) => p.kind === 'vagueWording');
    expect(vague.map((p) => p.message.split(':')[0])).toEqual(['"should"', '"regular"', '"support"']);
    expect(documentText(docById(result.documents, 'reasonsForAppeal'))).toContain('Sam should have regular support.');
  });

  it('cites document and page only before a bundle is planned', () => {
    const body = documentText(
      docById(buildSubmissions(fixtureInputWithoutBundle(refusalToAssess)).documents, 'reasonsForAppeal'),
    );
    expect(body).toContain('Evidence: EP report, p.12; School report, p.2.');
  });
});

describe('citations follow the bundle order', () => {
  const citedPage = (doc: SubmissionDocument): string =>
    /EP report, p\.12 \(bundle page (C\d+)\)/.exec(documentText(doc))?.[1] ?? 'none';

  it('changes the cited page labels when the bundle is reordered, and flags a removed document', () => {
    const first = buildSubmissions(fixtureInput(contentWithRecommendations));
    const before = citedPage(docById(first.documents, 'reasonsForAppeal'));
    const firstPlan = planFor(contentWithRecommendations.decision);
    const ep = firstPlan.documents.find((d) => d.id === 'ep');
    expect(before).toBe(`C${(ep?.firstPage ?? 0) + 11}`);

    // The family drags the school report and SALT report above the EP report.
    const reordered = buildSubmissions(fixtureInput(contentWithRecommendations, { C: ['school', 'salt', 'ep'] }));
    const after = citedPage(docById(reordered.documents, 'reasonsForAppeal'));
    expect(after).not.toBe(before);
    expect(Number(after.slice(1)) - Number(before.slice(1))).toBe(4 + 8);
    expect(reordered.problems.filter((p) => p.kind !== 'vagueWording')).toEqual([]);

    // The EP report is taken out of the bundle.
    const withoutEp = DOCUMENTS.filter((d) => d.id !== 'ep');
    const input = {
      ...fixtureInput(contentWithRecommendations),
      bundlePlan: planFor(contentWithRecommendations.decision, withoutEp),
    };
    const removed = buildSubmissions(input);
    const body = documentText(docById(removed.documents, 'reasonsForAppeal'));
    expect(body).toContain(`EP report, p.12 ${REMOVED_DOCUMENT_TEXT}`);
    const flagged = removed.problems.filter((p) => p.kind === 'citationRemoved');
    expect(flagged.map((p) => p.where)).toEqual([
      'Section F: special educational provision',
      'Section H2: other social care provision',
    ]);
    expect(flagged[0]?.message).toContain('no longer in the bundle');
  });

  it('flags a page number beyond the end of the document', () => {
    const fixture = {
      ...refusalToAssess,
      answers: {
        ...refusalToAssess.answers,
        generalReasons: { reasons: 'x', evidence: [{ documentId: 'salt', page: 99 }] },
      },
    };
    const result = buildSubmissions(fixtureInput(fixture));
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'citationPageOutOfRange', where: 'My reasons' })]);
    expect(documentText(docById(result.documents, 'reasonsForAppeal'))).toContain('this document has 8 pages');
  });
});

describe('late appeal explanation (§6.6)', () => {
  it('includes the dates, the family’s reasons and the gaps in the decision letter', () => {
    const doc = docById(buildSubmissions(fixtureInput(lateAppeal)).documents, 'lateAppealExplanation');
    const body = documentText(doc);
    expect(body).toContain('Deadline for appealing\tTuesday 1 September 2026');
    expect(body).toContain('I was in hospital from August to October.');
    expect(body).toContain('did not tell me the time limit for appealing');
    expect(body).toMatch(/my appeal is 83 days after the deadline/);
  });

  it('prefills the explanation with the letter gaps, and does not repeat them once kept', () => {
    const input = fixtureInput(lateAppeal);
    const prefill = prefillLateAppealExplanation(input.assessment);
    expect(prefill.split('\n\n')).toHaveLength(2);
    const kept = { ...input, answers: { ...input.answers, lateAppeal: { explanation: prefill } } };
    const body = documentText(docById(buildSubmissions(kept).documents, 'lateAppealExplanation'));
    expect(body).not.toContain('What the council’s decision letter left out');
    expect(body.match(/did not tell me the time limit/g)).toHaveLength(1);
  });
});

describe('missing answers for "check your answers"', () => {
  it('lists nothing for a complete case and the right questions for an empty one', () => {
    expect(buildSubmissions(fixtureInput(contentWithRecommendations)).missingAnswers).toEqual([]);
    const empty = { ...fixtureInput(contentWithRecommendations), answers: {} };
    const fields = buildSubmissions(empty).missingAnswers.map((m) => m.field);
    expect(fields).toEqual([
      'child',
      'appellant',
      'contact.address',
      'council.name',
      'sectionB.proposedWording',
      'sectionB.reasons',
      'sectionF.proposedWording',
      'sectionF.reasons',
      'placement.settingName',
      'placement.reasons',
      'declaration.name',
      'declaration.date',
    ]);
  });

  it('asks for the certificate or the reason there is none (§4)', () => {
    const fields = buildSubmissions(fixtureInput(youngPerson)).missingAnswers.map((m) => m.field);
    expect(fields).toEqual(['mediation.reasonForNoCertificate']);
  });
});
