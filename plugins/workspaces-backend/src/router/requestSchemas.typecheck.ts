import type {
  QueryParameters,
  Request,
} from '@backstage/backend-openapi-utils';
import type {
  accountResourceRequestSchemas,
  approvalDecisionSchema,
  changeMemberRoleRequestSchema,
  createWorkspaceRequestSchema,
  operationRequestSchema,
  updateWorkspaceRequestSchema,
} from '@oqullus/plugin-workspaces-common';
import type { z } from 'zod';
import type { spec } from '../schema/openapi/generated/spec';
import type {
  cursorQuerySchema,
  eventsQuerySchema,
  listWorkspacesQuerySchema,
} from './requestQueries';

// Compile-time only: the router parses requests with zod (its sentences are the
// API's), so the zod schemas and openapi.yaml must describe the same requests. Each
// line below fails to compile when they drift, naming which way: both name the same
// fields, what the parser gives is what the spec describes, and what the spec
// describes the parser takes. openapi.requests.test.ts checks the values at run time.
// Queries are Partial: the typed router marks every query parameter as required.

type Spec = typeof spec;
type Fits<Schema extends z.ZodType, SpecType> = [
  keyof z.output<Schema>,
] extends [keyof SpecType]
  ? [keyof SpecType] extends [keyof z.output<Schema>]
    ? [z.output<Schema>] extends [SpecType]
      ? [SpecType] extends [z.input<Schema>]
        ? true
        : 'the spec allows what the parser refuses'
      : 'the parser gives what the spec does not describe'
    : 'the spec names a field the parser does not know'
  : 'the parser knows a field the spec does not name';
type Assert<T extends true> = T;
/** Every kind's body: POST and PUT /account/{kind} take any of them. */
type AccountSchemas =
  (typeof accountResourceRequestSchemas)[keyof typeof accountResourceRequestSchemas];

export type CreateWorkspaceBodyFits = Assert<
  Fits<
    typeof createWorkspaceRequestSchema,
    Request<Spec, '/workspaces', 'post'>
  >
>;
export type UpdateWorkspaceBodyFits = Assert<
  Fits<
    typeof updateWorkspaceRequestSchema,
    Request<Spec, '/workspaces/:id', 'patch'>
  >
>;
export type OperationBodyFits = Assert<
  Fits<
    typeof operationRequestSchema,
    Request<Spec, '/workspaces/:id/operations', 'post'>
  >
>;
export type ApprovalBodyFits = Assert<
  Fits<
    typeof approvalDecisionSchema,
    Request<Spec, '/workspaces/:id/approval', 'post'>
  >
>;
export type MemberBodyFits = Assert<
  Fits<
    typeof changeMemberRoleRequestSchema,
    Request<Spec, '/workspaces/:id/members/:memberRef', 'put'>
  >
>;
export type NewAccountResourceBodyFits = Assert<
  Fits<AccountSchemas, Request<Spec, '/account/:kind', 'post'>>
>;
export type ReplacedAccountResourceBodyFits = Assert<
  Fits<AccountSchemas, Request<Spec, '/account/:kind/:name', 'put'>>
>;
export type ListWorkspacesQueryFits = Assert<
  Fits<
    typeof listWorkspacesQuerySchema,
    Partial<QueryParameters<Spec, '/workspaces', 'get'>>
  >
>;
export type EventsQueryFits = Assert<
  Fits<
    typeof eventsQuerySchema,
    Partial<QueryParameters<Spec, '/workspaces/:id/events', 'get'>>
  >
>;
export type JobLogQueryFits = Assert<
  Fits<
    typeof cursorQuerySchema,
    Partial<QueryParameters<Spec, '/jobs/:jobId/log', 'get'>>
  >
>;
