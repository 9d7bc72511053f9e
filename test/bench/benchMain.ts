import { runBundleBench } from './runBundleBench';
import { runDocumentsBench } from './documentsBench';
import { runWorkspaceBench } from './workspaceBench';

/** Everything `npm run bench` measures, one after the other so they do not share the CPU. */
export async function runAllBenches(intakeWorkerFolder: string): Promise<void> {
  await runDocumentsBench(intakeWorkerFolder);
  await runBundleBench();
  await runWorkspaceBench();
}
