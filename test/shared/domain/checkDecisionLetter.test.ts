import { describe, expect, it } from 'vitest';
import { checkDecisionLetter, letterItemIds, type LetterTicks } from '../../../shared/domain/checkDecisionLetter';

const allTicked: LetterTicks = Object.fromEntries(letterItemIds.map((id) => [id, true]));

describe('checkDecisionLetter – §4, §5.1 reg 32, §6.6', () => {
  it('a complete letter has nothing missing and gives no late-appeal lines', () => {
    const result = checkDecisionLetter({ id: 'refusalToIssue' }, allTicked);
    expect(result.applicable).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.possibleGroundsForExtraTime).toBe(false);
    expect(result.lateAppealLines).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('missing items are explained and become first-person lines for a late-appeal statement', () => {
    const result = checkDecisionLetter(
      { id: 'refusalToIssue' },
      { ...allTicked, rightOfAppeal: false, timeLimit: false },
    );
    expect(result.missing.map((m) => m.id)).toEqual(['rightOfAppeal', 'timeLimit']);
    expect(result.possibleGroundsForExtraTime).toBe(true);
    expect(result.missing[0]?.explanation).toContain('If your appeal is late, tell the Tribunal');
    expect(result.lateAppealLines).toEqual([
      'The council’s decision letter did not tell me that I could appeal to the SEND Tribunal.',
      'The council’s decision letter did not tell me the time limit for appealing.',
    ]);
  });

  it('refusal to assess: the health and social care recommendations item does not apply', () => {
    const result = checkDecisionLetter(
      { id: 'refusalToAssess' },
      { ...allTicked, healthSocialCareRecommendations: false },
    );
    expect(result.items.find((i) => i.id === 'healthSocialCareRecommendations')?.status).toBe('notApplicable');
    expect(result.missing).toEqual([]);
  });

  it('Section I only: the certificate item does not apply (R2.1)', () => {
    const result = checkDecisionLetter(
      { id: 'contents', sections: { i: 'namedSchoolOrType' } },
      { ...allTicked, certificateNeeded: false },
    );
    expect(result.items.find((i) => i.id === 'certificateNeeded')?.status).toBe('notApplicable');
    expect(result.missing).toEqual([]);
  });

  it('decisions before 3 April 2018 are not checked for the recommendations item (R2.4)', () => {
    const result = checkDecisionLetter(
      { id: 'refusalToIssue' },
      { ...allTicked, healthSocialCareRecommendations: false },
      '2017-06-01',
    );
    expect(result.items.find((i) => i.id === 'healthSocialCareRecommendations')?.status).toBe('notApplicable');
  });

  it('unanswered questions are reported, not treated as missing', () => {
    const result = checkDecisionLetter({ id: 'ceaseToMaintain' }, { rightOfAppeal: true });
    expect(result.missing).toEqual([]);
    expect(result.items.filter((i) => i.status === 'notAnswered')).toHaveLength(7);
    expect(result.warnings.map((w) => w.code)).toEqual(['letterNotFullyChecked']);
    expect(result.warnings[0]?.message).toContain('7 questions');
  });

  it('the "mediation does not affect your appeal" item carries its UNCERTAIN wording warning', () => {
    const result = checkDecisionLetter({ id: 'refusalToIssue' }, { ...allTicked, mediationDoesNotAffectAppeal: false });
    expect(result.warnings.map((w) => w.code)).toContain('mediationWordingUncertain');
    expect(result.missing[0]?.uncertain?.code).toBe('mediationWordingUncertain');
  });

  it('has nothing to check for a disagreement with no right of appeal', () => {
    const result = checkDecisionLetter({ id: 'laDelay' }, allTicked);
    expect(result.applicable).toBe(false);
    expect(result.items.every((i) => i.status === 'notApplicable')).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['letterCheckNotApplicable']);
  });
});
