import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/Page';
import { ProblemPanel } from '../../components/ProblemPanel';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useNotice } from '../../components/useNotice';
import { useCaseList } from '../cases/useCases';
import { TryExampleButton } from '../example/TryExampleButton';
import { AboutApp } from './AboutApp';
import { UpcomingReminders } from '../timeline/UpcomingReminders';
import { BackupFailureWarning } from '../backups/BackupFailureWarning';
import { CaseTable } from './CaseTable';
import { toCaseFilter } from './caseFilters';
import { SearchResults } from './SearchResults';
import { WorkspaceSearchForm } from './WorkspaceSearchForm';

export function WorkspaceScreen() {
  const list = useCaseList();
  const notice = useNotice();
  const cases = list.data ?? [];
  const active = cases.filter((item) => item.archivedAt === null);
  const archived = cases.filter((item) => item.archivedAt !== null);
  const [params] = useSearchParams();
  const search = (params.get('q') ?? '').trim();
  const show = toCaseFilter(params.get('show'));
  const searching = search !== '' || show !== 'all';
  return (
    <Page title="Your appeals">
      {notice ? <SuccessBanner message={notice} /> : null}
      {list.isError ? <ProblemPanel error={list.error} /> : null}
      {list.isPending ? (
        <p className="govuk-body" role="status">
          Loading your appeals…
        </p>
      ) : null}
      {list.isSuccess && cases.length === 0 ? <AboutApp /> : null}
      <BackupFailureWarning linkToBackups />
      <UpcomingReminders />
      <div className="app-button-group-inline">
        <Link to="/cases/new" className="govuk-button govuk-button--start">
          Start a new appeal
        </Link>
        <Link to="/backups" className="govuk-link">
          Backups of your appeals
        </Link>
        <Link to="/open-case-file" className="govuk-link">
          Open a case file
        </Link>
        <Link to="/lock" className="govuk-link">
          Passphrase lock
        </Link>
      </div>
      <TryExampleButton />
      {cases.length > 0 ? <WorkspaceSearchForm search={search} show={show} /> : null}
      {searching ? <SearchResults search={search} show={show} /> : null}
      {!searching && active.length > 0 ? <CaseTable caption="Active appeals" cases={active} /> : null}
      {!searching && list.isSuccess && cases.length > 0 && active.length === 0 ? (
        <p className="govuk-body">You have no active appeals.</p>
      ) : null}
      {!searching && archived.length > 0 ? <CaseTable caption="Archived appeals" cases={archived} /> : null}
      {cases.length > 0 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">About Appeal Bundle</span>
          </summary>
          <div className="govuk-details__text">
            <AboutApp />
          </div>
        </details>
      ) : null}
    </Page>
  );
}
