import type { IntakeRunner } from '../../pdf/intake/intakeRunner';
import type { ThumbnailRunner } from '../../pdf/thumbnails/thumbnailRunner';

/**
 * The worker processes the documents service uses: one of each for the app's lifetime, started
 * by whoever owns the process (Electron main, the browser harness, tests) and passed in.
 */
export interface DocumentWorkers {
  intake: IntakeRunner;
  thumbnails: ThumbnailRunner;
}
