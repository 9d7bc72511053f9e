import { describe, expect, it } from 'vitest';
import { suggestDocumentDate, suggestTitle } from '../../../electron/services/documents/suggestMetadata';

describe('title and date suggestions', () => {
  it.each([
    ['2026-03-14 EP report.pdf', '', 'EP report'],
    ['Final_EHC_Plan.pdf', 'Something else', 'Final EHC Plan'],
    ['IMG_4032.JPG', '', 'IMG 4032'],
    ['scan0001.pdf', 'Decision letter\nmore', 'Decision letter'],
    ['WhatsApp Image 2026-03-14 at 09.26.53.jpeg', '', 'WhatsApp Image 2026-03-14 at 09.26.53'],
    ['C:\\Users\\sam\\report.pdf', '', 'report'],
  ])('%s -> %s', (fileName, text, title) => {
    expect(suggestTitle(fileName, text)).toBe(title);
  });

  it.each([
    ['2026-03-14 letter.pdf', '', '2026-03-14'],
    ['letter_2025_12_01.pdf', '', '2025-12-01'],
    ['letter.pdf', 'Our ref 123\nDate: 3rd February 2026', '2026-02-03'],
    ['letter.pdf', 'Dated 14/03/2026 and 2 April 2026', '2026-03-14'],
    ['letter.pdf', 'March 5, 2026', '2026-03-05'],
    ['letter.pdf', 'Dated 31/02/2026', null],
    ['2026-13-45.pdf', 'no date here', null],
  ])('%s / %s -> %s', (fileName, text, date) => {
    expect(suggestDocumentDate(fileName, text)).toBe(date);
  });
});
