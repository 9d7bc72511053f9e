import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './ipc/handle';

/**
 * Appends errors to a log file in the app's own data folder (never sent anywhere). Only the
 * message and the error's stack are written, never the input of a call, which may hold a
 * child's details.
 */
export function createFileLogger(folder: string): Logger {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'errors.log');
  return {
    error(message, detail) {
      const stack = detail instanceof Error ? (detail.stack ?? detail.message) : '';
      const line = `${new Date().toISOString()} ${message}${stack ? `\n${stack}` : ''}\n`;
      try {
        appendFileSync(file, line, { mode: 0o600 });
      } catch {
        // Logging must never turn one failure into two (for example on a full disk).
      }
    },
  };
}

/** A short reference a person can quote, matching the log line. */
export function newErrorReference(): string {
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}
