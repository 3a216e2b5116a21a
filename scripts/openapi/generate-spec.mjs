#!/usr/bin/env node
// Writes the REST contract of the workspaces backend (openapi.yaml) as a typed
// object, `spec`, that the router is mounted on: handlers are then typed from the
// spec itself, and a change to the YAML that a handler does not follow is a type
// error. `--check` only compares, for CI: it fails when the file is stale.
//
// Backstage's own generator (`backstage-repo-tools package schema openapi generate
// --server`) would write the same object, but it runs the openapi-generator jar,
// downloaded from Maven Central at run time; builds here are offline, so this plain
// script does the part we need with the `yaml` package and prettier.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = resolve(root, 'plugins/workspaces-backend/src/schema');
const source = resolve(schemaDir, 'openapi.yaml');
const target = resolve(schemaDir, 'openapi/generated/spec.ts');

const header = `// generated from openapi.yaml by scripts/openapi/generate-spec.mjs; do not edit
// (change src/schema/openapi.yaml, then run yarn generate:openapi)
`;

function render() {
  const document = parse(readFileSync(source, 'utf8'));
  const text = `${header}\nexport const spec = ${JSON.stringify(
    document,
    null,
    2,
  )} as const;\n`;
  const options = prettier.resolveConfig.sync(target) ?? {};
  return prettier.format(text, { ...options, filepath: target });
}

const expected = render();
const shown = relative(root, target);
if (process.argv.includes('--check')) {
  let current;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== expected) {
    console.error(
      `${shown} is stale; run yarn generate:openapi and commit the result`,
    );
    process.exit(1);
  }
  console.log(`${shown} is current`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, expected);
  console.log(`wrote ${shown}`);
}
