// Page labels: the text stamped on each page, written as the PDF's /PageLabels too, so a viewer's
// page box and the stamp agree.
//
// Decision: numbers are continuous from the cover (page 1) to the last page, so bundle page N is
// also PDF page N and a citation works in any viewer. The cover is numbered and stamped like every
// other page (nothing to explain to a clerk). With section prefixes on, a section's pages carry its
// letter before the same continuous number ("B12"); the cover and index keep plain numbers.
import type { SectionId } from './bundleTypes';

export function pageLabel(number: number, section: SectionId | null, prefixes: boolean): string {
  return prefixes && section !== null ? `${section}${number}` : String(number);
}

/** "12" for one page, "12–15" for several (an en dash, as printed indexes use). */
export function rangeText(first: number, last: number, section: SectionId | null, prefixes: boolean): string {
  const a = pageLabel(first, section, prefixes);
  return first === last ? a : `${a}–${pageLabel(last, section, prefixes)}`;
}

/** "12/05/2025": how dates appear in the index (English day/month order). */
export function formatIndexDate(date: string | null): string {
  if (date === null) return 'Undated';
  const [y, m, d] = date.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}
