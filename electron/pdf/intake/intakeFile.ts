import type { IntakeErrorCode, IntakeOptions, IntakeOutcome } from './intakeTypes';
import { intakeMessage } from './intakeMessages';
import { detectFileType } from './detectFileType';
import { maxInputBytes } from './intakeLimits';
import { intakePdf } from './intakePdf';
import { intakeImage } from './intakeImage';

/**
 * Decides what an imported file is (by its bytes) and turns it into something safe to store:
 * a checked (and if need be decrypted or repaired) PDF, or upright metadata-free JPEG pages.
 * Runs inside the intake worker process; it never throws and never returns library text.
 */
export async function intakeFile(input: Uint8Array, fileName: string, options: IntakeOptions): Promise<IntakeOutcome> {
  const refuse = (code: IntakeErrorCode): IntakeOutcome => ({
    kind: 'refused',
    code,
    message: intakeMessage(code, fileName),
  });
  if (input.length > maxInputBytes) return refuse('tooLarge');
  // Bytes arrive as a Node Buffer view into the IPC message; pdf.js refuses Buffers and the
  // stored result must not pin the whole message, so work on a plain copy of exactly the file.
  const bytes = new Uint8Array(input);
  const type = detectFileType(bytes);
  try {
    switch (type) {
      case 'empty':
        return refuse('empty');
      case 'wordDocument':
        return refuse('wordDocument');
      case 'unknown':
        return refuse('notSupported');
      case 'pdf':
        return await intakePdf(bytes, fileName, options);
      default:
        return await intakeImage(bytes, fileName, type);
    }
  } catch {
    // The readers catch their own failures; anything reaching here is a library surprise on a
    // malformed file, which for the user means the same as damage.
    return refuse('damaged');
  }
}
