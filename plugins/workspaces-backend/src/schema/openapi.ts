import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The Backstage generator (`backstage-repo-tools package schema openapi generate
// --server`) needs the openapi-generator jar from Maven Central, which this
// build cannot download; until it can, the spec is read from the YAML itself.

/** The HTTP methods an OpenAPI path item can hold. */
export const openApiMethods = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

/** An HTTP method of an OpenAPI operation, lowercase as in the document. */
export type OpenApiMethod = (typeof openApiMethods)[number];

/** One operation of the spec: what tests and routers read of it. */
export type OpenApiOperation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Record<string, unknown>[];
  requestBody?: Record<string, unknown>;
  /** Keyed by status code, such as `'201'`. */
  responses: Record<string, Record<string, unknown>>;
};

/** The operations of one path, and the parameters they share. */
export type OpenApiPathItem = Partial<
  Record<OpenApiMethod, OpenApiOperation>
> & {
  parameters?: Record<string, unknown>[];
};

/** The parts of an OpenAPI 3 document this plugin relies on. */
export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, OpenApiPathItem>;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    [section: string]: unknown;
  };
  [field: string]: unknown;
};

/** Where the REST contract of the workspaces backend lives. */
export const OPENAPI_SPEC_PATH = resolvePackagePath(
  '@oqullus/plugin-workspaces-backend',
  'src/schema/openapi.yaml',
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads and parses an OpenAPI document. Checks only its outline; full
 * validation is the job of openapi.test.ts, not of every process start.
 */
export function loadOpenApiSpec(
  path: string = OPENAPI_SPEC_PATH,
): OpenApiDocument {
  const document: unknown = parse(readFileSync(path, 'utf8'));
  if (
    !isRecord(document) ||
    typeof document.openapi !== 'string' ||
    !document.openapi.startsWith('3.') ||
    !isRecord(document.paths) ||
    !isRecord(document.components) ||
    !isRecord(document.components.schemas)
  ) {
    throw new Error(
      `${path} is not an OpenAPI 3 document with paths and components.schemas; fix the file or restore it from version control`,
    );
  }
  return document as OpenApiDocument;
}

/** The REST contract of the workspaces backend, parsed once. */
export const workspacesOpenApiSpec: OpenApiDocument = loadOpenApiSpec();
