// Checks FHIR R4 files with an independent validator: the npm package `fhir` (Lantana
// Consulting Group's FHIR.js, pinned in package.json), which reads the R4 (4.0.1) structure
// definitions and checks each resource's elements, their types and cardinality (required
// elements present, single ones not repeated), codes with a required binding against their
// value sets, and the type of each reference against its allowed targets. Any message it gives,
// warning or error, fails the check.
//
// On top of that, the rules of a document Bundle that it does not check (bdl-7, bdl-9, bdl-10,
// bdl-11, and that every reference resolves inside the Bundle), and that each resource is
// validated on its own as well as inside the Bundle ("every resource").
//
// Two kinds of message are expected and do not fail: a code from the project's own code
// system not found in a value set that the element binds only as an example or a preference
// (FHIR allows other codes there; FHIR.js warns), and a value set FHIR.js does not ship
// ("could not be found": those codes go unchecked; the distinct ones are listed at the end).
//
// Usage: node tests/fhir/validate.cjs FILE.json...   (a Bundle, or a Questionnaire, CodeSystem …)
// CommonJS, because FHIR.js is.

'use strict';
const { readFileSync } = require('node:fs');
const { Fhir } = require('fhir');

const fhir = new Fhir();
let problems = 0;

function report(file, where, message) {
  problems += 1;
  console.error(`${file}: ${where}: ${message}`);
}

const OUR_CODES = 'https://recovery-widgets.example/fhir/CodeSystem/recovery-widgets';
const unchecked = new Set();
const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ar', 'vi', 'pa', 'es'];

function validate(file, where, resource) {
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  // Where FHIR.js lacks the value set, it also warns that the code is not in it: that code
  // went unchecked, it was not found wanting.
  const missingAt = new Set();
  for (const m of result.messages) {
    const missing = m.severity === 'info' && /^Value set "(.*)" could not be found\.$/.exec(m.message);
    if (missing) {
      missingAt.add(m.location);
      unchecked.add(`${missing[1]} (${m.location.replace(/\[\d+\]/g, '')})`);
    }
  }
  for (const m of result.messages) {
    const notInValueSet = m.severity === 'warning' && m.message.endsWith('not found in value set');
    if (m.severity === 'info' && missingAt.has(m.location)) continue;
    if (notInValueSet && (m.message.includes(`(${OUR_CODES})`) || missingAt.has(m.location))) continue;
    // The person's language is a BCP 47 tag (zh-Hant, pa): valid in R4's all-languages, but
    // not all are in the shorter list FHIR prefers.
    const code = /^Code "([^"]*)"/.exec(m.message);
    if (notInValueSet && m.location.endsWith('.language') && code && LANGUAGES.includes(code[1])) continue;
    report(file, `${where} ${m.location}`, `${m.severity}: ${m.message}`);
  }
  if (!result.valid && result.messages.length === 0) {
    report(file, where, 'not valid');
  }
}

function references(value, out) {
  if (Array.isArray(value)) {
    value.forEach((v) => references(v, out));
  } else if (value && typeof value === 'object') {
    if (typeof value.reference === 'string') {
      out.push(value);
    }
    Object.values(value).forEach((v) => references(v, out));
  }
  return out;
}

function checkDocument(file, bundle) {
  const entries = bundle.entry || [];
  if (bundle.type !== 'document') report(file, 'Bundle.type', 'not a document');
  if (!bundle.identifier || !bundle.identifier.system || !bundle.identifier.value) {
    report(file, 'Bundle.identifier', 'a document needs an identifier with a system and a value (bdl-9)');
  }
  if (!bundle.timestamp) report(file, 'Bundle.timestamp', 'a document needs a timestamp (bdl-10)');
  if (!entries.length || entries[0].resource.resourceType !== 'Composition') {
    report(file, 'Bundle.entry[0]', 'a document begins with a Composition (bdl-11)');
  }
  const byUrl = new Map();
  const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  entries.forEach((entry, i) => {
    if (!uuid.test(entry.fullUrl || '')) report(file, `entry[${i}].fullUrl`, `not a urn:uuid: ${entry.fullUrl}`);
    if (byUrl.has(entry.fullUrl)) report(file, `entry[${i}].fullUrl`, 'used twice (bdl-7)');
    if (entry.fullUrl !== `urn:uuid:${entry.resource.id}`) {
      report(file, `entry[${i}]`, 'the fullUrl does not name the resource id');
    }
    byUrl.set(entry.fullUrl, entry.resource);
  });
  for (const ref of references(entries, [])) {
    const target = byUrl.get(ref.reference);
    if (!target) {
      report(file, 'reference', `${ref.reference} is not an entry of the Bundle`);
    } else if (ref.type && ref.type !== target.resourceType) {
      report(file, 'reference', `${ref.reference} is a ${target.resourceType}, not a ${ref.type}`);
    }
  }
  entries.forEach((entry, i) => {
    validate(file, `entry[${i}] ${entry.resource.resourceType}`, entry.resource);
  });
  return entries.length;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tests/fhir/validate.cjs FILE.json...');
  process.exit(2);
}
for (const file of files) {
  let resource;
  try {
    resource = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    report(file, 'file', `not JSON: ${e.message}`);
    continue;
  }
  validate(file, resource.resourceType, resource);
  if (resource.resourceType === 'Bundle') {
    const count = checkDocument(file, resource);
    console.log(`${file}: a document Bundle, ${count} resources checked`);
  } else {
    console.log(`${file}: ${resource.resourceType} checked`);
  }
}
if (unchecked.size > 0) {
  console.log(`Value sets FHIR.js does not have, so these codes went unchecked:\n  ${[...unchecked].sort().join('\n  ')}`);
}
if (problems > 0) {
  console.error(`${problems} problem(s) found`);
  process.exit(1);
}
