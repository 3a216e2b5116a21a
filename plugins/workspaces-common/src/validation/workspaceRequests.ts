import { z } from 'zod';
import { accountResourceNameSchema } from './accountResourceName';
import { descriptionSchema } from './description';
import { entityRefSchema } from './entityRef';
import { externalWorkspaceIdSchema } from './externalWorkspaceId';
import { strictRequestObject, typeErrorMessage } from './requestObjects';
import { workspaceLabelsSchema } from './workspaceLabels';
import { workspaceNameSchema } from './workspaceName';

/**
 * The account resources a new workspace is built from, by name.
 *
 * @public
 */
export const workspaceProvisioningSchema = strictRequestObject({
  stackTemplate: accountResourceNameSchema,
  cloudCredential: accountResourceNameSchema,
  stateStorage: accountResourceNameSchema,
  /** Null or absent: the template creates a network. */
  network: accountResourceNameSchema.nullable().optional(),
});

/**
 * The body of a request to create a workspace. Without `externalId` one is
 * generated; without `owner` the requester owns it.
 *
 * @public
 */
export const createWorkspaceRequestSchema = strictRequestObject({
  name: workspaceNameSchema,
  description: descriptionSchema,
  externalId: externalWorkspaceIdSchema.optional(),
  owner: entityRefSchema.optional(),
  provisioning: workspaceProvisioningSchema,
  parameters: z
    .record(z.string(), z.unknown(), {
      error: typeErrorMessage('an object of template input values'),
    })
    .default(() => ({})),
  labels: workspaceLabelsSchema.default(() => ({})),
});

/**
 * A create-workspace request as a client sends it.
 *
 * @public
 */
export type CreateWorkspaceRequest = z.input<
  typeof createWorkspaceRequestSchema
>;

/**
 * A create-workspace request after validation: trimmed, refs canonical,
 * parameters present.
 *
 * @public
 */
export type ParsedCreateWorkspaceRequest = z.output<
  typeof createWorkspaceRequestSchema
>;

/**
 * The body of a request to rename a workspace or change its description;
 * at least one field must be given.
 *
 * @public
 */
export const updateWorkspaceRequestSchema = strictRequestObject({
  name: workspaceNameSchema.optional(),
  description: descriptionSchema,
  /** New values for the template's inputs; they apply from the next job on. */
  parameters: z
    .record(z.string(), z.unknown(), {
      error: typeErrorMessage('an object of template input values'),
    })
    .optional(),
  /** Replaces the labels as a whole; {} removes them all. */
  labels: workspaceLabelsSchema.optional(),
}).refine(
  update =>
    update.name !== undefined ||
    update.description !== undefined ||
    update.parameters !== undefined ||
    update.labels !== undefined,
  'Give at least one field to change: name, description, parameters or labels',
);

/**
 * An update-workspace request.
 *
 * @public
 */
export type UpdateWorkspaceRequest = z.output<
  typeof updateWorkspaceRequestSchema
>;
