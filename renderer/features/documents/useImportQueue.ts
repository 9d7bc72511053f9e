import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../shared/api/schemas';
import type { ImportOutcome } from '../../../shared/api/types';
import { documentKeys } from './useDocuments';

/** One picked file on its way into the case, as the progress list shows it. */
export type ImportItem = {
  key: string;
  fileName: string;
} & (
  | { state: 'waiting' | 'working' }
  | { state: 'imported'; documentId: string; title: string; notes: string[] }
  | { state: 'duplicate'; existingId: string; message: string }
  | { state: 'needsPassword'; wrongPassword: boolean; message: string }
  | { state: 'refused'; message: string }
);

interface Job {
  key: string;
  file: File;
  password?: string;
  allowDuplicate?: boolean;
}

const tooLargeMessage = (name: string) =>
  `“${name}” is too large to add: the largest file Appeal Bundle can take is 200 MB. If it is a PDF, ask for a smaller copy or split it into parts.`;
const unreadableMessage = (name: string) =>
  `“${name}” could not be read from your computer. Check that it is still there and that you can open it, then add it again.`;
const failedMessage = (name: string, reason: string) => `“${name}” was not added. ${reason}`;

function itemFor(key: string, fileName: string, outcome: ImportOutcome): ImportItem {
  switch (outcome.kind) {
    case 'imported':
      return {
        key,
        fileName,
        state: 'imported',
        documentId: outcome.document.id,
        title: outcome.document.title,
        notes: outcome.notes,
      };
    case 'duplicate':
      return { key, fileName, state: 'duplicate', existingId: outcome.existing.id, message: outcome.message };
    case 'needsPassword':
      return { key, fileName, state: 'needsPassword', wrongPassword: outcome.wrongPassword, message: outcome.message };
    case 'refused':
      return { key, fileName, state: 'refused', message: outcome.message };
  }
}

/**
 * Sends picked files to the case one at a time (the worker reads one file at a time anyway, and
 * one at a time keeps memory flat for a folder of hundreds of photos). Each file keeps its own
 * outcome in the list; a password or "add it anyway" sends that file again.
 */
export function useImportQueue(caseId: string) {
  const client = useQueryClient();
  const [items, setItems] = useState<ImportItem[]>([]);
  const files = useRef(new Map<string, File>());
  const queue = useRef<Job[]>([]);
  const running = useRef(false);
  const nextKey = useRef(1);

  const update = useCallback(
    (item: ImportItem) => setItems((all) => all.map((i) => (i.key === item.key ? item : i))),
    [],
  );

  const importOne = useCallback(
    async (job: Job): Promise<ImportItem> => {
      const name = job.file.name;
      if (job.file.size > MAX_IMPORT_BYTES)
        return { key: job.key, fileName: name, state: 'refused', message: tooLargeMessage(name) };
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await job.file.arrayBuffer());
      } catch {
        return { key: job.key, fileName: name, state: 'refused', message: unreadableMessage(name) };
      }
      const result = await window.api.documents.import({
        caseId,
        fileName: name,
        bytes,
        ...(job.password === undefined ? {} : { password: job.password }),
        ...(job.allowDuplicate ? { allowDuplicate: true } : {}),
      });
      if (!result.ok) {
        // A field problem (such as the size cap) says more than the general validation sentence.
        const reason = result.error.fields?.[0]?.message ?? result.error.message;
        return { key: job.key, fileName: name, state: 'refused', message: failedMessage(name, reason) };
      }
      return itemFor(job.key, name, result.value);
    },
    [caseId],
  );

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let job = queue.current.shift(); job; job = queue.current.shift()) {
        update({ key: job.key, fileName: job.file.name, state: 'working' });
        const done = await importOne(job);
        update(done);
        if (done.state === 'imported') await client.invalidateQueries({ queryKey: documentKeys.list(caseId) });
      }
    } finally {
      running.current = false;
    }
  }, [caseId, client, importOne, update]);

  const addFiles = useCallback(
    (picked: File[]) => {
      const added: ImportItem[] = [];
      for (const file of picked) {
        const key = String(nextKey.current++);
        files.current.set(key, file);
        queue.current.push({ key, file });
        added.push({ key, fileName: file.name, state: 'waiting' });
      }
      setItems((all) => [...all, ...added]);
      void drain();
    },
    [drain],
  );

  const retry = useCallback(
    (key: string, options: { password?: string; allowDuplicate?: boolean }) => {
      const file = files.current.get(key);
      if (!file) return;
      queue.current.push({ key, file, ...options });
      update({ key, fileName: file.name, state: 'waiting' });
      void drain();
    },
    [drain, update],
  );

  return { items, addFiles, retry };
}
