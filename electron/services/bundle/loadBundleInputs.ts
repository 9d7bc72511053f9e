import type {
  BundleDocumentInput,
  BundleOptions,
  PageRotation,
  PlanBundleInput,
  SourceSizes,
} from '../../../shared/bundle/bundleTypes';
import type { CheckContext } from '../../../shared/bundle/checkBundle';
import { DEFAULT_EMAIL_BUDGET_BYTES } from '../../../shared/bundle/splitIntoParts';
import type { CaseDetail } from '../../../shared/api/types';
import { classifyAppeal } from '../../../shared/domain/classifyAppeal';
import type { IsoDate } from '../../../shared/domain/dates';
import type { DecisionType } from '../../../shared/domain/decisionTypes';
import type { BundleRepo, StoredBundleOptions } from '../../db/repositories/bundleRepo';
import type { DocumentsRepo } from '../../db/repositories/documentsRepo';
import type { EnteredDate } from '../../../shared/domain/timelineTypes';
import { appealTypeLabel, decisionOf } from './appealType';

export const DEFAULT_BUNDLE_OPTIONS: StoredBundleOptions = {
  sectionPrefixes: false,
  dividerPages: false,
  emailBudgetBytes: DEFAULT_EMAIL_BUDGET_BYTES,
};

// Until the person says what the council decided, plan with every section (nothing is hidden) and
// let the checks say that the appeal type is still needed.
const UNKNOWN_DECISION: DecisionType = { id: 'contents', sections: {} };

export interface BundleInputs {
  planInput: PlanBundleInput;
  checkContext: CheckContext;
  /** Whether the person has told us what the council decided. */
  decisionKnown: boolean;
  emailBudgetBytes: number;
  sizes: SourceSizes;
}

export interface BundleInputRepos {
  documents: DocumentsRepo;
  bundle: BundleRepo;
  dates: { listForCase(caseId: string): EnteredDate[] };
}

/** Everything planBundle and checkBundle need, read from the workspace for one case. */
export function loadBundleInputs(repos: BundleInputRepos, appeal: CaseDetail, today: IsoDate): BundleInputs {
  const { kinds, sizes } = repos.bundle.sources(appeal.id);
  const documents: BundleDocumentInput[] = repos.documents.listByCase(appeal.id).map((doc) => ({
    id: doc.id,
    title: doc.title,
    documentDate: doc.documentDate,
    author: doc.author,
    category: doc.category,
    originalSha256: doc.originalSha256,
    pages: repos.documents.pages(doc.id).map((page) => ({
      source:
        kinds.get(page.sourceSha256) === 'jpeg'
          ? { kind: 'jpeg', sourceSha256: page.sourceSha256 }
          : { kind: 'pdf', sourceSha256: page.sourceSha256, pageIndex: page.sourcePageIndex },
      // The database only allows these four values (migration 0002).
      rotation: page.rotation as PageRotation,
    })),
  }));

  const stored = repos.bundle.options(appeal.id) ?? DEFAULT_BUNDLE_OPTIONS;
  const options: BundleOptions = { sectionPrefixes: stored.sectionPrefixes, dividerPages: stored.dividerPages };
  const decision = decisionOf(appeal.facts);
  const classification = decision
    ? classifyAppeal({ decision, decisionDate: appeal.facts.decisionDate })
    : { certificate: 'notApplicable' as const, evidencePageLimit: { pages: null, uncertain: true } };
  const hearing = repos.dates.listForCase(appeal.id).find((d) => d.kind === 'hearing');

  return {
    planInput: {
      decision: decision ?? UNKNOWN_DECISION,
      caseDetails: {
        // Cases have no separate child's name field: the case name is usually the child's first name.
        childName: appeal.name,
        dateOfBirth: appeal.facts.dateOfBirth ?? null,
        council: appeal.council ?? 'Not given',
        appealTypeLabel: appealTypeLabel(decision),
        tribunalReference: appeal.tribunalReference,
        datePrepared: today,
      },
      documents,
      savedOrder: repos.bundle.order(appeal.id),
      options,
    },
    checkContext: {
      classification,
      hearingDate: hearing?.date ?? null,
      today,
      sourceSizes: sizes,
      emailBudgetBytes: stored.emailBudgetBytes,
    },
    decisionKnown: decision !== null,
    emailBudgetBytes: stored.emailBudgetBytes,
    sizes,
  };
}
