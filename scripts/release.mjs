// Makes the release a web team downloads, from the bundle in dist/widgets/ (scripts/build.sh):
//
//   release/recovery-widgets-<version>.tgz   an npm package (npm install ./that-file)
//   release/recovery-widgets-<version>.zip   the same files, in a folder of that name
//
// Both hold the loader, the glue, the wasm module, the language files and the record schemas,
// each with a .br
// (brotli, best quality) and a .gz (gzip -9) beside it; integrity.json (SHA-384 for
// Subresource Integrity); custom-elements.json (the Custom Elements Manifest) and widgets.d.ts
// (TypeScript), both written from src/host/host-api.json; README.md, LICENSE files,
// CHANGELOG.md, package.json, and the FHIR definitions for the care team's file (fhir/). Run
// through scripts/release.sh.
//
//   node scripts/release.mjs [--dir dist/widgets] [--out release]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { brotli, gzip } from './compress.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const bundle = resolve(option('dir', 'dist/widgets'));
const out = resolve(option('out', 'release'));
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

// The version is the Rust package's, and the changelog must say what it holds.
const cargo = readFileSync('Cargo.toml', 'utf8');
const version = cargo.split('[package]')[1]?.match(/^version = "([^"]+)"/m)?.[1];
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) fail('no semantic version in Cargo.toml [package]');
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?( |$)`, 'm').test(changelog)) {
  fail(`CHANGELOG.md has no "## ${version}" section: say what this version changes for a host first`);
}

const api = JSON.parse(readFileSync('src/host/host-api.json', 'utf8'));
const name = 'recovery-widgets';
const folder = `${name}-${version}`;
const stage = resolve('target/release-package', folder);
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

const files = new Map(); // path in the package → bytes
const put = (path, bytes) => files.set(path, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// The files a host serves. The loader carries the wasm module's hash, so that a page that
// loads the loader with `integrity` has the module checked too.
const served = ['recovery-widgets_bg.wasm', 'recovery-widgets.js', 'widgets.js'];
for (const file of served) {
  try {
    put(file, readFileSync(join(bundle, file)));
  } catch {
    fail(`${join(bundle, file)} is missing: run scripts/build.sh first`);
  }
}
// The language files the loader fetches, each checked by its hash too (en.json is the source
// for translators: English is in the module, and the loader never fetches it).
const languages = readdirSync(join(bundle, 'lang')).filter((f) => f.endsWith('.json')).sort();
for (const file of languages) put(`lang/${file}`, readFileSync(join(bundle, 'lang', file)));
const fill = (text, placeholder, value) => {
  if (!text.includes(placeholder)) fail(`widgets.js has no \`${placeholder}\` to fill in`);
  return text.replace(placeholder, value);
};
let loader = files.get('widgets.js').toString('utf8');
loader = fill(loader, "const WASM_INTEGRITY = '';", `const WASM_INTEGRITY = '${sri(files.get('recovery-widgets_bg.wasm'))}';`);
const languageHashes = Object.fromEntries(languages.map((f) => [f.replace(/\.json$/, ''), sri(files.get(`lang/${f}`))]));
loader = fill(loader, 'const LANGUAGE_INTEGRITY = {};', `const LANGUAGE_INTEGRITY = ${JSON.stringify(languageHashes)};`);
put('widgets.js', loader);
for (const schema of readdirSync(join(bundle, 'schema')).filter((f) => f.endsWith('.json')).sort()) {
  put(`schema/${schema}`, readFileSync(join(bundle, 'schema', schema)));
}
const servedFiles = [...files.keys()];

put('integrity.json', `${JSON.stringify(Object.fromEntries(servedFiles.map((f) => [f, sri(files.get(f))])), null, 2)}\n`);
for (const file of servedFiles) {
  put(`${file}.br`, brotli(files.get(file)));
  put(`${file}.gz`, gzip(files.get(file)));
}

// The host API, for editors, frameworks and TypeScript.
const tags = api.elements.map((e) => e.tag);
const tagType = tags.map((t) => `'${t}'`).join(' | ');
const elementEvents = api.events.filter((e) => e.target === 'element');
const detailText = (event) =>
  event.detailFields
    ? `{ ${Object.entries(event.detailFields).map(([k, v]) => `${k}: ${v === 'RecoveryWidgetTag' ? tagType : v}`).join('; ')} }`
    : event.detailType;
