// Finds the system's Chromium or Chrome: nothing downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const INSTALL_HINT =
  'No Chromium found: install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.';

/** CHROME_PATH if set, else /usr/bin/chromium, else google-chrome / chromium-browser / chromium on PATH. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['google-chrome', 'chromium-browser', 'chromium', 'google-chrome-stable']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/** Flags for headless Chromium on a closed network, as root. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
