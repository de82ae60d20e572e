// Builds the SurveyJS comparison page into bench/out/surveyjs/: our page and script, the
// SurveyJS files as published on npm (no bundler: the UMD builds are used as they are), and
// the same site.css and favicon as the widgets' demo page (from dist/, so run after a build).
//
//   node bench/surveyjs/build.mjs
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const OUT = join(root, 'bench', 'out', 'surveyjs');

/** The SurveyJS library files the page loads: what "bundle" means for SurveyJS. */
export const LIBRARY = [
  'node_modules/survey-core/survey.core.min.js',
  'node_modules/survey-js-ui/survey-js-ui.min.js',
  'node_modules/survey-core/survey-core.fontless.min.css',
];

export function buildSurveyPage() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'lib'), { recursive: true });
  for (const file of LIBRARY) copyFileSync(join(root, file), join(OUT, 'lib', file.split('/').pop()));
  for (const file of ['index.html', 'survey.js']) copyFileSync(join(here, file), join(OUT, file));
  for (const file of ['site.css', 'favicon.svg']) copyFileSync(join(root, 'dist', file), join(OUT, file));
  return OUT;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`SurveyJS page built in ${buildSurveyPage()}`);
}
