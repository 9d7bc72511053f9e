import type { ExportBundleInput } from '../../shared/api/schemas';
import type { BundleService } from '../services/bundle/bundleService';

/**
 * Keeps the ids of bundle exports still running, so that locking can cancel them and wait for
 * them to stop before the database closes (an export reads the documents as it writes).
 */
export function trackExports(bundle: BundleService) {
  const running = new Set<string>();
  return {
    bundle: {
      ...bundle,
      async export(input: ExportBundleInput) {
        const started = await bundle.export(input);
        if (started.started) {
          running.add(started.exportId);
          void bundle
            .waitForExport(started.exportId)
            .catch(() => undefined)
            .finally(() => running.delete(started.exportId));
        }
        return started;
      },
    } satisfies BundleService,

    /** Cancels every running export and resolves once each has stopped, whatever its outcome. */
    async cancelAll(): Promise<void> {
      await Promise.all(
        [...running].map(async (exportId) => {
          bundle.cancelExport({ exportId });
          await bundle.waitForExport(exportId).catch(() => undefined);
        }),
      );
    },
  };
}
