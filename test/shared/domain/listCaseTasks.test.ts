import { describe, expect, it } from 'vitest';
import { assessCase } from '../../../shared/domain/assessCase';
import type { CaseFacts } from '../../../shared/domain/caseFacts';
import { listCaseTasks } from '../../../shared/domain/listCaseTasks';

const TODAY = '2026-11-23';
const tasksFor = (facts: CaseFacts) =>
  listCaseTasks(facts, assessCase(facts, TODAY)).map((task) => `${task.page}:${task.status}`);

describe('listCaseTasks', () => {
  it('a new case can only start by saying what the council decided', () => {
    expect(tasksFor({})).toEqual(['decision:notStarted', 'result:cannotStartYet']);
  });

  it('a refusal to assess lists dates, certificate, child and letter tasks', () => {
    expect(tasksFor({ decisionType: 'refusalToAssess', decisionDate: '2026-11-02' })).toEqual([
      'decision:done',
      'decisionDate:done',
      'certificate:notStarted',
      'child:notStarted',
      'letter:notStarted',
      'result:inProgress',
    ]);
  });

  it('a Section-I-only appeal has no certificate task (R2.1)', () => {
    const pages = tasksFor({ decisionType: 'contents', sections: { i: 'namedSchoolOrType' } });
    expect(pages).not.toContain('certificate:notStarted');
    expect(pages[0]).toBe('decision:done');
  });

  it('contents without the parts of the plan is still in progress', () => {
    expect(tasksFor({ decisionType: 'contents' })[0]).toBe('decision:inProgress');
  });

  it('a health-only disagreement has no Tribunal tasks, only the other routes', () => {
    expect(tasksFor({ decisionType: 'healthOnly' })).toEqual(['decision:done', 'result:done']);
  });

  it('a young person (17) needs the capacity answer before "about the child" is done', () => {
    const facts: CaseFacts = { decisionType: 'refusalToIssue', decisionDate: '2026-11-02', dateOfBirth: '2009-06-01' };
    expect(tasksFor(facts)).toContain('child:inProgress');
    expect(tasksFor({ ...facts, youngPersonHasCapacity: true })).toContain('child:done');
  });

  it('changing the decision keeps answers that still apply', () => {
    const before: CaseFacts = {
      decisionType: 'refusalToAssess',
      decisionDate: '2026-11-02',
      dateOfBirth: '2016-03-01',
    };
    const after: CaseFacts = { ...before, decisionType: 'refusalToIssue' };
    expect(tasksFor(after)).toContain('decisionDate:done');
    expect(tasksFor(after)).toContain('child:done');
  });

  it('the letter task follows how many applicable questions are answered', () => {
    const facts: CaseFacts = {
      decisionType: 'refusalToAssess',
      decisionDate: '2026-11-02',
      letter: { rightOfAppeal: true },
    };
    expect(tasksFor(facts)).toContain('letter:inProgress');
    const all = assessCase(facts, TODAY).letterCheck?.items.filter((i) => i.status !== 'notApplicable') ?? [];
    const allTicked = Object.fromEntries(all.map((item) => [item.id, true]));
    expect(tasksFor({ ...facts, letter: allTicked })).toContain('letter:done');
  });
});
