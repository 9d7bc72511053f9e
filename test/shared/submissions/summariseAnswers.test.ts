import { describe, expect, it } from 'vitest';
import { listSubmissionPages } from '../../../shared/submissions/submissionPages';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import {
  summariseAnswers,
  type AnswerRow,
  type PageSummary,
  type SummaryContext,
} from '../../../shared/submissions/summariseAnswers';
import {
  ALL_FIXTURES,
  contentWithRecommendations,
  DOCUMENTS,
  fixtureInput,
  lateAppeal,
  refusalToAssess,
  youngPerson,
  type SubmissionFixture,
} from '../../fixtures/submissions/submissionCases';

function contextFor(fixture: SubmissionFixture, answers: SubmissionAnswers = fixture.answers): SummaryContext {
  const input = { ...fixtureInput(fixture), answers };
  return {
    answers,
    facts: fixture.facts,
    pages: listSubmissionPages(input),
    documents: DOCUMENTS.map((d) => ({ id: d.id, title: d.title })),
    known: { council: null, lateAppealLines: input.assessment.letterCheck?.lateAppealLines ?? [] },
  };
}

function summaryOf(summaries: PageSummary[], page: PageSummary['page']): PageSummary {
  const found = summaries.find((s) => s.page === page);
  if (found === undefined) throw new Error(`no summary for ${page}`);
  return found;
}

function row(summaries: PageSummary[], page: PageSummary['page'], label: string): AnswerRow {
  const found = summaryOf(summaries, page).rows.find((r) => r.label === label);
  if (found === undefined) throw new Error(`no row "${label}" on ${page}`);
  return found;
}

describe('summariseAnswers: one summary per page that applies, in form order', () => {
  it.each(ALL_FIXTURES)('$name', (fixture) => {
    const context = contextFor(fixture);
    const summaries = summariseAnswers(context);
    expect(summaries.map((s) => [s.page, s.group, s.title])).toEqual(
      context.pages.map((p) => [p.id, p.group, p.title]),
    );
    for (const summary of summaries) {
      expect(summary.rows.length).toBeGreaterThan(0);
      for (const r of summary.rows) {
        expect(r.value.length).toBeGreaterThan(0);
        expect(r.value.every((line) => line.trim() !== '')).toBe(true);
        expect(r.changeText).toBe(r.label.charAt(0).toLowerCase() + r.label.slice(1));
        // Rows on a page are changed there, unless the answer comes from elsewhere in the app.
        if (r.change.kind === 'page') expect(r.change.page).toBe(summary.page);
      }
    }
  });
});

describe('the answers of a contents appeal with recommendations', () => {
  const summaries = summariseAnswers(contextFor(contentWithRecommendations));

  it('shows what was typed, with dates for people to read', () => {
    expect(row(summaries, 'child', 'Full name').value).toEqual(['Sam Example']);
    expect(row(summaries, 'contact', 'How you prefer to be contacted').value).toEqual(['Email']);
    expect(row(summaries, 'otherPeople', 'Jo Example').value).toEqual([
      'Father',
      'Has parental responsibility: Yes',
      'Told about the appeal: Yes',
    ]);
    expect(row(summaries, 'placement', 'Date you contacted it').value).toEqual(['15 September 2026']);
    expect(row(summaries, 'placement', 'Has it confirmed in writing that it has a place?').value).toEqual(['Yes']);
    expect(row(summaries, 'councilLetter', 'Missing Section K appendices').value).toEqual(['Appendix 4: OT advice']);
  });

  it('shows answers from "start a case" and the case details with links to where they are changed', () => {
    const dob = row(summaries, 'child', 'Date of birth');
    expect(dob).toMatchObject({ value: ['4 March 2017'], change: { kind: 'start', step: 'dateOfBirth' } });
    expect(row(summaries, 'aboutDecision', 'Council')).toMatchObject({
      value: ['Exampleshire County Council'],
      change: { kind: 'council' },
    });
    expect(row(summaries, 'aboutDecision', 'What the council decided')).toMatchObject({
      value: ['The contents of the EHC plan'],
      change: { kind: 'start', step: 'decision' },
    });
    expect(row(summaries, 'aboutDecision', 'Parts of the plan you disagree with').value).toEqual([
      'Section B (needs), Section F (provision), Section I (the school or type named)',
    ]);
    expect(row(summaries, 'aboutDecision', 'Date on the decision letter')).toMatchObject({
      value: ['10 October 2026'],
      change: { kind: 'start', step: 'decisionDate' },
    });
    expect(row(summaries, 'mediation', 'Mediation certificate')).toMatchObject({
      value: ['Yes, dated 2 November 2026'],
      change: { kind: 'start', step: 'certificate' },
    });
    // With a certificate there is nothing to explain.
    expect(summaryOf(summaries, 'mediation').rows.map((r) => r.label)).not.toContain(
      'Why you do not have a certificate',
    );
  });

  it('names the documents cited as evidence', () => {
    expect(row(summaries, 'sectionF', 'Evidence').value).toEqual(['EP report, page 12', 'SALT report, page 5']);
    expect(row(summaries, 'sectionB', 'What you want it to say').value).toEqual([
      'Sam has a severe language disorder affecting understanding and expression.',
    ]);
  });

  it('lists each recommendation asked for, and only those', () => {
    const labels = summaryOf(summaries, 'recommendations').rows.map((r) => r.label);
    expect(labels).toEqual(['Section C: health needs', 'Section H2: other social care provision']);
    expect(row(summaries, 'recommendations', 'Section H2: other social care provision').value).toEqual([
      'The issue: No short breaks.',
      'What you ask the Tribunal to recommend: Short breaks of 4 hours a week.',
      'Evidence: EP report, page 14',
    ]);
  });

  it('does not ask about a paper decision outside SEND35a (§2.1)', () => {
    const labels = summaryOf(summaries, 'hearing').rows.map((r) => r.label);
    expect(labels).not.toContain('Can the appeal be decided on the papers, without a hearing?');
    expect(row(summaries, 'hearing', 'Interpreter').value).toEqual(['No']);
  });
});

