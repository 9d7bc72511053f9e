import type { BackupInfo } from '../../../shared/api/types';
import { formatTimestamp } from '../../components/formatTimestamp';

const KIND_LABELS: Record<BackupInfo['kind'], string> = {
  automatic: 'Automatic',
  manual: 'Made by you',
  beforeRestore: 'Saved before a restore',
};

export const kindLabel = (backup: BackupInfo) => KIND_LABELS[backup.kind];

/** "2.4 MB", "820 KB": sizes as a file manager shows them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the backup holds, as far as this workspace can tell. */
export function describeCases({ caseCount, locked }: Pick<BackupInfo, 'caseCount' | 'locked'>): string {
  if (locked) return 'Locked with a passphrase';
  if (caseCount === null) return 'Could not be read';
  return `${String(caseCount)} ${caseCount === 1 ? 'appeal' : 'appeals'}`;
}

/** "23 November 2026, 09:00 (made by you)". */
export function describeBackup(backup: BackupInfo): string {
  return `${formatTimestamp(backup.takenAt)} (${kindLabel(backup).toLowerCase()})`;
}
