import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type * as AssessCaseModule from '../../../shared/domain/assessCase';

let loaded: Promise<typeof AssessCaseModule> | undefined;

/**
 * The rules engine's `assessCase`, so tests compute expected dates instead of hard-coding them.
 * Playwright's loader cannot import the bank-holiday JSON that the rules import (Node wants an
 * import attribute), so the module is bundled with esbuild first, as the app's build does.
 */
export function loadAssessCase(): Promise<typeof AssessCaseModule> {
  loaded ??= (async () => {
    const entry = fileURLToPath(new URL('../../../shared/domain/assessCase.ts', import.meta.url));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    return (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof AssessCaseModule;
  })();
  return loaded;
}
