import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/appOrigin';
import { serveRendererFile } from '../../../electron/main/rendererFiles';
import { useTempFolder } from '../../helpers/tempFolder';

const folder = useTempFolder();

function makeRoot(): string {
  const root = join(folder(), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<html></html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(folder(), 'secret.txt'), 'private');
  return root;
}

describe('serving the app pages', () => {
  it('serves index.html and assets with the CSP and the right type', async () => {
    const root = makeRoot();
    const page = await serveRendererFile(root, '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    const script = await serveRendererFile(root, '/assets/app.js');
    expect(script.headers.get('Content-Type')).toMatch(/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/../../secret.txt',
    '/%E0%A4%A',
    '/index.html%00.js',
    '/missing.js',
  ])('refuses %s', async (path) => {
    const response = await serveRendererFile(makeRoot(), path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('private');
  });

  it('trusts only frames showing app://bundle pages', () => {
    expect(isAppUrl('app://bundle/index.html#/cases/1')).toBe(true);
    for (const url of ['app://bundles/index.html', 'http://bundle/', 'https://app/bundle', 'file:///bundle', '']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });
});
