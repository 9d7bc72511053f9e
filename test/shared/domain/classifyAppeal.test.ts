import { describe, expect, it } from 'vitest';
import { classifyAppeal } from '../../../shared/domain/classifyAppeal';
import type { DecisionType, NotAppealableMatterId } from '../../../shared/domain/decisionTypes';

const codes = (result: { warnings: Array<{ code: string }> }) => result.warnings.map((w) => w.code);

describe('classifyAppeal – §2.1 decision-type table', () => {
  const rows: Array<{
    row: string;
    decision: DecisionType;
    form: 'SEND35' | 'SEND35a';
    certificate: 'required' | 'exempt';
    recommendations: boolean;
    pages: number | null;
    uncertain: boolean;
  }> = [
    {
      row: 'RTA',
      decision: { id: 'refusalToAssess' },
      form: 'SEND35a',
      certificate: 'required',
      recommendations: false,
      pages: 75,
      uncertain: false,
    },
    {
      row: 'RRA',
      decision: { id: 'refusalToReassess' },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 75,
      uncertain: false,
    },
    {
      row: 'RTI',
      decision: { id: 'refusalToIssue' },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: false,
    },
    {
      row: 'CONTENT-B',
      decision: { id: 'contents', sections: { b: true } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: false,
    },
    {
      row: 'CONTENT-F',
      decision: { id: 'contents', sections: { f: true } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: false,
    },
    {
      row: 'CONTENT-B/F',
      decision: { id: 'contents', sections: { b: true, f: true } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: false,
    },
    {
      row: 'CONTENT-I (named)',
      decision: { id: 'contents', sections: { i: 'namedSchoolOrType' } },
      form: 'SEND35',
      certificate: 'exempt',
      recommendations: true,
      pages: 75,
      uncertain: false,
    },
    {
      row: 'CONTENT-I (none named)',
      decision: { id: 'contents', sections: { i: 'noSchoolNamed' } },
      form: 'SEND35',
      certificate: 'exempt',
      recommendations: true,
      pages: 75,
      uncertain: false,
    },
    {
      row: 'CONTENT-B/F/I',
      decision: { id: 'contents', sections: { b: true, f: true, i: 'namedSchoolOrType' } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: true,
    },
    {
      row: 'CONTENT-F/I',
      decision: { id: 'contents', sections: { f: true, i: 'noSchoolNamed' } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: true,
    },
    {
      row: 'RTAM',
      decision: { id: 'refusalToAmend' },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: null,
      uncertain: true,
    },
    {
      row: 'CTM',
      decision: { id: 'ceaseToMaintain' },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 75,
      uncertain: false,
    },
    // R2.8 combinations: cease or refusal to amend plus a contents appeal.
    {
      row: 'CTM + B/F',
      decision: { id: 'ceaseToMaintain', sections: { b: true, f: true } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: true,
    },
    {
      row: 'CTM + I only',
      decision: { id: 'ceaseToMaintain', sections: { i: 'namedSchoolOrType' } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 75,
      uncertain: true,
    },
    {
      row: 'RTAM + F',
      decision: { id: 'refusalToAmend', sections: { f: true } },
      form: 'SEND35',
      certificate: 'required',
      recommendations: true,
      pages: 100,
      uncertain: true,
    },
  ];

  it.each(rows)('$row → $form, certificate $certificate, pages $pages', (row) => {
    const result = classifyAppeal({ decision: row.decision, decisionDate: '2025-03-10' });
    expect(result.route).toBe('tribunal');
    expect(result.form).toBe(row.form);
    expect(result.certificate).toBe(row.certificate);
    expect(result.recommendationsAvailable).toBe(row.recommendations);
    expect(result.evidencePageLimit).toEqual({ pages: row.pages, uncertain: row.uncertain });
    expect(codes(result).includes('pageLimitUncertain')).toBe(row.uncertain);
  });

  it('R2.1: a Section-I-only appeal is exempt but mediation is still mentioned as a choice', () => {
    const result = classifyAppeal({ decision: { id: 'contents', sections: { i: 'namedSchoolOrType' } } });
    expect(result.reasons.join(' ')).toContain('do not need a mediation certificate');
    expect(result.reasons.join(' ')).toContain('still try mediation');
  });

  it('R2.3: refusal to assess explains that recommendations are not available on SEND35a', () => {
    const result = classifyAppeal({ decision: { id: 'refusalToAssess' } });
    expect(result.recommendationsAvailable).toBe(false);
    expect(result.reasons.join(' ')).toContain('cannot make recommendations about health or social care');
    // §7.2 / §14 item 1: outcome of the paper-determination consultation is UNCERTAIN.
    expect(codes(result)).toContain('paperHearingRulesUncertain');
  });

  it('R2.4: no recommendations for decisions before 3 April 2018', () => {
    const before = classifyAppeal({ decision: { id: 'refusalToIssue' }, decisionDate: '2018-04-02' });
    const onDay = classifyAppeal({ decision: { id: 'refusalToIssue' }, decisionDate: '2018-04-03' });
    expect(before.recommendationsAvailable).toBe(false);
    expect(before.reasons.join(' ')).toContain('3 April 2018');
    expect(onDay.recommendationsAvailable).toBe(true);
  });

  it('R2.2: recommendations are explained as needing a live education issue', () => {
    const result = classifyAppeal({ decision: { id: 'refusalToIssue' } });
    expect(result.reasons.join(' ')).toContain('only go ahead while the education part of the appeal is still going');
  });

  it('R2.5 and R2.6: Section I only asks for setting details and suggests considering B/F', () => {
    const result = classifyAppeal({ decision: { id: 'contents', sections: { i: 'namedSchoolOrType' } } });
    expect(result.reasons.join(' ')).toContain('name and full address');
    expect(codes(result)).toContain('considerSectionsBAndF');
    const withF = classifyAppeal({ decision: { id: 'contents', sections: { f: true, i: 'namedSchoolOrType' } } });
    expect(codes(withF)).not.toContain('considerSectionsBAndF');
  });

  it('R2.7: cease to maintain explains the plan stays in place during the appeal', () => {
    const result = classifyAppeal({ decision: { id: 'ceaseToMaintain' } });
    expect(result.reasons.join(' ')).toContain('must keep the plan in place');
  });

  it('asks which sections when a contents appeal has none chosen, and assumes a certificate is needed', () => {
    const result = classifyAppeal({ decision: { id: 'contents', sections: {} } });
    expect(result.certificate).toBe('required');
    expect(result.evidencePageLimit).toEqual({ pages: null, uncertain: false });
    expect(codes(result)).toContain('sectionsNotChosen');
  });
});

describe('classifyAppeal – §2.2 not appealable', () => {
  const rows: Array<{ matter: NotAppealableMatterId; mentions: string }> = [
    { matter: 'personalBudget', mentions: 'Section F' },
    { matter: 'sectionsAOrE', mentions: 'cannot be appealed on their own' },
    { matter: 'healthOnly', mentions: 'Sections C and G' },
    { matter: 'socialCareOnly', mentions: 'Sections D, H1 and H2' },
    { matter: 'laDelay', mentions: 'no decision to appeal' },
    { matter: 'provisionNotDelivered', mentions: 'not being carried out' },
    { matter: 'tribunalOrderNotFollowed', mentions: 'does not enforce its own orders' },
    { matter: 'schoolSenSupport', mentions: 'EHC needs assessment' },
    { matter: 'disabilityDiscrimination', mentions: 'SEND4A' },
  ];

  it.each(rows)('$matter → other route, no form, no certificate, no page limit', ({ matter, mentions }) => {
    const result = classifyAppeal({ decision: { id: matter } });
    expect(result.route).toBe('other');
    expect(result.form).toBeNull();
    expect(result.certificate).toBe('notApplicable');
    expect(result.recommendationsAvailable).toBe(false);
    expect(result.evidencePageLimit).toEqual({ pages: null, uncertain: false });
    expect(result.reasons.join(' ')).toContain(mentions);
  });

  it('Section E is flagged as unsettled law', () => {
    expect(codes(classifyAppeal({ decision: { id: 'sectionsAOrE' } }))).toEqual(['sectionEUncertain']);
  });
});
