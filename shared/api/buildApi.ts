import type { AppApi } from './contract';
import { API_METHODS, channelOf } from './methods';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Builds `window.api` from the method list: one function per method, each sending one message on
 * its own channel. Used by the Electron preload (over ipcRenderer.invoke) and by the browser
 * harness (over loopback HTTP), so both expose exactly the same surface and nothing else.
 */
export function buildApi(invoke: Invoke): AppApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [namespace, methods] of Object.entries(API_METHODS)) {
    const entry: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const method of methods) {
      const channel = channelOf(namespace, method);
      entry[method] = (input: unknown) => invoke(channel, input);
    }
    api[namespace] = Object.freeze(entry);
  }
  // The compiler has checked that API_METHODS names exactly the methods of ApiSpec
  // (methodListMatchesSpec in contract.ts), so this object has AppApi's shape.
  return Object.freeze(api) as unknown as AppApi;
}
