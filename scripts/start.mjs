// `npm start`: launches the built app in Electron. Electron downloads its binary on first use;
// where that download cannot happen (no internet, or a blocked network) this says so plainly and
// points to the browser harness instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join('node_modules', 'electron');

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH)
    return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  const full = relative ? join(electronDir, 'dist', relative) : '';
  return full && existsSync(full) ? full : undefined;
}

let binary = electronBinary();
if (!binary) {
  console.log('Fetching the Electron program (first start only)...');
  // Electron's own installer; it fails fast when its download server cannot be reached.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  binary = electronBinary();
}

if (!binary) {
  console.error(
    [
      '',
      'Appeal Bundle could not start because the Electron program is not on this computer and could not be',
      'downloaded (this machine cannot reach the download server). Everything else is installed. On a computer',
      'with internet access, `npm start` fetches it once and then works offline. To try the app here instead, run',
      '`npm run dev:browser` and open the link it prints: it runs the same app in your web browser, on this',
      'computer only.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
