import { AppError } from '../../../shared/api/errors';
import type * as S from '../../../shared/api/schemas';
import type { BundleOverview, BundlePreview, ExportRecord, ExportStart, ExportStatus } from '../../../shared/api/types';
import type { BundlePlan } from '../../../shared/bundle/bundleTypes';
import { checkBundle, isBundleReady, type BundleCheck } from '../../../shared/bundle/checkBundle';
import { emailSubject } from '../../../shared/bundle/emailSubject';
import { estimateBundleBytes } from '../../../shared/bundle/estimateBundleSize';
import { splitIntoParts } from '../../../shared/bundle/splitIntoParts';
import type { CaseDetail } from '../../../shared/api/types';
import { createBlobsRepo } from '../../db/repositories/blobsRepo';
import { createBundleExportsRepo } from '../../db/repositories/bundleExportsRepo';
import { createBundleRepo } from '../../db/repositories/bundleRepo';
import { createCaseDatesRepo } from '../../db/repositories/caseDatesRepo';
import { createCasesRepo } from '../../db/repositories/casesRepo';
import { createDocumentsRepo } from '../../db/repositories/documentsRepo';
import type { ServiceDeps } from '../deps';
import { createExportJobs } from './exportJobs';
import { createProgressTracker } from './exportProgress';
import type { BundleInputs } from './loadBundleInputs';
import { planCaseBundle } from './planCaseBundle';
import { writeExportFiles } from './writeExportFiles';
import { readBundleFontFiles } from '../../pdf/bundle/bundleFonts';

const MB = 1024 * 1024;

const APPEAL_TYPE_NEEDED: BundleCheck = {
  code: 'appealTypeUnknown',
  severity: 'warning',
  message:
    'Tell us what the council decided, so the bundle uses the right sections and page limits for your kind of appeal.',
};

/** The page-by-page list stays in the main process: the screen needs sections, ranges and the index. */
const previewOf = ({ pages: _pages, ...preview }: BundlePlan): BundlePreview => preview;

