import { describe, expect, it } from 'vitest';
import { assessCase } from '../../../shared/domain/assessCase';
import type { CaseFacts } from '../../../shared/domain/caseFacts';
import type { SubmissionAnswers } from '../../../shared/submissions/submissionAnswersSchema';
import type { SubmissionInput } from '../../../shared/submissions/submissionInput';
import { listSubmissionPages, type SubmissionPageId } from '../../../shared/submissions/submissionPages';
import {
  contentWithRecommendations,
  fixtureInput,
  lateAppeal,
  placementOnly,
  refusalToAssess,
  TODAY,
  youngPerson,
} from '../../fixtures/submissions/submissionCases';

const ids = (input: SubmissionInput) => listSubmissionPages(input).map((p) => p.id);

/** The fixture's input with other facts and/or answers, reassessed as the service would. */
function withChanges(
  base: SubmissionInput,
  changes: { facts?: Partial<CaseFacts>; answers?: SubmissionAnswers },
): SubmissionInput {
  const facts = { ...base.facts, ...changes.facts };
  return { ...base, facts, assessment: assessCase(facts, TODAY), answers: changes.answers ?? base.answers };
}

const statusOf = (input: SubmissionInput, id: SubmissionPageId) =>
  listSubmissionPages(input).find((p) => p.id === id)?.status;

const PEOPLE_AND_OTHER: SubmissionPageId[] = ['child', 'appellant', 'contact', 'otherPeople', 'representative'];

describe('listSubmissionPages: which pages apply', () => {
  it('refusal to assess: a reasons page, no section or recommendation pages (R2.3), mediation needed', () => {
    expect(ids(fixtureInput(refusalToAssess))).toEqual([
      ...PEOPLE_AND_OTHER,
      'aboutDecision',
      'reasons',
      'mediation',
      'otherCases',
      'hearing',
      'declaration',
    ]);
  });

  it('contents B/F/I: a page per disputed section and recommendations when available, no reasons page', () => {
    expect(ids(fixtureInput(contentWithRecommendations))).toEqual([
      ...PEOPLE_AND_OTHER,
      'aboutDecision',
      'sectionB',
      'sectionF',
      'placement',
      'recommendations',
      'mediation',
      'otherCases',
      'hearing',
      'councilLetter',
      'declaration',
    ]);
  });

  it('contents with only Section I: no B or F page and no mediation page (certificate not required, §5)', () => {
    const pages = ids(fixtureInput(placementOnly));
    expect(pages).toContain('placement');
    expect(pages).not.toContain('sectionB');
    expect(pages).not.toContain('sectionF');
    expect(pages).not.toContain('mediation');
    expect(pages).toContain('recommendations');
  });

  it('no recommendations page for a decision made before extended appeals began (R2.4)', () => {
    const old = withChanges(fixtureInput(contentWithRecommendations), {
      facts: { decisionDate: '2018-01-10', certificateDate: undefined },
    });
    expect(ids(old)).not.toContain('recommendations');
  });

  it('a cease decision with disputed sections has both a reasons page and section pages (R2.8)', () => {
    const cease = withChanges(fixtureInput(youngPerson), {
      facts: { sections: { b: true, f: false, i: null } },
    });
    const pages = ids(cease);
    expect(pages).toContain('reasons');
    expect(pages).toContain('sectionB');
    expect(pages).not.toContain('sectionF');
    expect(pages).toContain('councilLetter');
  });

  it('the late-appeal page appears only once the deadline has passed (§6.6)', () => {
    expect(ids(fixtureInput(lateAppeal))).toContain('lateAppeal');
    for (const fixture of [refusalToAssess, contentWithRecommendations, youngPerson, placementOnly]) {
      expect(ids(fixtureInput(fixture))).not.toContain('lateAppeal');
    }
    // The same case, decided recently enough, is in time.
    const inTime = withChanges(fixtureInput(lateAppeal), {
      facts: { decisionDate: '2026-11-01', certificateDate: undefined },
    });
    expect(ids(inTime)).not.toContain('lateAppeal');
  });

  it('calls the child a young person when the young person appeals (§3)', () => {
    expect(listSubmissionPages(fixtureInput(youngPerson))[0]?.title).toBe('About the young person');
    expect(listSubmissionPages(fixtureInput(refusalToAssess))[0]?.title).toBe('About the child');
  });

  it('lists nothing for a disagreement that cannot go to the Tribunal (§2.2), or before the decision is known', () => {
    expect(ids(withChanges(fixtureInput(refusalToAssess), { facts: { decisionType: 'personalBudget' } }))).toEqual([]);
    const unknown = { ...fixtureInput(refusalToAssess), facts: {}, assessment: assessCase({}, TODAY) };
    expect(ids(unknown)).toEqual([]);
  });

  it('puts each page in its group, in the order of the form', () => {
    const groups = listSubmissionPages(fixtureInput(contentWithRecommendations)).map((p) => p.group);
    expect(groups.indexOf('reasons')).toBeGreaterThan(groups.lastIndexOf('people'));
    expect(groups.indexOf('other')).toBeGreaterThan(groups.lastIndexOf('reasons'));
  });
});