describe('answers not given yet, and answers given elsewhere', () => {
  it('says "Not answered yet" rather than leaving a row blank', () => {
    const summaries = summariseAnswers(contextFor(contentWithRecommendations, {}));
    expect(row(summaries, 'child', 'Full name').value).toEqual(['Not answered yet']);
    expect(row(summaries, 'otherPeople', 'Other parents, carers or people with parental responsibility').value).toEqual(
      ['Not answered yet'],
    );
    expect(row(summaries, 'representative', 'Someone helping you').value).toEqual(['Not answered yet']);
    expect(row(summaries, 'sectionF', 'Evidence').value).toEqual(['No documents chosen yet']);
    expect(row(summaries, 'recommendations', 'Sections you ask about').value).toEqual(['Not answered yet']);
    expect(row(summaries, 'hearing', 'Interpreter').value).toEqual(['Not answered yet']);
    expect(row(summaries, 'aboutDecision', 'Council').value).toEqual(['Not answered yet']);
  });

  it('uses the council from the case details when the answers have none', () => {
    const context = {
      ...contextFor(contentWithRecommendations, {}),
      known: { council: 'Testshire', lateAppealLines: [] },
    };
    expect(row(summariseAnswers(context), 'aboutDecision', 'Council').value).toEqual(['Testshire']);
  });

  it('shows "no one else" and "no representative" as answers, and numbers people without a name', () => {
    const answers: SubmissionAnswers = { otherPeople: [], representative: {} };
    const summaries = summariseAnswers(contextFor(contentWithRecommendations, answers));
    expect(row(summaries, 'otherPeople', 'Other parents, carers or people with parental responsibility').value).toEqual(
      ['There is no one else'],
    );
    expect(row(summaries, 'representative', 'Someone helping you').value).toEqual(['No']);
    const unnamed = summariseAnswers(
      contextFor(contentWithRecommendations, { otherPeople: [{ relationship: 'Aunt' }] }),
    );
    expect(row(unnamed, 'otherPeople', 'Person 1').value).toEqual([
      'Aunt',
      'Has parental responsibility: Not answered yet',
      'Told about the appeal: Not answered yet',
    ]);
  });

  it('flags evidence from a document that has been removed', () => {
    const answers: SubmissionAnswers = { sectionB: { evidence: [{ documentId: 'gone', page: 3 }] } };
    expect(
      row(summariseAnswers(contextFor(contentWithRecommendations, answers)), 'sectionB', 'Evidence').value,
    ).toEqual(['A document that has been removed, page 3: choose another document or remove this reference']);
  });

  it('shows the representative of a young person and why there is no certificate yet', () => {
    const summaries = summariseAnswers(contextFor(youngPerson));
    expect(summaries.map((s) => s.title)[0]).toBe('About the young person');
    expect(row(summaries, 'representative', 'Should the Tribunal contact them instead of you?').value).toEqual(['Yes']);
    expect(row(summaries, 'mediation', 'Mediation certificate').value).toEqual(['You do not have one yet']);
    expect(row(summaries, 'mediation', 'Do you want to try mediation first?').value).toEqual(['No']);
    expect(row(summaries, 'mediation', 'Mediation adviser').value).toEqual(['Mediation Co']);
  });

  it('asks SEND35a appeals about a paper decision', () => {
    const summaries = summariseAnswers(contextFor(refusalToAssess));
    expect(row(summaries, 'hearing', 'Can the appeal be decided on the papers, without a hearing?').value).toEqual([
      'Yes',
    ]);
    expect(row(summaries, 'reasons', 'Evidence').value).toEqual(['EP report, page 12', 'School report, page 2']);
  });

  it('shows the late-appeal explanation, or the decision-letter gaps it will use (§6.6)', () => {
    const written = summariseAnswers(contextFor(lateAppeal));
    expect(row(written, 'lateAppeal', 'Why the appeal is late').value).toEqual([
      'I was in hospital from August to October.',
    ]);
    const context = contextFor(lateAppeal, {});
    expect(context.known.lateAppealLines.length).toBeGreaterThan(0);
    expect(row(summariseAnswers(context), 'lateAppeal', 'Why the appeal is late').value).toEqual([
      'Not written yet. The explanation will say what the decision letter left out:',
      ...context.known.lateAppealLines,
    ]);
  });
});
