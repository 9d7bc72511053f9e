import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy.ts';

// The renderer is built to static files served by the app:// protocol (Electron) or by the
// loopback browser harness; it never loads anything from a remote URL.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      name: 'content-security-policy-meta',
      transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY),
    },
  ],
  css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } } },
  build: {
    outDir: `../${process.env.APPEAL_BUNDLE_OUT ?? 'out'}/renderer`,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // Vite may inline small assets as data: URLs; fonts and images are allowed as data: by the CSP.
    assetsInlineLimit: 0,
  },
});
