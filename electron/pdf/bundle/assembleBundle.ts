import { PDFDocument, PDFPage, degrees, type PDFRef } from '@cantoo/pdf-lib';
import type { BundlePage, BundlePlan } from '../../../shared/bundle/bundleTypes';
import type { BundlePart } from '../../../shared/bundle/splitIntoParts';
import { copySourcePages, sourceCount, type DocumentPagePlan, type LoadSource } from './copySourcePages';
import { drawCover, drawDivider, drawPartCover } from './drawFrontMatter';
import { embedBundleFonts, type BundleFontFiles } from './bundleFonts';
import { drawIndexPage } from './drawIndex';
import { normaliseRotation, reserveBand, stampPage } from './stampPage';
import { labelText, writeOutline, writePageLabels, type OutlineNode, type PageLabelSpec } from './writeNavigation';

export type BundleProgress = { phase: 'copying' | 'stamping' | 'saving' | 'writing'; done: number; total: number };

export interface AssembleInput {
  plan: BundlePlan;
  loadSource: LoadSource;
  fontFiles: BundleFontFiles;
  /** Build only this part of a split bundle, with its own "Part n of N" first page. */
  part?: BundlePart | undefined;
  onProgress?: ((progress: BundleProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

function labelOf(plan: BundlePlan, page: BundlePage): PageLabelSpec {
  const prefixed = plan.options.sectionPrefixes && (page.kind === 'document' || page.kind === 'divider');
  return { prefix: prefixed ? page.sectionId : '', number: page.number };
}

function outlineFor(
  plan: BundlePlan,
  inFile: (n: number) => PDFRef | undefined,
  range: [number, number],
): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const firstIn = (from: number) => inFile(Math.max(from, range[0]));
  const index = plan.pages.find((p) => p.kind === 'index');
  const indexRef = index ? inFile(index.number) : undefined;
  if (indexRef) nodes.push({ title: 'Index', target: indexRef, children: [] });
  for (const section of plan.sections) {
    if (section.lastPage < range[0] || section.firstPage > range[1]) continue;
    const target = firstIn(section.firstPage);
    if (!target) continue;
    const children: OutlineNode[] = [];
    for (const doc of section.documents) {
      if (doc.lastPage < range[0] || doc.firstPage > range[1]) continue;
      const docTarget = firstIn(doc.firstPage);
      if (docTarget) children.push({ title: doc.title, target: docTarget, children: [] });
    }
    nodes.push({ title: `${section.id}  ${section.title}`, target, children });
  }
  return nodes;
}

function setMetadata(doc: PDFDocument, plan: BundlePlan, part: BundlePart | undefined): void {
  const d = plan.caseDetails;
  const partText = part && part.total > 1 ? ` - Part ${part.number} of ${part.total}` : '';
  doc.setTitle(`Appeal bundle - ${d.childName}${partText}`, { showInWindowTitleBar: true });
  doc.setAuthor(d.preparedBy?.trim() || 'Prepared with Appeal Bundle');
  doc.setSubject(
    `Evidence bundle for an appeal to the First-tier Tribunal (SEND): ${d.appealTypeLabel}` +
      (d.tribunalReference ? `, reference ${d.tribunalReference}` : ''),
  );
  doc.setKeywords(['SEND Tribunal', 'appeal bundle', ...(d.tribunalReference ? [d.tribunalReference] : [])]);
  doc.setCreator('Appeal Bundle');
  doc.setProducer('Appeal Bundle');
  doc.setLanguage('en-GB');
}

/** Builds the bundle (or one part of it) in memory, following the plan page for page. */
export async function assembleBundle(input: AssembleInput): Promise<PDFDocument> {
  const { plan, part, signal } = input;
  const range: [number, number] = part ? [part.firstPage, part.lastPage] : [1, plan.pageCount];
  const planned = plan.pages.filter((p) => p.number >= range[0] && p.number <= range[1]);
  const documentPages = planned.filter((p): p is DocumentPagePlan => p.kind === 'document');

  const doc = await PDFDocument.create();
  const fonts = await embedBundleFonts(doc, input.fontFiles);

  const copyTotal = sourceCount(documentPages);
  let copied = 0;
  input.onProgress?.({ phase: 'copying', done: 0, total: copyTotal });
  const copies = await copySourcePages(doc, documentPages, input.loadSource, () => {
    signal?.throwIfAborted();
    input.onProgress?.({ phase: 'copying', done: ++copied, total: copyTotal });
  });
  signal?.throwIfAborted();

  // Every page object exists before any drawing, so index rows and bookmarks can point at them.
  const objects = new Map<number, PDFPage>();
  const partCover = part ? PDFPage.create(doc) : undefined;
  if (partCover) doc.addPage(partCover);
  for (const page of planned) {
    const object = page.kind === 'document' ? copies.get(page.number) : PDFPage.create(doc);
    if (!object) throw new Error(`Bundle page ${page.number} was not copied.`);
    objects.set(page.number, doc.addPage(object));
  }
  const refOf = (n: number) => objects.get(n)?.ref;

  const labels: PageLabelSpec[] = [];
  if (partCover && part) {
    drawPartCover(partCover, plan, part, fonts, refOf);
    const spec = { prefix: `Part ${part.number} of ${part.total}`, number: null };
    stampPage(partCover, labelText(spec), fonts.bold);
    labels.push(spec);
  }
  for (const [i, page] of planned.entries()) {
    const object = objects.get(page.number);
    if (!object) continue;
    if (page.kind === 'cover') drawCover(object, plan, fonts);
    else if (page.kind === 'index') drawIndexPage(object, plan, page.indexPage - 1, fonts, refOf);
    else if (page.kind === 'divider') {
      const section = plan.sections.find((s) => s.id === page.sectionId);
      if (section) drawDivider(object, section, fonts);
    } else {
      object.setRotation(degrees(normaliseRotation(object.getRotation().angle + page.rotation)));
      if (page.source.kind === 'pdf') reserveBand(object);
    }
    const spec = labelOf(plan, page);
    stampPage(object, labelText(spec), fonts.bold);
    labels.push(spec);
    if (i % 50 === 0) {
      signal?.throwIfAborted();
      input.onProgress?.({ phase: 'stamping', done: i, total: planned.length });
    }
  }
  input.onProgress?.({ phase: 'stamping', done: planned.length, total: planned.length });

  writePageLabels(doc, labels);
  writeOutline(doc, outlineFor(plan, refOf, range));
  setMetadata(doc, plan, part);
  return doc;
}