const documentEvents = api.events.filter((e) => e.target === 'document');
put('custom-elements.json', `${JSON.stringify({
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [{
    kind: 'javascript-module',
    path: 'widgets.js',
    summary: 'The loader: defines every element and loads the WebAssembly module once for all of them.',
    description: documentEvents.map((e) => `Event \`${e.name}\` on document (detail: ${e.detailType}): ${e.description}`).join('\n'),
    declarations: api.elements.map((element) => ({
      kind: 'class',
      name: element.className,
      tagName: element.tag,
      customElement: true,
      summary: element.summary,
      description: `${element.summary} Renders in its own open shadow root; content inside the element shows only when JavaScript is off. Every setting is an attribute; a change restarts the widget (the record stays).`,
      superclass: { name: 'HTMLElement', package: 'global:' },
      attributes: api.attributes.map((a) => ({
        name: a.name,
        type: { text: a.type },
        ...(a.default !== undefined && { default: a.default }),
        description: a.pageWide ? `${a.description} Can also be set for the whole page as data-recovery-${a.name} on <html>.` : a.description,
      })),
      events: elementEvents.map((e) => ({ name: e.name, type: { text: `CustomEvent<${detailText(e)}>` }, description: e.description })),
      cssProperties: api.cssProperties.map((p) => ({ name: p.name, syntax: p.syntax, default: p.default, description: p.description })),
    })),
    exports: api.elements.map((element) => ({
      kind: 'custom-element-definition',
      name: element.tag,
      declaration: { name: element.className, module: 'widgets.js' },
    })),
  }],
}, null, 2)}\n`);

const doc = (text, indent = '') => `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n`;
const attributeType = (a) => (a.type === 'boolean' ? "boolean | ''" : a.type);
put('widgets.d.ts', `// ${name} ${version}: the host API's types, written from src/host/host-api.json.
// \`import '${name}';\` defines the elements; these types describe them.

/** The name of every element the loader defines. */
export type RecoveryWidgetTag = ${tagType};

/** The attributes every widget reads (all optional, all strings in HTML), for JSX and templates. */
export interface RecoveryWidgetAttributes {
${api.attributes.map((a) => `${doc(`${a.description}${a.default !== undefined ? ` Default: \`${a.default}\`.` : ''}`, '  ')}  '${a.name}'?: ${attributeType(a)};`).join('\n')}
}

${elementEvents.map((e) => `${doc(`The detail of \`${e.name}\`.`)}export interface ${e.detailType} {
${Object.entries(e.detailFields ?? {}).map(([k, v]) => `  ${k}: ${v};`).join('\n')}
}`).join('\n\n')}

/** The events a widget dispatches, with their details, beside every HTMLElement event. */
export interface RecoveryWidgetEventMap extends HTMLElementEventMap {
${elementEvents.map((e) => `${doc(e.description, '  ')}  '${e.name}': CustomEvent<${e.detailType}>;`).join('\n')}
}

/** A widget's element. Settings are attributes: there are no properties beyond HTMLElement's. */
export interface RecoveryWidgetElement extends HTMLElement {
  addEventListener<K extends keyof RecoveryWidgetEventMap>(type: K, listener: (this: RecoveryWidgetElement, event: RecoveryWidgetEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RecoveryWidgetEventMap>(type: K, listener: (this: RecoveryWidgetElement, event: RecoveryWidgetEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

${api.elements.map((e) => `${doc(`\`<${e.tag}>\`: ${e.summary}`)}export interface ${e.className} extends RecoveryWidgetElement {}`).join('\n')}

declare global {
  interface HTMLElementTagNameMap {
${api.elements.map((e) => `    '${e.tag}': ${e.className};`).join('\n')}
  }
  interface DocumentEventMap {
${elementEvents.map((e) => `${doc(`Bubbles up from every widget. ${e.description}`, '    ')}    '${e.name}': CustomEvent<${e.detailType}>;`).join('\n')}
${documentEvents.map((e) => `${doc(e.description, '    ')}    '${e.name}': CustomEvent<${e.detailType}>;`).join('\n')}
  }
}
`);

