// Types are decided by the bytes, never the file name: phones and email clients rename files, and
// a ".pdf" that is really a Word file must get the Word advice.

export type DetectedType =
  'empty' | 'pdf' | 'jpeg' | 'png' | 'webp' | 'tiff' | 'heic' | 'avif' | 'wordDocument' | 'unknown';

const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const avifBrands = new Set(['avif', 'avis']);
const heifBrands = new Set(['mif1', 'msf1', 'mif2']);

export function detectFileType(bytes: Uint8Array): DetectedType {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff';
  }
  const isoBmff = detectIsoBmffImage(bytes);
  if (isoBmff) return isoBmff;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'wordDocument';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && isWordZip(bytes)) return 'wordDocument';
  if (looksLikePdf(bytes)) return 'pdf';
  return 'unknown';
}

// The spec lets a PDF header sit anywhere in the first 1024 bytes. A file that lost its header
// but still ends in a PDF trailer is treated as a (damaged) PDF so repair can be attempted.
function looksLikePdf(bytes: Uint8Array): boolean {
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return true;
  const head = ascii(bytes, 0, Math.min(bytes.length, 4096));
  const tail = ascii(bytes, Math.max(0, bytes.length - 2048), bytes.length);
  return /\d+\s+\d+\s+obj\b/.test(head) && (tail.includes('%%EOF') || tail.includes('startxref'));
}

function detectIsoBmffImage(bytes: Uint8Array): 'heic' | 'avif' | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = Math.min(readUint32(bytes, 0), bytes.length, 256);
  const major = ascii(bytes, 8, 12);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= boxSize; at += 4) compatible.push(ascii(bytes, at, at + 4));
  const brands = [major, ...compatible];
  if (brands.some((b) => avifBrands.has(b))) return 'avif';
  if (brands.some((b) => heicBrands.has(b) || heifBrands.has(b))) return 'heic';
  return null;
}

// A .docx is a zip whose entry names (stored uncompressed in local headers and the central
// directory) include word/document.xml.
function isWordZip(bytes: Uint8Array): boolean {
  return indexOfAscii(bytes, 'word/document.xml') >= 0;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0
  );
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, 'latin1');
}
