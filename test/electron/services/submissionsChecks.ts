import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Db } from '../../../electron/db/openDatabase';
import { createSubmissionsService } from '../../../electron/services/submissions/submissionsService';
import { AppError } from '../../../shared/api/errors';
import type { SubmissionExportOutcome, SubmissionExportRecord } from '../../../shared/api/types';
import { run } from '../../fixtures/externalTools';

// Checks for the written-submission tests: typed errors, and the exported files read from the
// outside (DOCX unzipped, PDFs through poppler, DOCX opened by LibreOffice).

export const MISSING_CASE = '00000000-0000-4000-8000-000000000000';
/** The folder an export of the case "Sam" makes on the tests' fixed day. */
export const FOLDER = 'Appeal documents - Sam - 2026-11-23';

/** Awaits a call (or makes it) and checks that it failed with the given AppError code. */
export async function expectRefused(call: () => unknown, code: string) {
  const error: unknown = await Promise.resolve()
    .then(call)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

/** A service over a database, with a folder dialog that always answers `folder`. */
export function serviceOver(db: Db, fontsFolder: string, folder: string | undefined) {
  return createSubmissionsService(
    {
      db,
      now: () => '2026-11-23T12:00:00.000Z',
      newId: randomUUID,
      today: () => '2026-11-23',
      dialogs: { chooseSaveLocation: () => Promise.resolve(undefined), chooseFolder: () => Promise.resolve(folder) },
    },
    { fontsFolder },
  );
}

export const saved = (outcome: SubmissionExportOutcome): SubmissionExportRecord => {
  if (!outcome.saved) throw new Error('the export was not saved');
  return outcome.record;
};

export const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
export const normalised = (text: string) => text.replace(/\s+/g, ' ');
export const pdfText = (file: string) => normalised(run('pdftotext', [file, '-']).stdout);
export const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]).stdout)?.[1] ?? 'NaN');

const unzipped = (file: string, member: string): string =>
  execFileSync('unzip', ['-p', file, member], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });

/** The body text of a DOCX: its document.xml, and the same with the XML tags taken out. */
export function docxText(file: string): { xml: string; text: string } {
  const xml = unzipped(file, 'word/document.xml');
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { xml, text };
}

/** Converts DOCX files to PDF with LibreOffice, once for all of them (it is slow to start). */
export function convertWithLibreOffice(files: string[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 90_000 },
  );
}
