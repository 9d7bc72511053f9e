import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/openDatabase';
import { createDispatcher } from '../../../electron/main/ipc/handle';
import type { Services } from '../../../electron/services/createServices';
import type { Handlers } from '../../../shared/api/contract';
import {
  contentWithRecommendations,
  lateAppeal,
  refusalToAssess,
  youngPerson,
} from '../../fixtures/submissions/submissionCases';
import { expectRefused, MISSING_CASE, saved, serviceOver } from './submissionsChecks';
import { useSubmissionsWorkspace } from './submissionsWorkspace';

const workspace = useSubmissionsWorkspace();

describe('submissions service: answers', () => {
  it('saves and reads back the answers, marks the case as changed, and fills in what the app knows', () => {
    const w = workspace();
    const appeal = w.services.cases.create({ name: 'Sam' });
    w.services.cases.saveFacts({ id: appeal.id, facts: contentWithRecommendations.facts });
    w.services.cases.updateDetails({ id: appeal.id, council: 'Leeds City Council' });
    const before = w.services.cases.get({ id: appeal.id }).updatedAt;

    const answers = { child: { firstName: 'Sam', lastName: 'Example' }, sectionF: { proposedWording: 'Weekly SALT.' } };
    const overview = w.submissions.saveAnswers({ caseId: appeal.id, answers });
    expect(overview.answers).toEqual(answers);
    expect(w.submissions.get({ caseId: appeal.id })).toEqual(overview);
    expect(w.services.cases.get({ id: appeal.id }).updatedAt > before).toBe(true);

    // Nothing asked twice: the council from the case details is used until another one is typed.
    expect(overview.known).toEqual({ council: 'Leeds City Council', appellant: 'parent', lateAppealLines: [] });
    expect(overview.answers.council).toBeUndefined();
    expect(overview.missingAnswers.map((m) => m.field)).not.toContain('council.name');
    expect(overview.documents[0]?.caseTitle).toBe('Sam Example v Leeds City Council – SEND Tribunal appeal');
    const typed = w.submissions.saveAnswers({ caseId: appeal.id, answers: { ...answers, council: { name: 'York' } } });
    expect(typed.documents[0]?.caseTitle).toBe('Sam Example v York – SEND Tribunal appeal');

    // A second save replaces the first completely, and survives reopening the file.
    w.submissions.saveAnswers({ caseId: appeal.id, answers: { hearing: { attendance: 'video' } } });
    w.db.close();
    const reopened = openDatabase(w.db.name);
    try {
      const service = serviceOver(reopened, w.fontsFolder, undefined);
      expect(service.get({ caseId: appeal.id }).answers).toEqual({ hearing: { attendance: 'video' } });
    } finally {
      reopened.close();
    }
  });

  it('gives the pages that apply, what is missing, the evidence map, the documents that can be cited and the history', async () => {
    const w = workspace();
    const { caseId, ids } = await w.seedFixture(contentWithRecommendations);
    const overview = w.submissions.get({ caseId });

    expect(overview.pages.map((p) => p.id)).toContain('sectionF');
    expect(overview.pages.find((p) => p.id === 'sectionF')?.status).toBe('done');
    expect(overview.missingAnswers).toEqual([]);
    expect(overview.documents.map((d) => d.id)).toEqual([
      'appealFormAnswers',
      'reasonsForAppeal',
      'recommendationsRequest',
      'councilLetter',
    ]);
    // The fixture's Section F says "Sam should have regular support": flagged, not rewritten.
    expect(overview.problems.map((p) => [p.kind, p.message.slice(0, 10)])).toEqual([
      ['vagueWording', '"should": '],
      ['vagueWording', '"regular":'],
      ['vagueWording', '"support":'],
    ]);

    const plan = w.bundle.get({ caseId }).plan;
    const ep = plan.documents.find((d) => d.id === ids.get('ep'));
    expect(overview.citableDocuments).toContainEqual({
      id: ids.get('ep'),
      title: 'EP report',
      pageCount: 15,
      bundlePages: ep?.rangeText,
    });
    expect(ep?.rangeText).toMatch(/^\d+–\d+$/);

    const sectionF = overview.evidenceMap.items.find((i) => i.key === 'sectionF');
    expect(sectionF?.references[0]).toEqual({
      documentId: ids.get('ep'),
      page: 12,
      text: `EP report, p.12 (bundle page ${(ep?.firstPage ?? 0) + 11})`,
      resolved: true,
    });
    expect(overview.evidenceMap.gaps.map((g) => g.key)).toEqual(['recommendations.c']);
    expect(overview.evidenceMap.uncitedDocuments.map((d) => d.title)).toEqual(['Decision letter', 'Final EHC plan']);
    expect(overview.history).toEqual([]);
  });

  it('offers the decision letter’s gaps for a late appeal and the appellant worked out from the date of birth', () => {
    const w = workspace();
    const late = w.services.cases.create({ name: 'Late' });
    w.services.cases.saveFacts({ id: late.id, facts: lateAppeal.facts });
    const overview = w.submissions.get({ caseId: late.id });
    expect(overview.known.lateAppealLines.length).toBeGreaterThan(0);
    expect(overview.pages.map((p) => p.id)).toContain('lateAppeal');

    const riley = w.services.cases.create({ name: 'Riley' });
    w.services.cases.saveFacts({ id: riley.id, facts: youngPerson.facts });
    expect(w.submissions.get({ caseId: riley.id }).known.appellant).toBe('youngPerson');
  });

  it('a case with no answers, no documents and no decision yet has nothing to fill in', () => {
    const w = workspace();
    const appeal = w.services.cases.create({ name: 'New' });
    const overview = w.submissions.get({ caseId: appeal.id });
    expect(overview).toMatchObject({ answers: {}, pages: [], documents: [], citableDocuments: [], history: [] });
    expect(overview.known).toEqual({ council: null, appellant: null, lateAppealLines: [] });
  });

  it('an unknown case is NOT_FOUND for every method, and nothing is written', async () => {
    const w = workspace();
    await expectRefused(() => w.submissions.get({ caseId: MISSING_CASE }), 'NOT_FOUND');
    await expectRefused(() => w.submissions.saveAnswers({ caseId: MISSING_CASE, answers: {} }), 'NOT_FOUND');
    await expectRefused(() => w.submissions.export({ caseId: MISSING_CASE, format: 'pdf' }), 'NOT_FOUND');
    expect(w.db.prepare('SELECT count(*) FROM submission_answers').pluck().get()).toBe(0);
    expect(w.folderDialog.asked).toEqual([]);
    expect(readdirSync(w.out)).toEqual([]);
  });

  it('a deleted case takes its answers and export history with it', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(refusalToAssess);
    saved(await w.submissions.export({ caseId, format: 'docx' }));
    w.services.cases.delete({ id: caseId, confirm: true });
    for (const table of ['submission_answers', 'submission_exports', 'submission_export_files']) {
      expect(w.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });
});

describe('submissions over the IPC dispatcher', () => {
  // Only the submissions namespace is called, wired as handlers.ts wires it: one line per method.
  const dispatcherFor = (submissions: Services['submissions']) =>
    createDispatcher({
      handlers: {
        submissions: {
          get: (input) => submissions.get(input),
          saveAnswers: (input) => submissions.saveAnswers(input),
          export: (input) => submissions.export(input),
        },
      } satisfies Pick<Handlers, 'submissions'> as Handlers,
      isTrustedSender: () => true,
      log: { error: () => undefined },
      newReference: () => 'REF42',
    });
  const APP = { url: 'app://bundle/index.html' };

  it('refuses hostile input with a plain-English VALIDATION error naming the field, and saves nothing', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(refusalToAssess);
    const dispatch = dispatcherFor(w.submissions);
    const before = w.db.prepare('SELECT answers FROM submission_answers').pluck().all();
    const hostile: [string, unknown, string][] = [
      ['submissions:get', { caseId: "'; DROP TABLE cases; --" }, 'caseId'],
      [
        'submissions:saveAnswers',
        { caseId, answers: { sectionF: { evidence: [{ documentId: 'x', page: 0 }] } } },
        'answers.sectionF.evidence.0.page',
      ],
      [
        'submissions:saveAnswers',
        { caseId, answers: { child: { firstName: 'x'.repeat(201) } } },
        'answers.child.firstName',
      ],
      [
        'submissions:saveAnswers',
        { caseId, answers: JSON.parse('{"__proto__": {"admin": true}}') as unknown },
        'answers',
      ],
      ['submissions:saveAnswers', { caseId, answers: { contact: { email: 'not an email' } } }, 'answers.contact.email'],
      ['submissions:export', { caseId, format: 'exe' }, 'format'],
      ['submissions:export', { caseId, format: 'pdf', documents: ['../../etc/passwd'] }, 'documents.0'],
      ['submissions:export', { caseId, format: 'pdf', documents: [] }, 'documents'],
    ];
    for (const [channel, input, field] of hostile) {
      const result = await dispatch(channel, input, APP);
      if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields?.map((f) => f.path)).toContain(field);
      expect(JSON.stringify(result.error)).not.toMatch(/Expected|received|ZodError/);
    }
    expect(w.db.prepare('SELECT answers FROM submission_answers').pluck().all()).toEqual(before);
    expect(readdirSync(w.out)).toEqual([]);
  });

  it('an unknown case and a failed export reach the screen as typed, plain-English errors', async () => {
    const w = workspace();
    const { caseId } = await w.seedFixture(refusalToAssess);
    const broken = serviceOver(w.db, join(w.folder(), 'no-fonts-here'), w.out);
    const dispatch = dispatcherFor(broken);

    const missing = await dispatch('submissions:get', { caseId: MISSING_CASE }, APP);
    expect(missing).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/could not find/) },
    });
    const failed = await dispatch('submissions:export', { caseId, format: 'pdf' }, APP);
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: expect.stringMatching(/^Something went wrong\. Your saved work is safe/),
        reference: 'REF42',
      },
    });
    expect(readdirSync(w.out)).toEqual([]);
  });
});
