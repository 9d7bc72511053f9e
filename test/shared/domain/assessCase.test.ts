import { describe, expect, it } from 'vitest';
import { assessCase } from '../../../shared/domain/assessCase';
import { caseFactsSchema, type CaseFacts } from '../../../shared/domain/caseFacts';

const allLetterTicks = {
  rightOfAppeal: true,
  timeLimit: true,
  mediationAdviserContact: true,
  certificateNeeded: true,
  disagreementResolution: true,
  informationAdviceService: true,
  mediationDoesNotAffectAppeal: true,
  healthSocialCareRecommendations: true,
};

describe('caseFactsSchema', () => {
  it('accepts an empty or half-finished interview', () => {
    expect(caseFactsSchema.safeParse({}).success).toBe(true);
    expect(caseFactsSchema.safeParse({ decisionType: 'contents', sections: { f: true } }).success).toBe(true);
    expect(caseFactsSchema.safeParse({ letter: { rightOfAppeal: false } }).success).toBe(true);
    expect(caseFactsSchema.safeParse({ youngPersonHasCapacity: 'unsure' }).success).toBe(true);
    // Shape only: an impossible day is kept as a draft and explained by validateCaseDates.
    expect(caseFactsSchema.safeParse({ decisionDate: '2025-02-30' }).success).toBe(true);
  });

  it('rejects answers the engine cannot understand', () => {
    expect(caseFactsSchema.safeParse({ decisionType: 'appealEverything' }).success).toBe(false);
    expect(caseFactsSchema.safeParse({ decisionDate: '10/03/2025' }).success).toBe(false);
    expect(caseFactsSchema.safeParse({ sections: { i: 'yes' } }).success).toBe(false);
    expect(caseFactsSchema.safeParse({ letter: { somethingElse: true } }).success).toBe(false);
    expect(caseFactsSchema.safeParse({ unexpected: 1 }).success).toBe(false);
  });
});

