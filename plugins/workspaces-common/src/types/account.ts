import type { components } from '../generated/openapi';
import { specValues } from './specValues';

/**
 * Every kind of account resource; each is also its REST path segment.
 *
 * @public
 */
export const accountResourceKinds = specValues<
  components['schemas']['AccountResourceKind']
>()(['stack-templates', 'cloud-credentials', 'state-storages', 'networks']);

/**
 * A kind of account resource, spelled as its REST path segment.
 *
 * @public
 */
export type AccountResourceKind = (typeof accountResourceKinds)[number];

/**
 * Where an account resource was declared: config ones come from app-config
 * (GitOps) and are read-only in the UI and API.
 *
 * @public
 */
export type AccountResourceOrigin = AccountResourceBase['origin'];

/**
 * The result of the last preflight check of an account resource.
 *
 * @public
 */
export type AccountResourceValidation =
  components['schemas']['AccountResourceValidation'];

/**
 * The fields every account resource shares.
 *
 * @public
 */
export type AccountResourceBase = components['schemas']['AccountResourceBase'];

/**
 * Where a secret comes from. Only the reference is ever stored or returned;
 * the value is read when a job runs and goes only into its environment.
 *
 * @public
 */
export type SecretReference = components['schemas']['SecretReference'];

/**
 * One JSON Schema property of a stack template input; it becomes a form
 * field and a Terraform variable.
 *
 * @public
 */
export type StackTemplateInputProperty =
  components['schemas']['StackTemplateInputProperty'];

/**
 * The JSON Schema of the inputs a stack template takes from the user.
 *
 * @public
 */
export type StackTemplateInputs = components['schemas']['StackTemplateInputs'];

/**
 * One application stack of a template: a Terraform module applied after the
 * infrastructure, with the infrastructure outputs as its inputs.
 *
 * @public
 */
export type StackTemplateApp = components['schemas']['StackTemplateApp'];

/**
 * Where a stack template's Terraform lives: a directory under an allow-listed
 * root, or a URL the UrlReader can read as a tree.
 *
 * @public
 */
export type StackTemplateSource = components['schemas']['StackTemplateSource'];

/**
 * The Terraform that builds a workspace, and what it asks of the user.
 *
 * @public
 */
export type StackTemplate = components['schemas']['StackTemplate'];

/**
 * The cloud a credential signs in to; 'env' passes plain environment
 * variables for providers without a dedicated kind.
 *
 * @public
 */
export type CloudProvider = components['schemas']['CloudProvider'];

/**
 * How Terraform signs in to a cloud. Holds no secret material.
 *
 * @public
 */
export type CloudCredential = components['schemas']['CloudCredential'];

/**
 * The Terraform backend kinds a state storage can be; builtin keeps the
 * state in this plugin's own database.
 *
 * @public
 */
export type StateStorageKind = components['schemas']['StateStorageKind'];

/**
 * Where the Terraform state of workspaces lives.
 *
 * @public
 */
export type StateStorage = components['schemas']['StateStorage'];

/**
 * An existing network a workspace can join instead of creating its own.
 *
 * @public
 */
export type Network = components['schemas']['Network'];

/**
 * The resource type behind each REST path segment. The spec answers any of them
 * on `/account/{kind}`; this map is what the kind in the path picks.
 *
 * @public
 */
export type AccountResourceByKind = {
  'stack-templates': StackTemplate;
  'cloud-credentials': CloudCredential;
  'state-storages': StateStorage;
  networks: Network;
};

/**
 * Any account resource.
 *
 * @public
 */
export type AccountResource = components['schemas']['AccountResource'];
