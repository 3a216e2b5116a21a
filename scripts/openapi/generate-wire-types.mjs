#!/usr/bin/env node
// Generates the TypeScript wire types of the workspaces REST API from its OpenAPI
// spec, so the -common types, the client and the frontend fail to compile when they
// drift from the contract. With --check it writes nothing and fails when the checked-in
// file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const specPath = resolve(
  root,
  'plugins/workspaces-backend/src/schema/openapi.yaml',
);
const outputPath = resolve(
  root,
  'plugins/workspaces-common/src/generated/openapi.ts',
);

const header = `// generated; do not edit; run yarn generate:openapi
// Source: ${relative(root, specPath)}
/* eslint-disable */
`;

async function render() {
  const ast = await openapiTS(pathToFileURL(specPath), {
    // A property with a default is still optional to send; the server fills it in.
    defaultNonNullable: false,
  });
  const text = header + withReleaseTags(asTsdoc(astToString(ast)));
  const options = (await prettier.resolveConfig(outputPath)) ?? {};
  return prettier.format(text, { ...options, filepath: outputPath });
}

// openapi-typescript writes JSDoc (@description, @enum, @constant, @default); the API
// report reads TSDoc, which has no such tags and takes braces for inline tags.
function asTsdoc(text) {
  return text.replace(/[ \t]*\/\*\*[\s\S]*?\*\/\n/g, comment => {
    const lines = comment
      .replace(/@enum \{\w+\}|@constant/g, '')
      .replace(/@description /g, '')
      .replace(/@default /g, '@defaultValue ')
      .replace(/(?<!\\)([{}])/g, '\\$1')
      .split('\n')
      .filter(line => !/^\s*\*\s*$/.test(line));
    const kept = lines.join('\n');
    // A comment that held only JSDoc type tags says nothing any more.
    return /^\s*\/\*\*\s*\*\/\n?$/.test(kept) ||
      /^\s*\/\*\*\n\s*\*\/\n?$/.test(kept)
      ? ''
      : kept;
  });
}

// -common exports the spec's types, and its API report needs a release tag on each.
const exportedDeclarations = {
  paths:
    'The paths of the workspaces REST API and the operation each method runs.',
  components:
    'The schemas, parameters and responses of the workspaces REST API.',
  operations: 'Every operation of the workspaces REST API, by operationId.',
};

function withReleaseTags(text) {
  return text.replace(/^export interface (\w+) \{/gm, (declaration, name) =>
    name in exportedDeclarations
      ? `/**\n * ${exportedDeclarations[name]}\n *\n * @public\n */\n${declaration}`
      : declaration,
  );
}

async function current() {
  try {
    return await readFile(outputPath, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

const check = process.argv.includes('--check');
const generated = await render();
const shown = relative(root, outputPath);
if (check) {
  if ((await current()) !== generated) {
    console.error(
      `${shown} does not match ${relative(
        root,
        specPath,
      )}; run yarn generate:openapi and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${shown} is up to date.`);
} else {
  await writeFile(outputPath, generated);
  console.log(`Wrote ${shown}.`);
}
