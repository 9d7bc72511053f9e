/**
 * The app's Content Security Policy, sent with every page (Electron security checklist item 7).
 * Only the app's own scripts and styles run; nothing may be fetched from anywhere else, framed,
 * or posted to a form target. `connect-src 'self'` lets the browser harness reach its own
 * loopback API; in Electron 'self' is the app:// origin, which only serves packaged files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
