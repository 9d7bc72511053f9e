import type { PDFFont } from '@cantoo/pdf-lib';

// The bundle's own pages use DejaVu Sans (bundleFonts.ts), which covers Latin, Greek and Cyrillic
// alphabets. A character it lacks is simplified where a plain letter exists and otherwise becomes
// "?", so text never fails to draw. Bookmarks and document metadata are written as Unicode and
// keep the original text.

const REPLACEMENTS: Record<string, string> = {
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
};

const supported = new WeakMap<PDFFont, Set<number>>();

function charactersOf(font: PDFFont): Set<number> {
  let set = supported.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    supported.set(font, set);
  }
  return set;
}

/** Text the font can draw: tabs and newlines become spaces, unknown characters are simplified or "?". */
export function drawableText(font: PDFFont, text: string): string {
  const chars = charactersOf(font);
  let out = '';
  for (const ch of text.replace(/[\t\r\n]+/g, ' ')) {
    const code = ch.codePointAt(0) ?? 0;
    if (chars.has(code)) {
      out += ch;
      continue;
    }
    const mapped = REPLACEMENTS[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += [...mapped].every((c) => chars.has(c.codePointAt(0) ?? 0)) && mapped !== '' ? mapped : '?';
  }
  return out;
}

/** The largest size not above `size` (and not below 6 pt) at which `text` fits `width`; cut short if need be. */
export function fitText(font: PDFFont, text: string, size: number, width: number): { text: string; size: number } {
  const clean = drawableText(font, text);
  let current = size;
  while (current > 6 && font.widthOfTextAtSize(clean, current) > width) current -= 0.5;
  if (font.widthOfTextAtSize(clean, current) <= width) return { text: clean, size: current };
  let cut = clean;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, current) > width) cut = cut.slice(0, -1);
  return { text: `${cut.trimEnd()}…`, size: current };
}