/** "Appeal bundle - Alex - 2026-11-23.pdf", without characters that file systems refuse. */
const suggestedFileName = (appeal: CaseDetail, today: string) =>
  `Appeal bundle - ${appeal.name} - ${today}.pdf`.replace(/[<>:"/\\|?*]/g, '_');

/** The evidence bundle: its plan, the person's order and options, export and the export history. */
export function createBundleService(
  { db, now, newId, today, dialogs }: ServiceDeps,
  { fontsFolder }: { fontsFolder: string },
) {
  const repos = {
    cases: createCasesRepo(db),
    blobs: createBlobsRepo(db),
    documents: createDocumentsRepo(db),
    bundle: createBundleRepo(db),
    dates: createCaseDatesRepo(db),
    exports: createBundleExportsRepo(db),
  };
  const jobs = createExportJobs();

  const mustGetCase = (id: string): CaseDetail => {
    const found = repos.cases.findById(id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };

  const prepare = (caseId: string) => {
    const appeal = mustGetCase(caseId);
    const { inputs, plan } = planCaseBundle(repos, appeal, today());
    const checks = [...(inputs.decisionKnown ? [] : [APPEAL_TYPE_NEEDED]), ...checkBundle(plan, inputs.checkContext)];
    return { appeal, inputs, plan, checks };
  };

  const subjectDetails = (inputs: BundleInputs) => ({
    childName: inputs.planInput.caseDetails.childName,
    dateOfBirth: inputs.planInput.caseDetails.dateOfBirth,
    tribunalReference: inputs.planInput.caseDetails.tribunalReference,
  });

  const overview = (caseId: string): BundleOverview => {
    const { inputs, plan, checks } = prepare(caseId);
    const split = plan.documents.length > 0 ? splitIntoParts(plan, inputs.sizes, inputs.emailBudgetBytes) : null;
    return {
      caseId,
      plan: previewOf(plan),
      checks,
      ready: isBundleReady(checks),
      settings: {
        sectionPrefixes: plan.options.sectionPrefixes,
        dividerPages: plan.options.dividerPages,
        emailBudgetMb: Math.round((inputs.emailBudgetBytes / MB) * 10) / 10,
      },
      estimatedBytes: estimateBundleBytes(plan, inputs.sizes),
      parts: (split?.parts ?? []).map((part) => ({
        number: part.number,
        total: part.total,
        rangeText: part.rangeText,
        estimatedBytes: part.estimatedBytes,
        emailSubject: emailSubject(part, subjectDetails(inputs)),
      })),
    };
  };

  return {
    get(input: S.BundleCaseInput): BundleOverview {
      return overview(input.caseId);
    },

    saveOrder(input: S.SaveBundleOrderInput): BundleOverview {
      db.transaction(() => {
        mustGetCase(input.caseId);
        repos.bundle.replaceOrder(input.caseId, input.sections);
      })();
      return overview(input.caseId);
    },

    saveOptions(input: S.SaveBundleOptionsInput): BundleOverview {
      mustGetCase(input.caseId);
      repos.bundle.saveOptions(
        input.caseId,
        {
          sectionPrefixes: input.sectionPrefixes,
          dividerPages: input.dividerPages,
          emailBudgetBytes: Math.round(input.emailBudgetMb * MB),
        },
        now(),
      );
      return overview(input.caseId);
    },

    /**
     * Asks where to save (nothing happens if the person closes the window), then writes in the
     * background. A bundle without the decision letter is not exported: the Tribunal would send it back.
     */
    async export(input: S.ExportBundleInput): Promise<ExportStart> {
      const first = prepare(input.caseId);
      if (!isBundleReady(first.checks)) throw new AppError('PRECONDITION');
      const target = await dialogs.chooseSaveLocation({
        suggestedName: suggestedFileName(first.appeal, today()),
        filterName: 'PDF document',
        extensions: ['pdf'],
      });
      if (!target) return { started: false };
      // Read again after the dialog: the person may have changed something while it was open.
      const { appeal, inputs, plan, checks } = prepare(input.caseId);
      if (!isBundleReady(checks)) throw new AppError('PRECONDITION');
      const exportId = newId();
      jobs.start(exportId, appeal.id, async ({ signal, report }) => {
        let track = createProgressTracker(null, report);
        const files = await writeExportFiles({
          plan,
          fontFiles: readBundleFontFiles(fontsFolder),
          loadSource: (sha256) => {
            const bytes = repos.blobs.get(sha256);
            return bytes
              ? Promise.resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
              : Promise.reject(new Error(`A stored file is missing (${sha256.slice(0, 12)}).`));
          },
          target,
          split: input.split,
          sizes: inputs.sizes,
          emailBudgetBytes: inputs.emailBudgetBytes,
          subject: subjectDetails(inputs),
          signal,
          onPlan: (partCount) => {
            track = createProgressTracker(partCount, report);
          },
          onProgress: (progress) => track(progress),
        });
        const record: ExportRecord = {
          id: exportId,
          caseId: appeal.id,
          kind: 'bundle',
          createdAt: now(),
          split: files.length > 1,
          pageCount: plan.pageCount,
          documentIds: plan.documents.map((d) => d.id),
          files,
        };
        // The case may have been deleted for good while the file was written: then keep no record.
        if (repos.cases.findById(appeal.id)) repos.exports.insert(record);
        return record;
      });
      return { started: true, exportId };
    },

    exportStatus(input: S.ExportRefInput): ExportStatus {
      return jobs.status(input.exportId);
    },

    cancelExport(input: S.ExportRefInput): ExportStatus {
      return jobs.cancel(input.exportId);
    },

    /** Not part of the API: lets tests (and shutdown) wait for an export to finish. */
    waitForExport(exportId: string): Promise<ExportStatus> {
      return jobs.settled(exportId);
    },

    history(input: S.BundleCaseInput): ExportRecord[] {
      mustGetCase(input.caseId);
      return repos.exports.listByCase(input.caseId);
    },
  };
}

export type BundleService = ReturnType<typeof createBundleService>;
