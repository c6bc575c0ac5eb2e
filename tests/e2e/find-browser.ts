import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Finds a Chrome or Chromium: $BORDERLINE_BROWSER or $CHROME_PATH first, then the usual paths. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['BORDERLINE_BROWSER', 'CHROME_PATH']) {
    const p = env[name];
    if (p) {
      if (existsSync(p)) return p;
      throw new Error(`${name} is set to ${p}, but no file is there.`);
    }
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium found for the browser tests. Install one ' +
      '(Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: install Google Chrome) ' +
      'or point BORDERLINE_BROWSER at its executable.',
  );
}
