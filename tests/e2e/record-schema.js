// Checks a record (an exported file or the stored copy) against the published JSON Schemas in
// schema/, with Ajv in strict mode. Not a test file itself: specs import it.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Every version with a published schema, oldest first. */
export const VERSIONS = [1, 2, 3, 4];

/** The newest version: what the widgets are meant to write. */
export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1];

/** The schema documents, by version, as read from schema/record-v<N>.schema.json. */
export const SCHEMAS = Object.fromEntries(
  VERSIONS.map((v) => [
    v,
    JSON.parse(readFileSync(new URL(`../../schema/record-v${v}.schema.json`, import.meta.url), 'utf8')),
  ]),
);

// strict: unknown keywords, ambiguous types and the like are errors when a schema compiles, so a
// mistake in a schema fails every test rather than quietly checking less.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = Object.fromEntries(VERSIONS.map((v) => [v, ajv.compile(SCHEMAS[v])]));

/** Validates `json` against one version's schema, whatever its own `schema_version` says. */
export function validateAgainst(version, json) {
  const validate = validators[version];
  if (!validate) throw new Error(`no published schema for version ${version}`);
  const valid = validate(json);
  return { valid, errors: valid ? [] : [...validate.errors] };
}

/**
 * Validates a parsed record against the schema of its own `schema_version`.
 * Returns `{ valid, errors }`; `errors` are Ajv's error objects (empty when valid).
 */
export function validateRecord(json) {
  const version = json !== null && typeof json === 'object' ? json.schema_version : undefined;
  if (!Object.hasOwn(validators, String(version)) || !Number.isInteger(version)) {
    return {
      valid: false,
      errors: [
        {
          instancePath: '/schema_version',
          schemaPath: '',
          keyword: 'schema_version',
          params: { version },
          message: `has no published schema (found ${JSON.stringify(version)}; published: ${VERSIONS.join(', ')})`,
        },
      ],
    };
  }
  return validateAgainst(version, json);
}

/** Ajv's errors, one a line, for a person reading a test failure. */
export function formatErrors(errors) {
  return errors
    .map((e) => `  ${e.instancePath || '(the whole record)'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/** A Playwright assertion that `json` matches the schema of its own version. */
export function expectValidRecord(json, what = 'the record') {
  const { valid, errors } = validateRecord(json);
  const version = json?.schema_version;
  expect(valid, `${what} does not match schema/record-v${version}.schema.json:\n${formatErrors(errors)}`).toBe(true);
}
