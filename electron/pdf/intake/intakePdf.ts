import { PDFInvalidObject, PDFName, PDFStream, type PDFDocument } from '@cantoo/pdf-lib';
import type { IntakeOptions, IntakeOutcome } from './intakeTypes';
import { intakeMessage, intakeNotes, wrongPasswordMessage } from './intakeMessages';
import { inspectWithPdfjs, type PdfjsInspection } from './inspectWithPdfjs';
import { loadWithPdfLib } from './loadWithPdfLib';

type Opened = Extract<PdfjsInspection, { ok: true }>;

/**
 * Takes a PDF only when two independent parsers (pdf.js and pdf-lib) agree on its page count and
 * every page loads. Owner-password-only files are decrypted and damaged ones rewritten; in both
 * cases the rewritten bytes are re-opened and must match the original page for page.
 */
export async function intakePdf(bytes: Uint8Array, fileName: string, options: IntakeOptions): Promise<IntakeOutcome> {
  const refuse = (code: Parameters<typeof intakeMessage>[0]): IntakeOutcome => ({
    kind: 'refused',
    code,
    message: intakeMessage(code, fileName),
  });

  // Always try without a password first: a file that only has an owner password opens that way,
  // and pdf.js would call a typed (unneeded) password "incorrect".
  let password: string | undefined;
  let opened = await inspectWithPdfjs(bytes, undefined);
  if (!opened.ok && opened.reason !== 'damaged' && opened.reason !== 'tooManyPages') {
    if (options.password === undefined || options.password === '') {
      return { kind: 'needsPassword', wrongPassword: false, message: intakeMessage('locked', fileName) };
    }
    password = options.password;
    opened = await inspectWithPdfjs(bytes, password);
    if (!opened.ok && opened.reason !== 'damaged' && opened.reason !== 'tooManyPages') {
      return { kind: 'needsPassword', wrongPassword: true, message: wrongPasswordMessage(fileName) };
    }
  }
  if (!opened.ok) return refuse(opened.reason === 'tooManyPages' ? 'tooLarge' : 'damaged');
  if (opened.pageCount === 0) return refuse('empty');
  if (opened.pageFailed) return refuse('pageCountUntrusted');

  const lib = await loadWithPdfLib(bytes, password ?? '');
  if (!lib.ok || lib.pageCount !== opened.pageCount) return refuse('pageCountUntrusted');

  const repaired = opened.reconstructed || lib.headerRestored || !endsWithTrailer(bytes);
  if (!lib.decrypted && !repaired) {
    return { kind: 'pdf', storedBytes: bytes, ...describe(opened), notes: [] };
  }

  // addDefaultPage:false: pdf-lib would otherwise quietly add a blank page to an empty tree.
  let rewritten: Uint8Array;
  try {
    dropStaleXrefStreams(lib.doc);
    rewritten = await lib.doc.save({ addDefaultPage: false, useObjectStreams: false, updateFieldAppearances: false });
  } catch {
    return refuse('pageCountUntrusted');
  }
  const check = await inspectWithPdfjs(rewritten, undefined);
  if (!check.ok || check.pageFailed || !sameDocument(opened, check)) return refuse('pageCountUntrusted');
  const recheck = await loadWithPdfLib(rewritten, '');
  if (!recheck.ok || recheck.decrypted || recheck.pageCount !== opened.pageCount) return refuse('pageCountUntrusted');

  const notes = [...(lib.decrypted ? [intakeNotes.unlocked] : []), ...(repaired ? [intakeNotes.repaired] : [])];
  return { kind: 'pdf', storedBytes: rewritten, ...describe(check), notes };
}

// When pdf-lib rewrites a file it keeps the source's cross-reference and object streams as ordinary
// objects (an encrypted xref stream even survives as an unparsed "invalid" object). They are dead
// weight at best; the stale /Encrypt in an old xref stream makes the copy look encrypted again.
function dropStaleXrefStreams(doc: PDFDocument): void {
  const structural = new Set([PDFName.of('XRef'), PDFName.of('ObjStm')]);
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    const type = object instanceof PDFStream ? object.dict.get(PDFName.of('Type')) : undefined;
    const staleXref = object instanceof PDFInvalidObject && /\/Type\s*\/XRef/.test(rawText(object));
    if ((type instanceof PDFName && structural.has(type)) || staleXref) doc.context.delete(ref);
  }
}

function rawText(object: PDFInvalidObject): string {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return Buffer.from(bytes).toString('latin1');
}

// Readers look for the trailer in the last kilobyte. Junk or a cut after it leaves a file that pdf.js
// copes with but other tools (and the export) may not, so such files are rewritten too.
function endsWithTrailer(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-1024).toString('latin1');
  return tail.includes('startxref') && tail.includes('%%EOF');
}

function describe(opened: Opened) {
  return { pageCount: opened.pageCount, pages: opened.pages, text: opened.text };
}

function sameDocument(a: Opened, b: Opened): boolean {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  return (
    a.pageCount === b.pageCount &&
    squash(a.text) === squash(b.text) &&
    a.pages.every((page, i) => {
      const other = b.pages[i];
      return (
        other !== undefined &&
        other.rotation === page.rotation &&
        Math.abs(other.width - page.width) < 0.5 &&
        Math.abs(other.height - page.height) < 0.5
      );
    })
  );
}
