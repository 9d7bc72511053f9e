import type { CaseDetail } from '../../../shared/api/types';
import type { BundlePlan } from '../../../shared/bundle/bundleTypes';
import { planBundle } from '../../../shared/bundle/planBundle';
import type { IsoDate } from '../../../shared/domain/dates';
import { loadBundleInputs, type BundleInputRepos, type BundleInputs } from './loadBundleInputs';

/**
 * The case's bundle as it stands now (its documents, the person's order and options). The bundle
 * screen and the written submissions both read it here, so a citation's bundle page is always the
 * page the exported bundle stamps.
 */
export function planCaseBundle(
  repos: BundleInputRepos,
  appeal: CaseDetail,
  today: IsoDate,
): { inputs: BundleInputs; plan: BundlePlan } {
  const inputs = loadBundleInputs(repos, appeal, today);
  return { inputs, plan: planBundle(inputs.planInput) };
}
