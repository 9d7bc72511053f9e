import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/api/types';
import { assessCase } from '../../../shared/domain/assessCase';
import { formatTimestamp } from '../../components/formatTimestamp';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { SuccessBanner } from '../../components/SuccessBanner';
import { todayInEngland } from '../../components/todayInEngland';
import { useNotice } from '../../components/useNotice';
import { appealHubUrl } from '../submissions/submissionPaths';
import { CaseTimeline } from '../timeline/CaseTimeline';
import { CaseDetailsRows } from './CaseDetailsRows';
import { CaseLoader } from './CaseLoader';
import { CaseTaskList } from './CaseTaskList';
import { useSetArchived } from './useCases';

export function CaseScreen() {
  const notice = useNotice();
  return <CaseLoader>{(appeal) => <CaseOverview appeal={appeal} notice={notice} />}</CaseLoader>;
}

function CaseOverview({ appeal, notice }: { appeal: CaseDetail; notice: string | undefined }) {
  // Only an appeal to the Tribunal has a Tribunal form to write (§2.2: other routes do not).
  const toTribunal = assessCase(appeal.facts, todayInEngland()).classification?.route === 'tribunal';
  return (
    <Page title={appeal.name} caption="Appeal">
      {notice ? <SuccessBanner message={notice} /> : null}
      {appeal.archivedAt ? (
        <div className="govuk-inset-text">
          This appeal is archived. It is kept on this computer but not shown with your active appeals.
        </div>
      ) : null}
      <CaseTaskList appeal={appeal} />
      {toTribunal ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={appealHubUrl(appeal.id)}>
            Write your appeal: the answers for the Tribunal’s form, your reasons and the documents
          </Link>
        </p>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${appeal.id}/documents`}>
          Documents: add and check the letters, reports and photos for this appeal
        </Link>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${appeal.id}/bundle`}>
          Evidence bundle: put your documents in order, check them and export the bundle PDF
        </Link>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${appeal.id}/notes`}>
          Session notes (for advisers; left out of everything sent to the Tribunal)
        </Link>
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${appeal.id}/hand-over`}>
          Hand over this case: save it as a file locked with a passphrase
        </Link>
      </p>
      <CaseTimeline caseId={appeal.id} />
      <CaseFacts appeal={appeal} />
      <CaseActions appeal={appeal} />
    </Page>
  );
}

function CaseFacts({ appeal }: { appeal: CaseDetail }) {
  return (
    <>
      <h2 className="govuk-heading-m">About this appeal</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Name</dt>
          <dd className="govuk-summary-list__value">{appeal.name}</dd>
          <dd className="govuk-summary-list__actions">
            <Link className="govuk-link" to={`/cases/${appeal.id}/rename`}>
              Change<span className="govuk-visually-hidden"> name</span>
            </Link>
          </dd>
        </div>
        <CaseDetailsRows appeal={appeal} />
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Started</dt>
          <dd className="govuk-summary-list__value">{formatTimestamp(appeal.createdAt)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Last changed</dt>
          <dd className="govuk-summary-list__value">{formatTimestamp(appeal.updatedAt)}</dd>
        </div>
      </dl>
    </>
  );
}

function CaseActions({ appeal }: { appeal: CaseDetail }) {
  const setArchived = useSetArchived();
  const archived = appeal.archivedAt !== null;
  return (
    <>
      <h2 className="govuk-heading-m">Manage this appeal</h2>
      {setArchived.isError ? <ProblemPanel error={setArchived.error} /> : null}
      <div className="app-button-group-inline">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={setArchived.isPending}
          onClick={() => setArchived.mutate({ id: appeal.id, archived: !archived })}
        >
          {archived ? 'Move back to active appeals' : 'Archive this appeal'}
        </button>
        <Link to={`/cases/${appeal.id}/delete`} className="govuk-button govuk-button--warning">
          Delete this appeal
        </Link>
      </div>
      <p className="govuk-body" role="status">
        {setArchived.isSuccess ? (archived ? 'This appeal has been archived.' : 'This appeal is active again.') : ''}
      </p>
    </>
  );
}