describe('assessCase', () => {
  it('an empty interview gives a safe, serialisable starting point', () => {
    const result = assessCase({}, '2025-06-01');
    expect(result.status).toBe('incomplete');
    expect(result.stillToAnswer[0]).toContain('What did the council decide');
    expect(result.classification).toBeNull();
    expect(result.deadline).toBeNull();
    expect(result.nextSteps[0]).toContain('Find the council’s latest letter');
    expect(result.notices[0]).toContain('not legal advice');
    expect(result.helpOrganisations).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('a contents appeal with no certificate yet: deadline, mediation call date, and a this-week plan', () => {
    const facts: CaseFacts = {
      decisionType: 'contents',
      sections: { b: true, f: true },
      decisionDate: '2025-03-10',
      dateOfBirth: '2014-05-01',
      letter: allLetterTicks,
    };
    const result = assessCase(facts, '2025-03-20');
    expect(result.status).toBe('complete');
    expect(result.classification).toMatchObject({ route: 'tribunal', form: 'SEND35', certificate: 'required' });
    expect(result.deadline?.deadline).toBe('2025-05-12');
    expect(result.mediationContact).toMatchObject({ contactBy: '2025-05-10', callBy: '2025-05-02' });
    expect(result.appellant?.appellant).toBe('parent');
    expect(result.signposting).toBeNull();
    expect(result.nextSteps[0]).toContain('Contact the mediation adviser');
    expect(result.nextSteps[0]).toContain('Friday 2 May 2025');
    expect(result.nextSteps.join(' ')).toContain('Monday 12 May 2025');
    expect(result.nextSteps.join(' ')).toContain('form SEND35');
    expect(result.nextSteps.join(' ')).toContain('final EHC plan');
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['noCertificateYet', 'receivedBy5pm', 'mediationContactNoExtraTime']));
    expect(new Set(codes).size).toBe(codes.length);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('a certificate that arrives later extends the deadline and removes the mediation step', () => {
    const result = assessCase(
      {
        decisionType: 'refusalToAssess',
        decisionDate: '2025-03-10',
        certificateDate: '2025-05-13',
        dateOfBirth: '2016-01-01',
        letter: allLetterTicks,
      },
      '2025-05-14',
    );
    expect(result.deadline).toMatchObject({ deadline: '2025-06-13', governedBy: 'certificate' });
    expect(result.mediationContact).toBeNull();
    expect(result.nextSteps.join(' ')).toContain('Keep your mediation certificate safe');
    expect(result.nextSteps.join(' ')).toContain('form SEND35a');
  });

  it('a late appeal is never blocked: it explains extra time and offers the letter’s gaps as reasons', () => {
    const result = assessCase(
      {
        decisionType: 'ceaseToMaintain',
        decisionDate: '2024-03-01',
        certificateDate: '2024-04-10',
        dateOfBirth: '2010-01-01',
        letter: { ...allLetterTicks, timeLimit: false },
      },
      '2025-06-01',
    );
    expect(result.deadline?.deadline).toBe('2024-05-10');
    expect(result.validation.map((v) => `${v.code}:${v.severity}`)).toEqual(['decisionOverAYearOld:warning']);
    expect(result.warnings.map((w) => w.code)).toContain('deadlinePassed');
    expect(result.nextSteps[0]).toContain('you can still appeal');
    expect(result.nextSteps[1]).toContain('what the council’s letter left out');
    expect(result.letterCheck?.lateAppealLines).toEqual([
      'The council’s decision letter did not tell me the time limit for appealing.',
    ]);
  });

  it('Section I only: no certificate needed, and no mediation deadline', () => {
    const result = assessCase(
      {
        decisionType: 'contents',
        sections: { i: 'namedSchoolOrType' },
        decisionDate: '2025-03-10',
        dateOfBirth: '2014-05-01',
      },
      '2025-03-20',
    );
    expect(result.classification?.certificate).toBe('exempt');
    expect(result.mediationContact).toBeNull();
    expect(result.nextSteps.join(' ')).toContain('do not need a mediation certificate');
    expect(result.nextSteps.join(' ')).toContain('school or college you want');
    expect(result.warnings.map((w) => w.code)).toContain('considerSectionsBAndF');
  });

  it('a young person: the appeal is theirs and capacity is asked about', () => {
    const result = assessCase(
      { decisionType: 'refusalToIssue', decisionDate: '2025-03-10', dateOfBirth: '2007-01-10', letter: allLetterTicks },
      '2025-03-20',
    );
    expect(result.appellant?.appellant).toBe('youngPerson');
    expect(result.stillToAnswer).toContain('Can the young person make the decision to appeal themselves?');
    expect(result.nextSteps.join(' ')).toContain('Go through the capacity questions together');
  });

  it('a disagreement that cannot be appealed goes to signposting, with no deadline', () => {
    const result = assessCase({ decisionType: 'laDelay' }, '2025-03-20');
    expect(result.classification?.route).toBe('other');
    expect(result.deadline).toBeNull();
    expect(result.letterCheck).toBeNull();
    expect(result.signposting?.rulesApplied).toEqual(['S3', 'S4']);
    expect(result.status).toBe('complete');
    expect(result.nextSteps.join(' ')).toContain('As soon as the council’s decision arrives');
    expect(result.warnings.map((w) => w.code)).toContain('judicialReviewTimeLimitUncertain');
  });

  it('dates with errors are left out of the calculations and the family is asked to check them', () => {
    const result = assessCase(
      { decisionType: 'refusalToIssue', decisionDate: '2025-02-30', dateOfBirth: '2014-05-01' },
      '2025-03-20',
    );
    expect(result.validation.map((v) => v.code)).toEqual(['invalidDate']);
    expect(result.deadline).toBeNull();
    expect(result.nextSteps[0]).toContain('Check the dates you entered');
    expect(result.stillToAnswer).toContain('What date is printed on the decision letter?');
  });

  it('25 or over: says an appeal is not possible and points to advice', () => {
    const result = assessCase(
      { decisionType: 'refusalToIssue', decisionDate: '2025-03-10', dateOfBirth: '1999-01-01' },
      '2025-03-20',
    );
    expect(result.validation.map((v) => v.code)).toEqual(['over25']);
    expect(result.appellant).toMatchObject({ ageGroup: 'over25', canAppeal: false });
    expect(result.nextSteps).toEqual([
      expect.stringContaining('Check the dates'),
      expect.stringContaining('the Tribunal cannot hear an appeal for someone aged 25 or over'),
    ]);
  });
});
