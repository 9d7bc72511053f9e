import type { App, Session, Shell } from 'electron';
import { isTrustedExternalUrl } from './externalLinks';
import { APP_SCHEME } from './appOrigin';

/**
 * Applies the Electron security checklist to every window the app will ever have
 * (research/reliability.md A1.1): no navigation away from the app, no new windows, no webviews,
 * no permission grants, and no network requests at all. Links to trusted help sites open in the
 * person's own browser after a check.
 */
export function hardenApp(app: App, shell: Shell): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isTrustedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Nothing leaves the computer: every request that is not for the app's own pages is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_SCHEME}://`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}
