import type { CaseAssessment } from './assessCase';
import type { CaseFacts } from './caseFacts';

export type TaskStatus = 'notStarted' | 'inProgress' | 'done' | 'cannotStartYet';

/** The interview page a task opens, named by what it asks (renderer maps these to routes). */
export type TaskPage = 'decision' | 'decisionDate' | 'certificate' | 'child' | 'letter' | 'result';

export interface CaseTask {
  page: TaskPage;
  title: string;
  /** Shown under the title: what the task is for, or why it cannot start yet. */
  hint: string;
  status: TaskStatus;
}

/**
 * The tasks that apply to this case, from its answers (product.md journey step 3). Only tasks
 * that apply are listed: an appeal the Tribunal cannot hear has no dates or letter to check,
 * and a Section-I-only appeal needs no mediation certificate (R2.1). Answers that no longer
 * apply after a change are simply not asked about; they stay saved.
 */
export function listCaseTasks(facts: CaseFacts, assessment: CaseAssessment): CaseTask[] {
  const classification = assessment.classification;
  const decided = facts.decisionType !== undefined;
  const sectionsMissing = classification?.warnings.some((w) => w.code === 'sectionsNotChosen') === true;
  const tasks: CaseTask[] = [
    {
      page: 'decision',
      title: 'Tell us what the council decided',
      hint: 'What the decision or disagreement is about decides whether you can appeal and on which form.',
      status: !decided ? 'notStarted' : sectionsMissing ? 'inProgress' : 'done',
    },
  ];

  if (classification?.route === 'tribunal') {
    tasks.push({
      page: 'decisionDate',
      title: 'Date on the decision letter',
      hint: 'Your deadline is counted from this date.',
      status: facts.decisionDate === undefined ? 'notStarted' : 'done',
    });
    if (classification.certificate === 'required') {
      tasks.push({
        page: 'certificate',
        title: 'Mediation certificate',
        hint: 'You need one before you can appeal. It can also move your deadline later.',
        status: facts.certificateDate === undefined ? 'notStarted' : 'done',
      });
    }
    const needsCapacity = assessment.appellant?.ageGroup === 'youngPerson';
    tasks.push({
      page: 'child',
      title: 'About the child or young person',
      hint: 'Their age decides who appeals: a parent, or the young person in their own name.',
      status:
        facts.dateOfBirth === undefined
          ? 'notStarted'
          : needsCapacity && facts.youngPersonHasCapacity === undefined
            ? 'inProgress'
            : 'done',
    });
    const letterItems = assessment.letterCheck?.items.filter((item) => item.status !== 'notApplicable') ?? [];
    const answered = letterItems.filter((item) => item.status !== 'notAnswered').length;
    tasks.push({
      page: 'letter',
      title: 'Check the decision letter',
      hint: 'Anything the letter left out may help if your appeal is late.',
      status: answered === 0 ? 'notStarted' : answered < letterItems.length ? 'inProgress' : 'done',
    });
  }

  tasks.push({
    page: 'result',
    title:
      classification?.route === 'other'
        ? 'See the other ways to sort this out'
        : 'See your form, deadline and next steps',
    hint: decided ? 'Everything worked out from your answers, and how.' : 'Tell us what the council decided first.',
    status: !decided ? 'cannotStartYet' : assessment.status === 'complete' ? 'done' : 'inProgress',
  });
  return tasks;
}
