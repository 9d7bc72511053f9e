import { describe, expect, it } from 'vitest';
import { notAppealableMatterIds } from '../../../shared/domain/decisionTypes';
import { signpostRoutes } from '../../../shared/domain/signpostRoutes';

const ids = (result: ReturnType<typeof signpostRoutes>) => result.routes.map((r) => r.id);

describe('signpostRoutes – §9', () => {
  it('S1: health-only → mediation, DRS (third kind), NHS complaint/PHSO, judicial review; never the Tribunal form', () => {
    const result = signpostRoutes({ matter: 'healthOnly' });
    expect(ids(result)).toEqual(['mediation', 'disagreementResolution', 'nhsComplaint', 'judicialReview']);
    expect(result.rulesApplied).toContain('S1');
    expect(result.tribunalFirst).toBe(false);
    expect(result.notes.join(' ')).toContain('Do not use the Tribunal appeal form (SEND35)');
    expect(result.routes[1]?.whenToUse).toContain('third of the four kinds');
    expect(result.routes.find((r) => r.id === 'nhsComplaint')?.timeLimit).toContain('12 months');
  });

  it('S1: social-care-only → children’s social care complaint then LGSCO', () => {
    const result = signpostRoutes({ matter: 'socialCareOnly' });
    expect(ids(result)).toEqual(['mediation', 'disagreementResolution', 'socialCareComplaint', 'judicialReview']);
    expect(result.rulesApplied).toContain('S1');
  });

  it('S2: with an appealable decision, the Tribunal comes first', () => {
    const result = signpostRoutes({ matter: 'provisionNotDelivered', appealableDecisionExists: true });
    expect(result.tribunalFirst).toBe(true);
    expect(ids(result)[0]).toBe('tribunalAppeal');
    expect(result.rulesApplied).toContain('S2');
    const healthWithAppeal = signpostRoutes({ matter: 'healthOnly', appealableDecisionExists: true });
    expect(healthWithAppeal.notes.join(' ')).toContain('recommendations as part of the same appeal');
    expect(signpostRoutes({ matter: 'provisionNotDelivered' }).tribunalFirst).toBe(false);
  });

  it('S3: no decision yet → complaint and pre-action letter, and come back when the decision arrives', () => {
    const result = signpostRoutes({ matter: 'laDelay' });
    expect(ids(result)).toEqual(['councilComplaint', 'judicialReview', 'disagreementResolution']);
    expect(result.rulesApplied).toContain('S3');
    expect(result.notes.join(' ')).toContain('enter its date');
    expect(result.routes[0]?.timeLimit).toContain('12 months');
  });

  it('S4: help organisations are always included', () => {
    for (const matter of notAppealableMatterIds) {
      const result = signpostRoutes({ matter });
      expect(result.rulesApplied).toContain('S4');
      expect(result.helpOrganisations.map((o) => o.id)).toEqual(['sendiass', 'ipsea', 'sossen', 'contact']);
      expect(result.routes.length).toBeGreaterThan(0);
    }
  });

  it('school SEN support → school complaint and DRS (second kind)', () => {
    const result = signpostRoutes({ matter: 'schoolSenSupport' });
    expect(ids(result)).toEqual(['schoolComplaint', 'disagreementResolution']);
    expect(result.routes[1]?.whenToUse).toContain('second of the four kinds');
  });

  it('non-compliance with a Tribunal order → complaint/LGSCO or judicial review', () => {
    expect(ids(signpostRoutes({ matter: 'tribunalOrderNotFollowed' }))).toEqual(['councilComplaint', 'judicialReview']);
  });

  it('personal budget → complaint, DRS (first kind), with a note that Section F can be appealed', () => {
    const result = signpostRoutes({ matter: 'personalBudget' });
    expect(ids(result)).toEqual(['councilComplaint', 'disagreementResolution']);
    expect(result.routes[1]?.whenToUse).toContain('first of the four kinds');
    expect(result.notes.join(' ')).toContain('Section F');
  });

  it('disability discrimination → DD claim (6 months, SEND4A/4B, outside this app)', () => {
    const result = signpostRoutes({ matter: 'disabilityDiscrimination', appealableDecisionExists: true });
    expect(result.tribunalFirst).toBe(false);
    const claim = result.routes[0];
    expect(claim?.id).toBe('disabilityDiscriminationClaim');
    expect(claim?.timeLimit).toContain('6 months');
    expect(claim?.howToStart).toContain('SEND4A');
    expect(claim?.whatItIs).toContain('this app does not cover it');
  });

  it('judicial review carries its UNCERTAIN time limit as a warning', () => {
    const jr = signpostRoutes({ matter: 'laDelay' }).routes.find((r) => r.id === 'judicialReview');
    expect(jr?.howToStart).toContain('pre-action protocol letter');
    expect(jr?.uncertain?.code).toBe('judicialReviewTimeLimitUncertain');
  });

  it('returns a fresh list each time, so callers cannot change the catalogue', () => {
    const first = signpostRoutes({ matter: 'laDelay' });
    first.routes.pop();
    expect(signpostRoutes({ matter: 'laDelay' }).routes).toHaveLength(3);
  });
});
