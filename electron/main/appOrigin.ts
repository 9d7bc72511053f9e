/** The app's pages are served from app://bundle/, never from a remote URL or file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Only frames showing the app's own pages may call the API (Electron checklist item 17). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
