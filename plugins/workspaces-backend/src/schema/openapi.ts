import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { spec } from './openapi/generated/spec';

// The contract has one source, openapi.yaml; the router and these views read the
// object generated from it (scripts/openapi/generate-spec.mjs).

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

/** The file the contract is written in, for tools that read it from disk. */
export const OPENAPI_SPEC_PATH = resolvePackagePath(
  '@oqullus/plugin-workspaces-backend',
  'src/schema/openapi.yaml',
);

/**
 * The REST contract of the workspaces backend, seen through the loose shape that
 * tests walk by string keys. The router uses the exact type, `typeof spec`.
 */
export const workspacesOpenApiSpec = spec as unknown as OpenApiDocument;
