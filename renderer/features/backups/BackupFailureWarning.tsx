import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { call } from '../../api/call';
import { formatTimestamp } from '../../components/formatTimestamp';
import { WarningText } from '../../components/WarningText';

/** Automatic backups run every 30 minutes; asking every minute shows a failure soon after it happens. */
const CHECK_EVERY_MS = 60_000;

/**
 * Says when the last automatic backup failed (issue 7: a full disk during a backup "tells the
 * user"). Shown on the workspace and backups screens until a backup works again.
 */
export function BackupFailureWarning({ linkToBackups }: { linkToBackups: boolean }) {
  const status = useQuery({
    queryKey: ['backups', 'status'],
    queryFn: () => call(window.api.backups.status({})),
    refetchInterval: CHECK_EVERY_MS,
  });
  const failure = status.data?.lastAutomaticFailure;
  if (!failure) return null;
  return (
    <WarningText>
      The automatic backup at {formatTimestamp(failure.at)} did not work: {failure.message} Your appeals are safe, but
      your latest changes are not in a backup yet.{' '}
      {linkToBackups ? (
        <Link className="govuk-link" to="/backups">
          Go to backups to try again
        </Link>
      ) : (
        'Use “Back up now” to try again.'
      )}
    </WarningText>
  );
}
