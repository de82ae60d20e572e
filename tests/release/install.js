// Before the release's tests: an empty project, and the release's tarball installed into it
// with npm, offline, as a web team would (`npm install ./recovery-widgets-<version>.tgz`).
// The project then serves the host pages in tests/release/pages/ from its root.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { PROJECT, TARBALL, VERSION } from './release.js';

export default function install() {
  if (!existsSync(TARBALL)) {
    throw new Error(`${TARBALL} is missing: run scripts/release.sh first`);
  }
  rmSync(PROJECT, { recursive: true, force: true });
  mkdirSync(PROJECT, { recursive: true });
  writeFileSync(`${PROJECT}/package.json`, `${JSON.stringify({ name: 'a-host-site', version: '1.0.0', private: true }, null, 2)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', TARBALL], {
    cwd: PROJECT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cpSync('tests/release/pages', PROJECT, { recursive: true });
  console.log(`Installed recovery-widgets ${VERSION} into ${PROJECT}`);
}
