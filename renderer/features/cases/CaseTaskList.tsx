import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { assessCase } from '../../../shared/domain/assessCase';
import { listCaseTasks, type TaskPage, type TaskStatus } from '../../../shared/domain/listCaseTasks';
import { todayInEngland } from '../../components/todayInEngland';

/** Where each task's page lives in the "start a case" interview. */
const TASK_PATHS: Record<TaskPage, string> = {
  decision: 'start/decision',
  decisionDate: 'start/decision-date',
  certificate: 'start/certificate',
  child: 'start/date-of-birth',
  letter: 'start/letter',
  result: 'start/result',
};

const STATUS_TEXT: Record<TaskStatus, string> = {
  notStarted: 'Not yet started',
  inProgress: 'In progress',
  done: 'Completed',
  cannotStartYet: 'Cannot start yet',
};

/** GOV.UK task list of the tasks that apply to this case, with their status. */
export function CaseTaskList({ appeal }: { appeal: CaseDetail }) {
  const tasks = listCaseTasks(appeal.facts, assessCase(appeal.facts, todayInEngland()));
  return (
    <>
      <h2 className="govuk-heading-m">Your tasks</h2>
      <ul className="govuk-task-list">
        {tasks.map((task) => {
          const hintId = `task-${task.page}-hint`;
          const statusId = `task-${task.page}-status`;
          const canOpen = task.status !== 'cannotStartYet';
          return (
            <li
              key={task.page}
              className={`govuk-task-list__item${canOpen ? ' govuk-task-list__item--with-link' : ''}`}
            >
              <div className="govuk-task-list__name-and-hint">
                {canOpen ? (
                  <Link
                    className="govuk-link govuk-task-list__link"
                    to={`/cases/${appeal.id}/${TASK_PATHS[task.page]}`}
                    aria-describedby={`${hintId} ${statusId}`}
                  >
                    {task.title}
                  </Link>
                ) : (
                  <div>{task.title}</div>
                )}
                <div id={hintId} className="govuk-task-list__hint">
                  {task.hint}
                </div>
              </div>
              <div
                className={`govuk-task-list__status${canOpen ? '' : ' govuk-task-list__status--cannot-start-yet'}`}
                id={statusId}
              >
                {task.status === 'notStarted' || task.status === 'inProgress' ? (
                  <strong
                    className={`govuk-tag${task.status === 'notStarted' ? ' govuk-tag--blue' : ' govuk-tag--light-blue'}`}
                  >
                    {STATUS_TEXT[task.status]}
                  </strong>
                ) : (
                  STATUS_TEXT[task.status]
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
