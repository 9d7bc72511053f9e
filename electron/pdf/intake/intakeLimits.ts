// Limits that keep one hostile or enormous file from exhausting the worker. The watchdog in
// intakeRunner is the last line of defence; these refuse the obvious cases early with "too large".

/** Largest file accepted at all (a 500-page scanned PDF is typically 50-150 MB). */
export const maxInputBytes = 300 * 1024 * 1024;

/** Largest decoded image (pixels per page). 200 MP is above any phone or office scanner. */
export const maxImagePixels = 200_000_000;

/** Most pages taken from one multi-page TIFF or one PDF. */
export const maxImagePages = 300;
export const maxPdfPages = 3000;

/** About 250 dpi across an A4 page (297 mm = 11.7 in): plenty for print, small to store. */
export const maxImageLongSidePx = 2900;
export const imageJpegQuality = 82;

/** Pages whose text is extracted for search and titles. */
export const textPageCount = 3;
