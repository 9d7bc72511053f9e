import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Flushes a file's bytes to the disk, so a power cut after this cannot leave it half-written. */
export function flushFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename in `folder` durable (reliability.md A2.4); folders cannot be opened on Windows. */
export function flushFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
