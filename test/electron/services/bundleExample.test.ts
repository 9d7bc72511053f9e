import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASE_NAME, EXAMPLE_MARK } from '../../../shared/domain/exampleCase';
import { pageText, pdfinfoPages } from '../../fixtures/bundle/inspectBundle';
import { expectDone, useBundleWorkspace } from './bundleWorkspace';

const workspace = useBundleWorkspace();

describe('example appeal', () => {
  it('is a fictional case with answers, a deadline and marked documents imported the real way', async () => {
    const w = workspace();
    const appeal = await w.services.examples.create();
    expect(appeal.name).toBe(EXAMPLE_CASE_NAME);
    expect(appeal.facts.decisionType).toBe('refusalToIssue');
    expect(appeal.deadline).not.toBeNull();
    expect(appeal.deadline && appeal.deadline > '2026-11-23').toBe(true);
    expect(appeal.council).toMatch(/fictional/);

    const documents = w.services.documents.list({ caseId: appeal.id });
    expect(documents.map((d) => d.category)).toEqual([
      'LA_DECISION',
      'MEDIATION_CERT',
      'EXPERT_REPORT',
      'SCHOOL',
      'HEALTH',
    ]);
    expect(documents.every((d) => d.pageCount > 0 && d.documentDate !== null)).toBe(true);
    // Pages can be drawn: thumbnails come from the stored files, as for any imported document.
    const photo = documents.find((d) => d.category === 'HEALTH');
    expect(await w.services.documents.thumbnail({ id: photo?.id ?? '', pageIndex: 0 })).not.toBeNull();

    const overview = w.bundle.get({ caseId: appeal.id });
    expect(overview.ready).toBe(true);
    expect(overview.checks.filter((c) => c.severity !== 'info')).toEqual([]);

    const record = expectDone(await w.exportAndWait(appeal.id));
    const file = join(w.out, readdirSync(w.out)[0] ?? '');
    expect(pdfinfoPages(file)).toBe(record.pageCount);
    // Every document page says it is an example (the photo's mark is in the picture, not text).
    for (const doc of overview.plan.documents.filter((d) => d.category !== 'HEALTH')) {
      for (let page = doc.firstPage; page <= doc.lastPage; page++) expect(pageText(file, page)).toContain(EXAMPLE_MARK);
    }
  });

  it('can be made more than once', async () => {
    const w = workspace();
    const first = await w.services.examples.create();
    const second = await w.services.examples.create();
    expect(second.id).not.toBe(first.id);
    expect(w.services.documents.list({ caseId: second.id })).toHaveLength(5);
  });
});