// What a person reads first, with the tables written from the same source.
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('<', '&lt;');
const readme = readFileSync('src/host/package-readme.md', 'utf8')
  .replaceAll('{{version}}', version)
  .replace('{{elements}}', api.elements.map((e) => `- \`<${e.tag}>\`: ${e.summary}`).join('\n'))
  .replace('{{attributes}}', table(['attribute', 'type', 'default', 'what it does'], api.attributes.map((a) => [
    `\`${a.name}\``, `\`${cell(a.type)}\``, a.default === undefined ? '' : `\`${a.default}\``, cell(a.description),
  ])))
  .replace('{{events}}', table(['event', 'dispatched on', 'detail', 'what it means'], api.events.map((e) => [
    `\`${e.name}\``, e.target === 'element' ? 'the element (bubbles, composed)' : '`document`', `\`${cell(detailText(e))}\``, cell(e.description),
  ])))
  .replace('{{properties}}', table(['property', 'default', 'used for'], api.cssProperties.map((p) => [
    `\`${p.name}\``, `\`${cell(p.default)}\``, cell(p.description),
  ])));
if (/\{\{\w+\}\}/.test(readme)) fail(`src/host/package-readme.md has a placeholder this script does not fill: ${readme.match(/\{\{\w+\}\}/)[0]}`);
put('README.md', readme);
put('CHANGELOG.md', changelog);
for (const license of ['LICENSE', 'LICENSE-MIT', 'LICENSE-APACHE']) put(license, readFileSync(license));
// The FHIR definitions a care team's system reads the care-team-file with (docs/fhir.md):
// for integrators, not served to the browser.
for (const definition of readdirSync('fhir').filter((f) => f.endsWith('.json')).sort()) {
  put(`fhir/${definition}`, readFileSync(join('fhir', definition)));
}

const description = cargo.split('[package]')[1].match(/^description = "([^"]+)"/m)[1];
put('package.json', `${JSON.stringify({
  name,
  version,
  description,
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './widgets.js',
  types: './widgets.d.ts',
  exports: {
    '.': { types: './widgets.d.ts', default: './widgets.js' },
    './widgets.js': { types: './widgets.d.ts', default: './widgets.js' },
    './recovery-widgets.js': './recovery-widgets.js',
    './recovery-widgets_bg.wasm': './recovery-widgets_bg.wasm',
    './custom-elements.json': './custom-elements.json',
    './integrity.json': './integrity.json',
    './schema/*': './schema/*',
    './fhir/*': './fhir/*',
    './lang/*': './lang/*',
    './package.json': './package.json',
  },
  customElements: 'custom-elements.json',
  sideEffects: ['./widgets.js'],
  files: [...files.keys()].filter((f) => f !== 'package.json').sort(),
  keywords: ['web-components', 'custom-elements', 'mental-health', 'recovery', 'wasm'],
}, null, 2)}\n`);

// The package: npm packs it (npm's own format, with fixed file times); the zip holds the same
// files, with a fixed time too, so that two releases of the same build are the same bytes.
for (const [path, bytes] of files) {
  mkdirSync(dirname(join(stage, path)), { recursive: true });
  writeFileSync(join(stage, path), bytes);
}
mkdirSync(out, { recursive: true });
const tgz = join(out, `${folder}.tgz`);
const zip = join(out, `${folder}.zip`);
rmSync(tgz, { force: true });
rmSync(zip, { force: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }))[0];
if (join(out, packed.filename) !== tgz) fail(`npm packed ${packed.filename}, not ${folder}.tgz`);
const packedFiles = packed.files.map((f) => f.path).sort();
const ours = [...files.keys()].sort();
if (JSON.stringify(packedFiles) !== JSON.stringify(ours)) {
  fail(`npm packed other files than the release holds:\n  packed ${packedFiles.join(', ')}\n  release ${ours.join(', ')}`);
}
const mtime = new Date('2000-01-01T00:00:00Z');
const stored = /\.(br|gz)$/;
writeFileSync(zip, zipSync(Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b)).map(([path, bytes]) => [
  `${folder}/${path}`, [new Uint8Array(bytes), { level: stored.test(path) ? 0 : 9, mtime }],
]))));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(11);
console.log(`\nThe release (${relative(process.cwd(), out)}/), version ${version}:`);
for (const file of [tgz, zip]) console.log(`${relative(process.cwd(), file).padEnd(44)}${kb(statSync(file).size)}`);
console.log(`\nWhat each holds (${files.size} files):`);
for (const path of ours) console.log(`  ${path.padEnd(42)}${kb(files.get(path).length)}`);
const transfer = (suffix) => served.reduce((sum, f) => sum + files.get(`${f}${suffix}`).length, 0);
console.log(`\nWhat a browser downloads (loader, glue, wasm): ${kb(transfer('')).trim()} raw, ` +
  `${kb(transfer('.gz')).trim()} gzip, ${kb(transfer('.br')).trim()} brotli.`);
