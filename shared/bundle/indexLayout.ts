// The index's geometry, shared by the planner (which must know how many index pages to reserve
// before it can number anything) and the PDF writer (which draws exactly these rows on exactly these
// pages). Wrapping is by character count, so the page count never depends on font measurement; the
// writer shrinks a line's type if a line of wide letters would overrun its column.
import type { IndexRow } from './bundleTypes';

export const INDEX_LAYOUT = {
  pageWidth: 595.28,
  pageHeight: 841.89,
  marginLeft: 50,
  marginTop: 60,
  lineHeight: 13,
  fontSize: 9.5,
  /** Lines the first index page has for rows, after its heading and the column headings. */
  linesFirstPage: 46,
  /** Lines on each later index page, after the repeated column headings. */
  linesLaterPage: 50,
  columns: {
    date: { x: 50, width: 62 },
    title: { x: 116, width: 250 },
    author: { x: 370, width: 118 },
    pages: { x: 492, width: 53 },
  },
  titleChars: 52,
  authorChars: 25,
  maxFieldLines: 3,
} as const;

/**
 * Splits text into at most `maxLines` lines of at most `width` characters, at spaces where it can;
 * the last line ends with "…" when text was cut off.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const pushWord = (word: string) => {
    let rest = word;
    while (rest.length > width) {
      if (current !== '') {
        lines.push(current);
        current = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (current === '') current = rest;
    else if (current.length + 1 + rest.length <= width) current = `${current} ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  };
  words.forEach(pushWord);
  if (current !== '') lines.push(current);
  if (lines.length === 0) return [''];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

/** Lays rows onto index pages by line budget. Always at least one index page. */
export function paginateIndexRows<T extends Pick<IndexRow, 'lines'>>(rows: T[]): T[][] {
  const pages: T[][] = [[]];
  let left: number = INDEX_LAYOUT.linesFirstPage;
  for (const row of rows) {
    const current = pages[pages.length - 1] ?? [];
    if (row.lines > left && current.length > 0) {
      pages.push([row]);
      left = INDEX_LAYOUT.linesLaterPage - row.lines;
    } else {
      current.push(row);
      left -= row.lines;
    }
  }
  return pages;
}
