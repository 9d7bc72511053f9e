import { join } from 'node:path';
import { createIntakeRunner } from '../pdf/intake/intakeRunner';
import { createThumbnailRunner } from '../pdf/thumbnails/thumbnailRunner';
import type { DocumentWorkers } from '../services/documents/documentWorkers';
import { forkUtilityWorker } from './forkUtilityWorker';

/**
 * One intake runner and one thumbnail runner for the app's lifetime, each over utility processes
 * running the built worker modules in out/intake/. Reading untrusted files happens there, so a
 * file that crashes or freezes its reader never takes the window with it.
 */
export function startDocumentWorkers(outFolder: string): DocumentWorkers {
  const folder = join(outFolder, 'intake');
  return {
    intake: createIntakeRunner({
      spawn: forkUtilityWorker(join(folder, 'intakeWorker.mjs'), 'Appeal Bundle file reader'),
    }),
    thumbnails: createThumbnailRunner({
      spawn: forkUtilityWorker(join(folder, 'thumbnailWorker.mjs'), 'Appeal Bundle page previews'),
    }),
  };
}
