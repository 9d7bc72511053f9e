import { Link } from 'react-router';
import { formatTimestamp } from '../../components/formatTimestamp';
import { Page } from '../../components/Page';
import { BackupFailureWarning } from './BackupFailureWarning';
import { ProblemPanel } from '../../components/ProblemPanel';
import { describeBackup, describeCases, formatSize, kindLabel } from './describeBackup';
import { useBackUpNow, useBackups } from './useBackups';

/** The backups of the workspace, newest first, with "Back up now" and a way to restore each. */
export function BackupsScreen() {
  const backups = useBackups();
  const backUp = useBackUpNow();
  return (
    <Page title="Backups of your appeals">
      <Link to="/" className="govuk-back-link">
        Back to your appeals
      </Link>
      <p className="govuk-body">
        Appeal Bundle keeps copies of all your appeals in a separate folder on this computer. It makes one every 30
        minutes while you work, if anything has changed, and when you close the app. It keeps the last 5 from today and
        one for each of the 14 days before.
      </p>
      <p className="govuk-body">
        If something goes wrong, you can put everything back as it was in a backup. Your appeals as they are now are
        saved first, so you can undo it.
      </p>
      <BackupFailureWarning linkToBackups={false} />
      {backUp.isError ? (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The backup could not be made</h2>
          <div className="govuk-error-summary__body">
            <ProblemDetail error={backUp.error} />
            <p className="govuk-body">Your appeals have not been changed.</p>
          </div>
        </div>
      ) : null}
      <button type="button" className="govuk-button" disabled={backUp.isPending} onClick={() => backUp.mutate()}>
        Back up now
      </button>
      <p className="govuk-body" role="status">
        {backUp.isPending ? 'Making a backup…' : backUp.data ? `Backup made: ${describeBackup(backUp.data)}.` : ''}
      </p>
      {backups.isError ? <ProblemPanel error={backups.error} /> : null}
      {backups.isSuccess && backups.data.length === 0 ? <p className="govuk-body">There are no backups yet.</p> : null}
      {backups.data && backups.data.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Backups, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Made
              </th>
              <th scope="col" className="govuk-table__header">
                Type
              </th>
              <th scope="col" className="govuk-table__header">
                Appeals
              </th>
              <th scope="col" className="govuk-table__header">
                Size
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {backups.data.map((backup) => (
              <tr className="govuk-table__row" key={backup.name}>
                <td className="govuk-table__cell">{formatTimestamp(backup.takenAt)}</td>
                <td className="govuk-table__cell">{kindLabel(backup)}</td>
                <td className="govuk-table__cell">{describeCases(backup)}</td>
                <td className="govuk-table__cell">{formatSize(backup.sizeBytes)}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/backups/${encodeURIComponent(backup.name)}/restore`}>
                    Restore
                    <span className="govuk-visually-hidden"> the backup from {formatTimestamp(backup.takenAt)}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}

function ProblemDetail({ error }: { error: unknown }) {
  return <p className="govuk-body">{error instanceof Error ? error.message : 'Something went wrong. Try again.'}</p>;
}
