import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/call';

const backupsKey = ['backups'] as const;

export function useBackups() {
  return useQuery({ queryKey: backupsKey, queryFn: () => call(window.api.backups.list({})) });
}

export function useBackUpNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(window.api.backups.create({})),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: backupsKey });
    },
  });
}

/** After a restore every screen's data is out of date, so all of it is read again. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call(window.api.backups.restore({ name, confirm: true })),
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}

/** A backup locked with a passphrase this workspace does not have; the lock may change too. */
export function useRestoreLockedBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; secret: string }) =>
      call(window.api.backups.restoreLocked({ ...input, confirm: true })),
    onSuccess: async () => {
      await client.invalidateQueries();
    },
  });
}
