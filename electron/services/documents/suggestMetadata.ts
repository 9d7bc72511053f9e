import { isIsoDate, type IsoDate } from '../../../shared/domain/dates';

// Suggestions for a new document's title and date. They only save typing: the person sees both
// on the document page and can change them, so a cautious "no suggestion" beats a wrong guess.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (word: string | undefined) => MONTHS.indexOf((word ?? '').slice(0, 3).toLowerCase()) + 1;
const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s+(\\d{4})\\b`, 'i');
// Letters in England write 14/03/2026 day first.
const NUMERIC_UK = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const ISO_IN_NAME = /(?:^|\D)(\d{4})[-_. ](\d{2})[-_. ](\d{2})(?:\D|$)/;

// Names cameras, scanners and downloads give files: they say nothing about the document.
const GENERIC_NAME =
  /^(img|image|dsc|dscn|pxl|photo|scan|scanned|document|doc|untitled|file|download|att|attachment|whatsapp image|screenshot)?[\s\-()\d.:]*(at[\s\d.:]*)?$/i;

function isoOf(year: number, month: number, day: number): IsoDate | null {
  if (year < 1950 || year > 2100) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The file's name without folders, extension, a leading date or underscores. */
function nameStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/_+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstTextLine(text: string): string | undefined {
  for (const raw of text.split('\n').slice(0, 15)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length >= 4 && line.length <= 120 && /[a-z]{3}/i.test(line)) return line;
  }
  return undefined;
}

/** A title: the file's name, unless it is a camera or scanner name and the text has a first line. */
export function suggestTitle(fileName: string, text: string): string {
  const stem = nameStem(fileName);
  const withoutDate = stem.replace(/^\d{4}[-.]\d{2}[-.]\d{2}\s*[-–]?\s*/, '').trim();
  const meaningful = withoutDate !== '' && !GENERIC_NAME.test(withoutDate);
  const candidate = meaningful ? withoutDate : (firstTextLine(text) ?? (stem || 'Untitled document'));
  return candidate.length > 200 ? `${candidate.slice(0, 197)}...` : candidate;
}

/** The date on the document: a yyyy-mm-dd file name, else the first clear date in its text. */
export function suggestDocumentDate(fileName: string, text: string): IsoDate | null {
  const inName = ISO_IN_NAME.exec(nameStem(fileName));
  if (inName) {
    const date = isoOf(Number(inName[1]), Number(inName[2]), Number(inName[3]));
    if (date) return date;
  }
  const head = text.slice(0, 3000);
  const candidates: { at: number; date: IsoDate | null }[] = [];
  const dmy = DAY_MONTH_YEAR.exec(head);
  if (dmy) candidates.push({ at: dmy.index, date: isoOf(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1])) });
  const mdy = MONTH_DAY_YEAR.exec(head);
  if (mdy) candidates.push({ at: mdy.index, date: isoOf(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2])) });
  const numeric = NUMERIC_UK.exec(head);
  if (numeric)
    candidates.push({ at: numeric.index, date: isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1])) });
  const first = candidates.filter((c) => c.date !== null).sort((a, b) => a.at - b.at)[0];
  return first?.date ?? null;
}
