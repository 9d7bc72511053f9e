import { Link } from 'react-router';

export interface TaskStatus {
  text: string;
  /** A coloured tag for something still to do; plain text when it is done (GOV.UK task list). */
  tag?: 'blue' | 'light-blue' | 'yellow';
}

interface TaskListItemProps {
  id: string;
  title: string;
  hint: string;
  to: string;
  status: TaskStatus;
}

/** One row of a GOV.UK task list, marked up as the case's own task list (CaseTaskList). */
export function TaskListItem({ id, title, hint, to, status }: TaskListItemProps) {
  const hintId = `task-${id}-hint`;
  const statusId = `task-${id}-status`;
  return (
    <li className="govuk-task-list__item govuk-task-list__item--with-link">
      <div className="govuk-task-list__name-and-hint">
        <Link className="govuk-link govuk-task-list__link" to={to} aria-describedby={`${hintId} ${statusId}`}>
          {title}
        </Link>
        <div id={hintId} className="govuk-task-list__hint">
          {hint}
        </div>
      </div>
      <div className="govuk-task-list__status" id={statusId}>
        {status.tag ? <strong className={`govuk-tag govuk-tag--${status.tag}`}>{status.text}</strong> : status.text}
      </div>
    </li>
  );
}
