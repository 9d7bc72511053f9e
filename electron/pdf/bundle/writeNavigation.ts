import {
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFDict,
  type PDFDocument,
  type PDFRef,
} from '@cantoo/pdf-lib';

// pdf-lib has no outline or page-label API (environment.md), so both are written as plain PDF
// objects (PDF 32000-1 §12.3.3 outlines, §12.4.2 page labels). Titles are Unicode, so bookmarks keep
// names the page fonts had to simplify.

export interface OutlineNode {
  title: string;
  target: PDFRef;
  children: OutlineNode[];
}

function writeItems(
  doc: PDFDocument,
  nodes: OutlineNode[],
  parent: PDFRef,
): { first: PDFRef; last: PDFRef; count: number } | null {
  if (nodes.length === 0) return null;
  const context = doc.context;
  const refs = nodes.map(() => context.nextRef());
  let count = nodes.length;
  nodes.forEach((node, i) => {
    const ref = refs[i] as PDFRef;
    const item: PDFDict = context.obj({
      Title: PDFHexString.fromText(node.title),
      Parent: parent,
      Dest: [node.target, PDFName.of('Fit')],
    });
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) item.set(PDFName.of('Prev'), prev);
    if (next) item.set(PDFName.of('Next'), next);
    const children = writeItems(doc, node.children, ref);
    if (children) {
      item.set(PDFName.of('First'), children.first);
      item.set(PDFName.of('Last'), children.last);
      // Positive: open, so a reader sees each section's documents straight away.
      item.set(PDFName.of('Count'), PDFNumber.of(children.count));
      count += children.count;
    }
    context.assign(ref, item);
  });
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count };
}

export function writeOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  if (nodes.length === 0) return;
  const context = doc.context;
  const root = context.nextRef();
  const items = writeItems(doc, nodes, root);
  if (!items) return;
  context.assign(root, context.obj({ Type: 'Outlines', First: items.first, Last: items.last, Count: items.count }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** How one output page is labelled: a prefix ("B", "Part 2 of 3") and a number, or a prefix alone. */
export interface PageLabelSpec {
  prefix: string;
  number: number | null;
}

/** Writes /PageLabels so a viewer's page box shows exactly what is stamped on each page. */
export function writePageLabels(doc: PDFDocument, labels: PageLabelSpec[]): void {
  const context = doc.context;
  const nums: (number | PDFDict)[] = [];
  labels.forEach((label, i) => {
    const prev = labels[i - 1];
    const continues =
      prev !== undefined &&
      prev.prefix === label.prefix &&
      prev.number !== null &&
      label.number !== null &&
      label.number === prev.number + 1;
    if (continues) return;
    const dict: PDFDict = context.obj({});
    if (label.number !== null) {
      dict.set(PDFName.of('S'), PDFName.of('D'));
      dict.set(PDFName.of('St'), PDFNumber.of(label.number));
    }
    // Plain ASCII prefixes as literal strings, which every reader handles; anything else as Unicode.
    const ascii = /^[\x20-\x27\x2a-\x5b\x5d-\x7e]*$/.test(label.prefix); // no ( ) or \\ to escape
    const prefix = ascii ? PDFString.of(label.prefix) : PDFHexString.fromText(label.prefix);
    if (label.prefix !== '') dict.set(PDFName.of('P'), prefix);
    nums.push(i, dict);
  });
  doc.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: nums }));
}

export function labelText(label: PageLabelSpec): string {
  return label.number === null ? label.prefix : `${label.prefix}${label.number}`;
}
