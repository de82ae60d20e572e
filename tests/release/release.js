// Where the release and its test project are, for tests/release/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const VERSION = readFileSync('Cargo.toml', 'utf8').split('[package]')[1].match(/^version = "([^"]+)"/m)[1];
export const TARBALL = resolve(`release/recovery-widgets-${VERSION}.tgz`);
export const ZIP = resolve(`release/recovery-widgets-${VERSION}.zip`);
/** The empty project the tarball is installed into. */
export const PROJECT = resolve('target/release-test/site');
/** The installed package. */
export const INSTALLED = `${PROJECT}/node_modules/recovery-widgets`;
