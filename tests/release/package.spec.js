// The package as a web team receives it: installed offline with npm (tests/release/install.js),
// the same files in the zip, types that check a host's TypeScript, and a Custom Elements
// Manifest that the published schema accepts and that matches the host API's source.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import { INSTALLED, PROJECT, VERSION, ZIP } from './release.js';

const require = createRequire(import.meta.url);
const api = JSON.parse(readFileSync('src/host/host-api.json', 'utf8'));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the tarball installs with npm, offline, and the zip holds the same files', () => {
  const installed = JSON.parse(readFileSync(`${INSTALLED}/package.json`, 'utf8'));
  expect(installed.version).toBe(VERSION);
  // What a bundler or Node resolves the package's name to.
  const resolved = createRequire(`${PROJECT}/package.json`);
  expect(relative(INSTALLED, resolved.resolve('recovery-widgets'))).toBe('widgets.js');
  expect(relative(INSTALLED, resolved.resolve('recovery-widgets/custom-elements.json'))).toBe('custom-elements.json');

  const zip = unzipSync(readFileSync(ZIP));
  const inZip = Object.keys(zip).map((path) => path.replace(`recovery-widgets-${VERSION}/`, '')).sort();
  const inTarball = filesUnder(INSTALLED).map((path) => relative(INSTALLED, path)).sort();
  expect(inZip).toEqual(inTarball);
  for (const path of inTarball) {
    const same = Buffer.compare(Buffer.from(zip[`recovery-widgets-${VERSION}/${path}`]), readFileSync(join(INSTALLED, path))) === 0;
    expect(same, `${path} is the same in the zip`).toBe(true);
  }
  for (const served of ['widgets.js', 'recovery-widgets.js', 'recovery-widgets_bg.wasm', 'schema/record-v3.schema.json', 'schema/record-v4.schema.json']) {
    for (const file of [served, `${served}.br`, `${served}.gz`]) expect(inTarball).toContain(file);
  }
  for (const file of ['integrity.json', 'custom-elements.json', 'widgets.d.ts', 'README.md', 'LICENSE', 'CHANGELOG.md',
    'fhir/Questionnaire-strengths-inventory.json', 'fhir/CodeSystem-recovery-widgets.json']) {
    expect(inTarball).toContain(file);
  }
});

test('the TypeScript declarations check a host file with tsc', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', PROJECT], { encoding: 'utf8' });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  expect(output).toBe('');
});

test('custom-elements.json validates against the Custom Elements Manifest schema', () => {
  const schema = require('custom-elements-manifest/schema.json');
  const ajv = new Ajv({ allErrors: true, strict: false }).addSchema(schema, 'cem');
  const validate = ajv.getSchema('cem');
  const manifest = JSON.parse(readFileSync(`${INSTALLED}/custom-elements.json`, 'utf8'));
  expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  // The schema lets any declaration pass as a plain class, so each element is also checked as
  // what it is, a custom element; and the check is awake: an attribute without a name fails.
  const element = ajv.compile({ $ref: 'cem#/definitions/CustomElementDeclaration' });
  for (const declaration of manifest.modules[0].declarations) {
    expect(element(declaration) ? [] : element.errors).toEqual([]);
  }
  const broken = structuredClone(manifest.modules[0].declarations[0]);
  delete broken.attributes[0].name;
  expect(element(broken)).toBe(false);

  // Tools find it, and it says what the host API's source says.
  const installed = JSON.parse(readFileSync(`${INSTALLED}/package.json`, 'utf8'));
  expect(installed.customElements).toBe('custom-elements.json');
  const elements = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);
  expect(elements.map((e) => e.tagName)).toEqual(api.elements.map((e) => e.tag));
  for (const element of elements) {
    expect(element.attributes.map((a) => a.name)).toEqual(api.attributes.map((a) => a.name));
    expect(element.attributes.every((a) => a.type?.text && a.description)).toBe(true);
    expect(element.events.map((e) => e.name)).toEqual(['recovery-widget-ready']);
    expect(element.cssProperties.map((p) => [p.name, p.default])).toEqual(api.cssProperties.map((p) => [p.name, p.default]));
  }
  const defined = manifest.modules[0].exports.filter((e) => e.kind === 'custom-element-definition').map((e) => e.name);
  expect(defined).toEqual(api.elements.map((e) => e.tag));
});
