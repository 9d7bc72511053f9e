import { buildApi } from '../../shared/api/buildApi';
import type { Result } from '../../shared/api/result';
import { decodeJson, encodeJson } from './bytesJson';

// In the browser harness, `window.api` is built from the same method list as the Electron
// preload, but each call travels to the loopback harness over HTTP instead of IPC.
declare global {
  interface Window {
    api: ReturnType<typeof buildApi>;
  }
}

window.api = buildApi(async (channel, input): Promise<Result<unknown>> => {
  try {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: encodeJson(input ?? null),
    });
    return decodeJson(await response.text()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'The browser harness is not running. Start it again with npm run dev:browser.',
      },
    };
  }
});
