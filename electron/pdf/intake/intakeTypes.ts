// The shapes that cross the worker boundary. Everything here must survive structured clone
// (child_process "advanced" serialization and Electron's utilityProcess postMessage), so only
// plain objects, strings, numbers and Uint8Arrays.

export type IntakeErrorCode =
  | 'empty'
  | 'notSupported'
  | 'wordDocument'
  | 'damaged'
  | 'tooLarge'
  | 'locked'
  | 'pageCountUntrusted'
  | 'timedOut'
  | 'crashed';

export interface IntakeOptions {
  /** The password the user typed for a PDF that needs one to open. */
  password?: string;
}

export interface PdfPageInfo {
  /** Visible page width in PDF points (crop box), before /Rotate is applied. */
  width: number;
  /** Visible page height in PDF points (crop box), before /Rotate is applied. */
  height: number;
  /** The page's /Rotate, normalised to 0, 90, 180 or 270. */
  rotation: number;
}

export interface ImagePage {
  /** Upright, downscaled, metadata-free JPEG. */
  jpeg: Uint8Array;
  width: number;
  height: number;
}

export type IntakeOutcome =
  | {
      kind: 'pdf';
      /** The bytes to store: the original file, or a decrypted/repaired copy (see notes). */
      storedBytes: Uint8Array;
      pageCount: number;
      pages: PdfPageInfo[];
      /** Text of the first few pages, for search and for suggesting a title. */
      text: string;
      notes: string[];
    }
  | { kind: 'images'; pages: ImagePage[]; notes: string[] }
  | { kind: 'refused'; code: IntakeErrorCode; message: string }
  | { kind: 'needsPassword'; wrongPassword: boolean; message: string };
