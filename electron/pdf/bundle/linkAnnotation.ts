import { PDFName, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';

/**
 * Adds an invisible link over a rectangle that jumps to the top of `target` (an explicit /Dest, which
 * every viewer follows, with no JavaScript or actions).
 */
export function addPageLink(
  page: PDFPage,
  rect: { x: number; y: number; width: number; height: number },
  target: PDFRef,
): void {
  const context = page.doc.context;
  const annot = context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height],
    Border: [0, 0, 0],
    Dest: [target, PDFName.of('Fit')],
  });
  page.node.addAnnot(context.register(annot));
}
