import type { IntakeErrorCode } from './intakeTypes';

// The only words a family ever sees when a file cannot be taken. Library errors and stack traces
// never reach the screen: every refusal is one of these, with the file's name and a next step.

interface CatalogueEntry {
  problem: (fileName: string) => string;
  nextStep: string;
}

const catalogue: Record<IntakeErrorCode, CatalogueEntry> = {
  empty: {
    problem: (f) => `“${f}” is empty: it has no content to add.`,
    nextStep: 'Find the original file or ask whoever sent it to send it again.',
  },
  notSupported: {
    problem: (f) => `“${f}” is not a type of file Appeal Bundle can add.`,
    nextStep:
      'You can add PDFs and photos or scans (JPEG, PNG, HEIC, WebP, TIFF or AVIF). Save or print the file as a PDF and add that instead.',
  },
  wordDocument: {
    problem: (f) => `“${f}” is a Word document, which cannot be added directly.`,
    nextStep:
      'Open it and save it as a PDF, then add the PDF. In Word choose File, Save As, PDF. In LibreOffice choose File, Export as PDF. In Google Docs choose File, Download, PDF document.',
  },
  damaged: {
    problem: (f) => `“${f}” is damaged and could not be opened.`,
    nextStep: 'Ask whoever sent it for a fresh copy, or download it again, then add the new copy.',
  },
  tooLarge: {
    problem: (f) => `“${f}” is too large for Appeal Bundle to handle safely.`,
    nextStep:
      'If it is a photo, take it again at a lower resolution or send it to yourself by email to shrink it. If it is a PDF, ask for a smaller copy or split it into parts.',
  },
  locked: {
    problem: (f) => `“${f}” is protected with a password.`,
    nextStep:
      'Type the password to open it. If you do not know it, ask whoever sent the file for the password or for a copy without one.',
  },
  pageCountUntrusted: {
    problem: (f) =>
      `Appeal Bundle could not read every page of “${f}” reliably, so it has not been added, to avoid missing or blank pages in your bundle.`,
    nextStep:
      'Open the file in another PDF viewer and print it to a new PDF ("Microsoft Print to PDF" or "Save as PDF"), then add the new file.',
  },
  timedOut: {
    problem: (f) => `“${f}” took too long to open, so Appeal Bundle stopped trying.`,
    nextStep:
      'Try adding it again. If it still fails, print it to a new PDF from another viewer and add that, or split it into smaller parts.',
  },
  crashed: {
    problem: (f) => `Something went wrong while opening “${f}”. Your other documents are safe.`,
    nextStep: 'Try adding it again. If it fails again, print it to a new PDF from another viewer and add that instead.',
  },
};

/** The plain-English message for a refused file: what happened, then what to do next. */
export function intakeMessage(code: IntakeErrorCode, fileName: string): string {
  const entry = catalogue[code];
  return `${entry.problem(displayName(fileName))} ${entry.nextStep}`;
}

/** Shown when the user typed a password and it did not open the file. */
export function wrongPasswordMessage(fileName: string): string {
  return `That password did not open “${displayName(fileName)}”. Check it and try again: passwords are case-sensitive. If you are not sure of it, ask whoever sent the file.`;
}

export const intakeNotes = {
  unlocked: 'This PDF was protected against editing; it has been unlocked so it can go in your bundle.',
  repaired: 'This PDF was damaged and has been repaired — check every page.',
  imagesConverted: (count: number) =>
    count === 1
      ? 'This picture has been turned the right way up, made smaller and had its hidden details (such as location) removed.'
      : `These ${count} pictures have been turned the right way up, made smaller and had their hidden details (such as location) removed.`,
} as const;

// A path or an absurd name must not turn the message into noise.
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean === '') return 'Untitled file';
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
