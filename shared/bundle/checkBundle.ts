// Checks on a planned bundle, each with a plain message that says what to do (§4, §7.3).
// Only a missing decision letter blocks "ready": everything else the family may have a reason for,
// or can ask the Tribunal about (a SEND7 request for change, §7.3 "Over-limit").
import { addYears, isBefore, type IsoDate } from '../domain/dates';
import type { AppealClassification } from '../domain/classifyAppeal';
import type { BundlePlan, PlannedDocument, SourceSizes } from './bundleTypes';
import { PLAN_LIMIT_CATEGORIES } from './bundleSections';
import { estimateBundleBytes, formatMegabytes } from './estimateBundleSize';
import { DEFAULT_EMAIL_BUDGET_BYTES } from './splitIntoParts';

export type CheckSeverity = 'blocking' | 'warning' | 'info';

export interface BundleCheck {
  code: string;
  severity: CheckSeverity;
  message: string;
  documentId?: string;
}

export interface CheckContext {
  classification: Pick<AppealClassification, 'certificate' | 'evidencePageLimit'>;
  hearingDate: IsoDate | null;
  today: IsoDate;
  sourceSizes: SourceSizes;
  /** Per-email size budget; the Tribunal's real limit is UNCERTAIN (§4, §14 item 3). */
  emailBudgetBytes?: number;
}

// §7.3 Practice Direction No. 1 of 2025 limits.
export const PD_LIMITS = {
  planAndAppendices: 150,
  workingDocument: 25,
  expertReport: 15,
  witnessStatement: 10,
  reportMaxAgeYears: 3,
} as const;

const pages = (n: number) => (n === 1 ? '1 page' : `${n} pages`);
const sumPages = (docs: PlannedDocument[]) => docs.reduce((s, d) => s + d.pageCount, 0);
const has = (plan: BundlePlan, category: PlannedDocument['category']) =>
  plan.documents.some((d) => d.category === category);

function appealDocumentChecks(plan: BundlePlan, context: CheckContext): BundleCheck[] {
  const checks: BundleCheck[] = [];
  if (!has(plan, 'LA_DECISION')) {
    checks.push({
      code: 'decisionLetterMissing',
      severity: 'blocking',
      message:
        "Add the council's decision letter (the letter that says you can appeal). The Tribunal sends an appeal back " +
        'without it. Import it, then set its type to "Council decision letter".',
    });
  }
  if (context.classification.certificate === 'required' && !has(plan, 'MEDIATION_CERT')) {
    checks.push({
      code: 'certificateMissing',
      severity: 'warning',
      message:
        'This kind of appeal needs a mediation certificate. Add it and set its type to "Mediation certificate". ' +
        'If you do not have one, you must explain to the Tribunal why.',
    });
  }
  if (plan.hasPlanSection && !has(plan, 'EHCP_FINAL')) {
    checks.push({
      code: 'finalPlanMissing',
      severity: 'warning',
      message:
        'Add the final EHC plan with all its appendices. If some appendices are missing, send what you have and ' +
        'ask the council for the rest.',
    });
  }
  return checks;
}

function limitChecks(plan: BundlePlan, context: CheckContext): BundleCheck[] {
  const checks: BundleCheck[] = [];
  const evidence = plan.sections.find((s) => s.id === 'C');
  const evidencePages = evidence ? sumPages(evidence.documents) : 0;
  const limit = context.classification.evidencePageLimit;
  const uncertainNote = limit.uncertain
    ? ' We could not confirm the exact limit for this kind of appeal, so check the directions the Tribunal sends you.'
    : '';
  if (limit.pages === null) {
    checks.push({
      code: 'evidenceLimitUnknown',
      severity: 'info',
      message:
        `Your evidence is ${pages(evidencePages)}. We could not confirm how many pages of evidence are allowed for ` +
        'this kind of appeal; the directions the Tribunal sends you will say.',
    });
  } else if (evidencePages > limit.pages) {
    checks.push({
      code: 'evidenceOverLimit',
      severity: 'warning',
      message:
        `Your evidence is ${pages(evidencePages)}; the limit for this kind of appeal is ${limit.pages} pages ` +
        '(Practice Direction No. 1 of 2025). Take out what is least important, or ask the Tribunal for more pages ' +
        'with form SEND7 and explain why you need them.' +
        uncertainNote,
    });
  } else if (limit.uncertain) {
    checks.push({
      code: 'evidenceLimitUncertain',
      severity: 'info',
      message: `Your evidence is ${pages(evidencePages)}, within the ${limit.pages}-page limit we show.${uncertainNote}`,
    });
  }

  const planPages = sumPages(
    plan.documents.filter((d) => d.category !== null && PLAN_LIMIT_CATEGORIES.includes(d.category)),
  );
  if (planPages > PD_LIMITS.planAndAppendices) {
    checks.push({
      code: 'planOverLimit',
      severity: 'warning',
      message:
        `The EHC plan and its appendices come to ${pages(planPages)}; the limit is ${PD_LIMITS.planAndAppendices}. ` +
        'Check for duplicate or blank pages, or ask the Tribunal with form SEND7.',
    });
  }
  for (const doc of plan.documents) {
    const perDocument: [PlannedDocument['category'], number, string, string][] = [
      ['EXPERT_REPORT', PD_LIMITS.expertReport, 'expertReportTooLong', 'An expert report'],
      ['WITNESS_STATEMENT', PD_LIMITS.witnessStatement, 'witnessStatementTooLong', 'A witness statement'],
      ['WORKING_DOC', PD_LIMITS.workingDocument, 'workingDocumentTooLong', 'The working document'],
    ];
    for (const [category, max, code, what] of perDocument) {
      if (doc.category === category && doc.pageCount > max) {
        checks.push({
          code,
          severity: 'warning',
          documentId: doc.id,
          message:
            `"${doc.title}" is ${pages(doc.pageCount)}. ${what} can be at most ${max} pages (Practice Direction No. 1 ` +
            'of 2025). Ask the author for a shorter version, or explain to the Tribunal why it needs to be longer.',
        });
      }
    }
  }
  return checks;
}

