import { BACKUP_NAME_PATTERN } from '../../../shared/api/workspaceSchemas';
import type { BackupKind } from '../../../shared/api/types';

/**
 * Backup file names carry when (UTC, to the millisecond) and why they were taken, so the folder
 * can be listed and rotated without opening every file, and sort oldest to newest by name:
 * appeal-bundle-20261123-090000-000-automatic.sqlite
 */
export function formatBackupName(takenAt: string, kind: BackupKind): string {
  const compact = takenAt.replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
  return `appeal-bundle-${compact}-${kind}.sqlite`;
}

export function parseBackupName(name: string): { takenAt: string; kind: BackupKind } | undefined {
  if (!BACKUP_NAME_PATTERN.test(name)) return undefined;
  const [, , date = '', time = '', ms = '', kind = ''] = name.split(/[-.]/);
  const takenAt =
    `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T` +
    `${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`;
  return Number.isNaN(Date.parse(takenAt)) ? undefined : { takenAt, kind: kind as BackupKind };
}
