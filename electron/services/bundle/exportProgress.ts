import type { ExportPhase } from '../../../shared/api/types';
import type { BundleProgress } from '../../pdf/bundle/assembleBundle';

// Turns the writer's phase-by-phase progress into one percentage for the progress bar. The shares
// are rough measurements of where an export spends its time (copying pages dominates).
const SHARES: Record<BundleProgress['phase'], [number, number]> = {
  copying: [0, 60],
  stamping: [60, 80],
  saving: [80, 95],
  writing: [95, 100],
};

export interface ProgressState {
  phase: ExportPhase;
  percent: number;
  part: { number: number; total: number } | null;
}

/** Tracks progress across the parts of a split export (each part reports its own phases from 0). */
export function createProgressTracker(partCount: number | null, report: (state: ProgressState) => void) {
  let partIndex = -1;
  return (progress: BundleProgress): void => {
    // Every part (and a whole bundle) starts by reporting "copying, 0 done".
    if (progress.phase === 'copying' && progress.done === 0) partIndex = Math.max(0, partIndex + 1);
    const index = Math.max(0, partIndex);
    const [from, to] = SHARES[progress.phase];
    const within = from + ((to - from) * progress.done) / Math.max(1, progress.total);
    const total = partCount ?? 1;
    const percent = Math.min(99, Math.floor(((Math.min(index, total - 1) + within / 100) / total) * 100));
    report({
      phase: progress.phase,
      percent,
      part: partCount === null ? null : { number: Math.min(index, total - 1) + 1, total },
    });
  };
}