function documentChecks(plan: BundlePlan, context: CheckContext): BundleCheck[] {
  const checks: BundleCheck[] = [];
  const reference = context.hearingDate ?? context.today;
  const cutOff = addYears(reference, -PD_LIMITS.reportMaxAgeYears);
  const when = context.hearingDate === null ? 'today' : 'at the hearing';
  const firstBySha = new Map<string, PlannedDocument>();
  for (const doc of plan.documents) {
    if (doc.category === 'EXPERT_REPORT' && doc.documentDate !== null && isBefore(doc.documentDate, cutOff)) {
      checks.push({
        code: 'reportTooOld',
        severity: 'warning',
        documentId: doc.id,
        message:
          `"${doc.title}" will be more than 3 years old ${when}. The Tribunal only accepts older reports in ` +
          'exceptional cases: ask for an updated report, or explain why this one is still needed.',
      });
    }
    const earlier = firstBySha.get(doc.originalSha256);
    if (earlier) {
      checks.push({
        code: 'duplicateDocument',
        severity: 'warning',
        documentId: doc.id,
        message: `"${doc.title}" is the same file as "${earlier.title}". The Tribunal asks for no duplicate copies: remove one.`,
      });
    } else firstBySha.set(doc.originalSha256, doc);
    if (doc.documentDate === null) {
      checks.push({
        code: 'undatedDocument',
        severity: 'warning',
        documentId: doc.id,
        message:
          `"${doc.title}" has no date, so it is placed at the end of its section. Add the date written on it so it ` +
          'appears in date order, as the Tribunal asks.',
      });
    }
  }
  for (const id of plan.skippedDocumentIds) {
    checks.push({
      code: 'documentHasNoPages',
      severity: 'warning',
      documentId: id,
      message: 'A document has no pages left, so it is not in the bundle. Remove it or import it again.',
    });
  }
  return checks;
}

function sizeCheck(plan: BundlePlan, context: CheckContext): BundleCheck[] {
  const budget = context.emailBudgetBytes ?? DEFAULT_EMAIL_BUDGET_BYTES;
  const estimate = estimateBundleBytes(plan, context.sourceSizes);
  const uncertain =
    ' We could not find an official size limit for emails to the Tribunal, so the app uses the limit in your ' +
    'settings; change it if the Tribunal tells you otherwise.';
  if (estimate <= budget) {
    return [
      {
        code: 'sizeWithinBudget',
        severity: 'info',
        message: `The bundle will be about ${formatMegabytes(estimate)}, within your ${formatMegabytes(budget)} email limit.${uncertain}`,
      },
    ];
  }
  return [
    {
      code: 'sizeOverBudget',
      severity: 'warning',
      message:
        `The bundle will be about ${formatMegabytes(estimate)}, more than your ${formatMegabytes(budget)} email limit. ` +
        'Export it in parts and send each part in its own email, with "Part 1 of N" in the subject.' +
        uncertain,
    },
  ];
}

export function checkBundle(plan: BundlePlan, context: CheckContext): BundleCheck[] {
  return [
    ...appealDocumentChecks(plan, context),
    ...limitChecks(plan, context),
    ...documentChecks(plan, context),
    ...sizeCheck(plan, context),
  ];
}

/** "Ready" means nothing blocking is left. */
export function isBundleReady(checks: BundleCheck[]): boolean {
  return !checks.some((c) => c.severity === 'blocking');
}
