import type { CaseDetail, SubmissionsOverview } from '../../../../shared/api/types';
import { assessCase } from '../../../../shared/domain/assessCase';
import { SUBMISSION_GROUP_TITLES, type SubmissionPageStatus } from '../../../../shared/submissions/submissionPages';
import { todayInEngland } from '../../../components/todayInEngland';
import { SubmissionsLoader } from '../SubmissionsLoader';
import { checkAnswersUrl, documentsUrl, evidenceMapUrl, pageUrl } from '../submissionPaths';
import { GROUP_ORDER } from './groupOrder';
import { NoTribunalForm } from './NoTribunalForm';
import { ReviewPage } from './ReviewPage';
import { TaskListItem, type TaskStatus } from './TaskListItem';

const PAGE_STATUS: Record<SubmissionPageStatus, TaskStatus> = {
  notStarted: { text: 'Not yet started', tag: 'blue' },
  inProgress: { text: 'In progress', tag: 'light-blue' },
  done: { text: 'Completed' },
};

export function AppealHubScreen() {
  return (
    <SubmissionsLoader>{(appeal, overview) => <AppealHub appeal={appeal} overview={overview} />}</SubmissionsLoader>
  );
}

function AppealHub({ appeal, overview }: { appeal: CaseDetail; overview: SubmissionsOverview }) {
  if (overview.pages.length === 0) {
    return (
      <ReviewPage title="Write your appeal" caption={appeal.name} back={`/cases/${appeal.id}`}>
        <NoTribunalForm appeal={appeal} />
      </ReviewPage>
    );
  }
  const form = assessCase(appeal.facts, todayInEngland()).classification?.form ?? 'SEND35';
  return (
    <ReviewPage title="Write your appeal" caption={appeal.name} back={`/cases/${appeal.id}`}>
      <p className="govuk-body">
        These pages ask what the Tribunal’s appeal form ({form}) asks, in the same order. From your answers the app
        makes your appeal documents, ready to copy into the Tribunal’s online form or to send with it.
      </p>
      <p className="govuk-body">
        Everything is saved as you go, so you can stop and come back. Only the pages that apply to this appeal are
        shown.
      </p>
      {GROUP_ORDER.map((group) => {
        const pages = overview.pages.filter((page) => page.group === group);
        if (pages.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 className="govuk-heading-m" id={`group-${group}`}>
              {SUBMISSION_GROUP_TITLES[group]}
            </h2>
            <ul className="govuk-task-list">
              {pages.map((page) => (
                <TaskListItem
                  key={page.id}
                  id={page.id}
                  title={page.title}
                  hint={page.hint}
                  to={pageUrl(appeal.id, page.id)}
                  status={PAGE_STATUS[page.status]}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <CheckAndCreate caseId={appeal.id} overview={overview} />
    </ReviewPage>
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function evidenceStatus({ items, gaps }: SubmissionsOverview['evidenceMap']): TaskStatus {
  if (items.length === 0) return { text: 'Nothing to check yet' };
  if (gaps.length === 0) return { text: 'Every point has evidence' };
  return { text: plural(gaps.length, 'point with no evidence', 'points with no evidence'), tag: 'yellow' };
}

function CheckAndCreate({ caseId, overview }: { caseId: string; overview: SubmissionsOverview }) {
  const missing = overview.missingAnswers.length;
  return (
    <section aria-labelledby="group-check">
      <h2 className="govuk-heading-m" id="group-check">
        Check and create your documents
      </h2>
      <ul className="govuk-task-list">
        <TaskListItem
          id="evidence"
          title="Check your evidence"
          hint="Each point you make with the documents that back it up, and any point with none yet."
          to={evidenceMapUrl(caseId)}
          status={evidenceStatus(overview.evidenceMap)}
        />
        <TaskListItem
          id="check-answers"
          title="Check your answers"
          hint="Every answer on one page, with what is still missing first."
          to={checkAnswersUrl(caseId)}
          status={
            missing > 0
              ? { text: plural(missing, 'answer still needed', 'answers still needed'), tag: 'blue' }
              : { text: 'Nothing missing' }
          }
        />
        <TaskListItem
          id="documents"
          title="Create your documents"
          hint="Preview your appeal documents and save them as Word or PDF files."
          to={documentsUrl(caseId)}
          status={overview.history.length > 0 ? { text: 'Saved' } : { text: 'Not saved yet', tag: 'blue' }}
        />
      </ul>
    </section>
  );
}