describe('listSubmissionPages: status of each page', () => {
  it('every page is "not started" with no answers, except mediation when the certificate date is known', () => {
    const input = withChanges(fixtureInput(contentWithRecommendations), { answers: {} });
    for (const page of listSubmissionPages(input)) {
      expect([page.id, page.status]).toEqual([page.id, page.id === 'mediation' ? 'done' : 'notStarted']);
    }
  });

  it('"in progress" with some answers, "done" with every required one', () => {
    const base = fixtureInput(contentWithRecommendations);
    const child = (answers: SubmissionAnswers) => statusOf(withChanges(base, { answers }), 'child');
    expect(child({ child: { schoolOrSetting: 'Hillside' } })).toBe('inProgress');
    expect(child({ child: { firstName: 'Sam' } })).toBe('inProgress');
    expect(child({ child: { firstName: 'Sam', lastName: '  ' } })).toBe('inProgress');
    expect(child({ child: { firstName: 'Sam', lastName: 'Example' } })).toBe('done');

    const sectionF = (answers: SubmissionAnswers) => statusOf(withChanges(base, { answers }), 'sectionF');
    expect(sectionF({ sectionF: { evidence: [{ documentId: 'ep', page: 1 }] } })).toBe('inProgress');
    expect(sectionF({ sectionF: { proposedWording: 'Weekly 1:1 SALT', currentWording: 'x' } })).toBe('inProgress');
    expect(sectionF({ sectionF: { proposedWording: 'Weekly 1:1 SALT', reasons: 'The SALT says so.' } })).toBe('done');
  });

  it('the fixtures’ filled pages are done', () => {
    const pages = listSubmissionPages(fixtureInput(contentWithRecommendations));
    const done = pages.filter((p) => p.status === 'done').map((p) => p.id);
    expect(done).toEqual(
      expect.arrayContaining(['child', 'appellant', 'contact', 'otherPeople', 'aboutDecision', 'sectionB']),
    );
    expect(done).toEqual(expect.arrayContaining(['sectionF', 'placement', 'recommendations', 'hearing']));
    expect(done).toEqual(expect.arrayContaining(['councilLetter', 'declaration', 'mediation']));
    // Not answered in the fixture.
    expect(pages.find((p) => p.id === 'representative')?.status).toBe('notStarted');
    expect(pages.find((p) => p.id === 'otherCases')?.status).toBe('notStarted');
  });

  it('recommendations: "in progress" until every added section says what is sought', () => {
    const base = fixtureInput(contentWithRecommendations);
    const status = (recommendations: SubmissionAnswers['recommendations']) =>
      statusOf(withChanges(base, { answers: { recommendations } }), 'recommendations');
    expect(status(undefined)).toBe('notStarted');
    expect(status({ c: { issue: 'Sleep' } })).toBe('inProgress');
    expect(status({ c: { recommendationSought: 'Add sleep' }, g: { issue: 'x' } })).toBe('inProgress');
    expect(status({ c: { recommendationSought: 'Add sleep' } })).toBe('done');
  });

  it('mediation: done with a certificate date or a reason for having none (§4)', () => {
    const base = withChanges(fixtureInput(refusalToAssess), { facts: { certificateDate: undefined } });
    const status = (answers: SubmissionAnswers) => statusOf(withChanges(base, { answers }), 'mediation');
    expect(status({})).toBe('notStarted');
    expect(status({ mediation: { adviserName: 'Mediation Co' } })).toBe('inProgress');
    expect(status({ mediation: { reasonForNoCertificate: 'The appeal is only about the school.' } })).toBe('done');
  });

  it('late appeal: done once the explanation is written', () => {
    const base = fixtureInput(lateAppeal);
    expect(statusOf(base, 'lateAppeal')).toBe('done');
    expect(statusOf(withChanges(base, { answers: {} }), 'lateAppeal')).toBe('notStarted');
  });

  it('placement: a type of school is enough when no school is named yet', () => {
    const base = fixtureInput(placementOnly);
    const status = (answers: SubmissionAnswers) => statusOf(withChanges(base, { answers }), 'placement');
    expect(status({ placement: { settingType: 'Special school', reasons: 'Small classes.' } })).toBe('done');
    expect(status({ placement: { dateContacted: '2026-10-01' } })).toBe('inProgress');
  });

  it('hearing and other cases: done once the required choices are made', () => {
    const base = fixtureInput(refusalToAssess);
    const status = (answers: SubmissionAnswers, id: SubmissionPageId) => statusOf(withChanges(base, { answers }), id);
    expect(status({ hearing: { interpreterLanguage: 'Polish' } }, 'hearing')).toBe('inProgress');
    expect(status({ hearing: { attendance: 'inPerson' } }, 'hearing')).toBe('done');
    expect(status({ otherAppeals: { hasOtherAppeals: false } }, 'otherCases')).toBe('inProgress');
    expect(status({ otherAppeals: { hasOtherAppeals: false, hasCourtCases: false } }, 'otherCases')).toBe('done');
  });
});
