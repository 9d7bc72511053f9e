import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_COUNCIL } from '../../../shared/domain/exampleCase';
import { run } from '../../fixtures/externalTools';
import { useSubmissionsWorkspace } from './submissionsWorkspace';

const workspace = useSubmissionsWorkspace();

describe('example appeal: written submissions', () => {
  it('comes with the family’s answers, citing the example documents by bundle page', async () => {
    const w = workspace();
    const appeal = await w.services.examples.create();
    const overview = w.submissions.get({ caseId: appeal.id });

    // Every page that applies is filled in, so "check your answers" and the export can be tried at once.
    expect(overview.pages.filter((p) => p.status !== 'done')).toEqual([]);
    expect(overview.missingAnswers).toEqual([]);
    expect(overview.problems).toEqual([]);
    // The council comes from the case details: nothing asked twice.
    expect(overview.answers.council).toBeUndefined();
    expect(overview.documents[0]?.caseTitle).toBe(`Alex Sample v ${EXAMPLE_COUNCIL} – SEND Tribunal appeal`);

    const plan = w.bundle.get({ caseId: appeal.id }).plan;
    const ep = plan.documents.find((d) => d.title === 'Educational psychologist report');
    const [reasons] = overview.evidenceMap.items;
    expect(reasons?.key).toBe('generalReasons');
    expect(reasons?.references.map((r) => r.text)).toEqual([
      `Educational psychologist report, p.2 (bundle page ${(ep?.firstPage ?? 0) + 1})`,
      `Educational psychologist report, p.3 (bundle page ${(ep?.firstPage ?? 0) + 2})`,
      expect.stringMatching(/^School SENCo report, p\.1 \(bundle page \d+\)$/),
      expect.stringMatching(/^Letter from the speech therapist \(photo\), p\.1 \(bundle page \d+\)$/),
    ]);
    expect(overview.evidenceMap.items.map((i) => i.key)).toEqual(['generalReasons', 'recommendations.g']);
    expect(overview.evidenceMap.gaps).toEqual([]);
    expect(overview.documents.map((d) => d.id)).toEqual([
      'appealFormAnswers',
      'reasonsForAppeal',
      'recommendationsRequest',
    ]);
    expect(overview.evidenceMap.uncitedDocuments.map((d) => d.title)).toEqual([
      'Decision not to issue an EHC plan',
      'Mediation certificate',
    ]);

    // The help asked for is specific: who, what, how often and for how long (§10).
    const outcome = await w.submissions.export({ caseId: appeal.id, format: 'pdf', documents: ['reasonsForAppeal'] });
    if (!outcome.saved) throw new Error('not saved');
    const text = run('pdftotext', [join(w.out, outcome.record.folderName, 'reasons-for-appeal.pdf'), '-']).stdout;
    expect(text.replace(/\s+/g, ' ')).toContain(
      '1:1 specialist literacy teaching from a qualified specialist teacher for 30 minutes a day, 5 days a week',
    );
  });
});
