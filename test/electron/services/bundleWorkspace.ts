import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { expect } from 'vitest';
import { createBundleService } from '../../../electron/services/bundle/bundleService';
import type { DocumentCategory } from '../../../shared/domain/documentCategories';
import type { ExportStatus, ImportOutcome } from '../../../shared/api/types';
import { useDocumentsWorkspace } from './documentsWorkspace';

// The bundle service over a real workspace file with the real document import path (intake and
// thumbnail workers), and a save dialog that answers with a path in the test's own folder.

export function useBundleWorkspace() {
  const documentsWorkspace = useDocumentsWorkspace();
  return () => {
    const base = documentsWorkspace();
    const out = join(base.folder(), 'out');
    mkdirSync(out, { recursive: true });
    const dialog = { answer: 'save' as 'save' | 'cancel' };
    let tick = 0;
    const bundle = createBundleService(
      {
        db: base.db,
        now: () => new Date(Date.UTC(2026, 10, 23, 10, 0, tick++)).toISOString(),
        newId: randomUUID,
        today: () => '2026-11-23',
        dialogs: {
          chooseSaveLocation: ({ suggestedName }) =>
            Promise.resolve(dialog.answer === 'save' ? join(out, suggestedName) : undefined),
          chooseFolder: () => Promise.resolve(dialog.answer === 'save' ? out : undefined),
        },
      },
      { fontsFolder: resolve('resources', 'fonts') },
    );

    /** Imports a file through the documents service and sets its details, as a person would. */
    const addDocument = async (
      caseId: string,
      fileName: string,
      bytes: Uint8Array,
      details: { title: string; documentDate: string | null; category: DocumentCategory | null },
    ) => {
      const outcome: ImportOutcome = await base.services.documents.import({ caseId, fileName, bytes });
      if (outcome.kind !== 'imported') throw new Error(`expected imported, got ${JSON.stringify(outcome)}`);
      return base.services.documents.update({
        id: outcome.document.id,
        author: null,
        notes: null,
        ...details,
      });
    };

    /** Starts an export and waits for it to finish. */
    const exportAndWait = async (caseId: string, split = false): Promise<ExportStatus> => {
      const started = await bundle.export({ caseId, split });
      if (!started.started) throw new Error('the export did not start');
      return bundle.waitForExport(started.exportId);
    };

    return { ...base, bundle, out, dialog, addDocument, exportAndWait };
  };
}

/** A text PDF of `pages` pages, each saying which document and page it is. */
export async function textPdf(label: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${label} page ${i + 1}`, { x: 60, y: 760, size: 16, font });
  }
  return doc.save();
}

/** A PDF whose pages are each a photo of noise (which does not compress): about 0.25 MB a page. */
export async function heavyPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const size = 420;
    const noise = Buffer.alloc(size * size * 3);
    for (let j = 0; j < noise.length; j++) noise[j] = (Math.sin(j * 12.9898 + i * 78.233) * 43758.5453 * 256) & 255;
    const jpeg = await sharp(noise, { raw: { width: size, height: size, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    const image = await doc.embedJpg(jpeg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 40, y: 200, width: 500, height: 500 });
  }
  return doc.save();
}

export function expectDone(status: ExportStatus) {
  if (status.state !== 'done') throw new Error(`expected the export to finish, got ${JSON.stringify(status)}`);
  expect(status.record.files.length).toBeGreaterThan(0);
  return status.record;
}
