import { AppError } from '../../../shared/api/errors';
import type { PageRef } from '../../db/repositories/documentsRepo';

// Page edits only change the list of page references: the stored files are never rewritten, so
// every edit can be undone by going back to the document's sources.

function notInDocument(): AppError {
  return new AppError('VALIDATION', {
    fields: [{ path: 'pageIndexes', message: 'That page is not in this document. Go back and try again.' }],
  });
}

/** The chosen page indexes, each once, in document order; refuses any that are not there. */
function chosen(pages: readonly PageRef[], indexes: readonly number[]): Set<number> {
  const set = new Set(indexes);
  for (const index of set) if (index >= pages.length) throw notInDocument();
  return set;
}

/** A quarter turn of one page: right is clockwise. */
export function rotatePage(pages: readonly PageRef[], index: number, turn: 'left' | 'right'): PageRef[] {
  if (index >= pages.length) throw notInDocument();
  const step = turn === 'right' ? 90 : 270;
  return pages.map((page, i) => (i === index ? { ...page, rotation: (page.rotation + step) % 360 } : page));
}

/** The pages left after taking some out. A document keeps at least one page. */
export function removePages(pages: readonly PageRef[], indexes: readonly number[]): PageRef[] {
  const remove = chosen(pages, indexes);
  if (remove.size >= pages.length) {
    throw new AppError('VALIDATION', {
      fields: [
        {
          path: 'pageIndexes',
          message: 'A document must keep at least one page. To remove all of it, delete the document instead.',
        },
      ],
    });
  }
  return pages.filter((_, i) => !remove.has(i));
}

/** Copies of the chosen pages, in document order, keeping their turns. */
export function pickPages(pages: readonly PageRef[], indexes: readonly number[]): PageRef[] {
  const pick = chosen(pages, indexes);
  return pages.filter((_, i) => pick.has(i));
}

/** True when the pages differ from the sources in order, content or turn. */
export function pagesDiffer(pages: readonly PageRef[], sources: readonly PageRef[]): boolean {
  return (
    pages.length !== sources.length ||
    pages.some((page, i) => {
      const source = sources[i];
      return (
        !source ||
        page.rotation !== 0 ||
        page.sourceSha256 !== source.sourceSha256 ||
        page.sourcePageIndex !== source.sourcePageIndex
      );
    })
  );
}
