/**
 * Every kind of account resource; each is also its REST path segment.
 *
 * @public
 */
export const accountResourceKinds = [
  'stack-templates',
  'cloud-credentials',
  'state-storages',
  'networks',
] as const;

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
export type AccountResourceOrigin = 'config' | 'database';

/**
 * The result of the last preflight check of an account resource.
 *
 * @public
 */
export type AccountResourceValidation = {
  status: 'unknown' | 'valid' | 'warning' | 'broken';
  /** Sentences a person can act on; empty when all is well. */
  messages: string[];
  checkedAt?: string;
};

/**
 * The fields every account resource shares.
 *
 * @public
 */
export type AccountResourceBase = {
  /** Unique per kind; see accountResourceNameSchema. */
  name: string;
  title: string;
  description?: string;
  /** Entity ref of the owning user or group. */
  owner?: string;
  origin: AccountResourceOrigin;
  validation: AccountResourceValidation;
  createdAt?: string;
  updatedAt?: string;
};

/**
 * Where a secret comes from. Only the reference is ever stored or returned;
 * the value is read when a job runs and goes only into its environment.
 *
 * @public
 */
export type SecretReference = {
  /** The environment variable name the Terraform process receives. */
  name: string;
  from: { env: string } | { file: string };
};

/**
 * One JSON Schema property of a stack template input; it becomes a form
 * field and a Terraform variable.
 *
 * @public
 */
export type StackTemplateInputProperty = {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  title?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  [keyword: string]: unknown;
};

/**
 * The JSON Schema of the inputs a stack template takes from the user.
 *
 * @public
 */
export type StackTemplateInputs = {
  type: 'object';
  properties: Record<string, StackTemplateInputProperty>;
  required?: string[];
};

/**
 * One application stack of a template: a Terraform module applied after the
 * infrastructure, with the infrastructure outputs as its inputs.
 *
 * @public
 */
export type StackTemplateApp = {
  name: string;
  title?: string;
  /** Module directory, relative to the template source. */
  path: string;
};

/**
 * Where a stack template's Terraform lives: a directory under an allow-listed
 * root, or a URL the UrlReader can read as a tree.
 *
 * @public
 */
export type StackTemplateSource =
  | { type: 'directory'; path: string }
  | { type: 'url'; url: string };

/**
 * The Terraform that builds a workspace, and what it asks of the user.
 *
 * @public
 */
export type StackTemplate = AccountResourceBase & {
  source: StackTemplateSource;
  version?: string;
  /** Module subdirectory of the infrastructure, '.' by default. */
  infrastructure: { path: string };
  inputs: StackTemplateInputs;
  /** Applied in this order after the infrastructure, destroyed in reverse. */
  apps: StackTemplateApp[];
  requiresApproval: boolean;
};

/**
 * The cloud a credential signs in to; 'env' passes plain environment
 * variables for providers without a dedicated kind.
 *
 * @public
 */
export type CloudProvider = 'aws' | 'gcp' | 'azure' | 'env';

/**
 * How Terraform signs in to a cloud. Holds no secret material.
 *
 * @public
 */
export type CloudCredential = AccountResourceBase & {
  provider: CloudProvider;
  /** Non-secret identity: account id, role ARN, project and the like. */
  identity: Record<string, string>;
  secrets: SecretReference[];
};

/**
 * The Terraform backend kinds a state storage can be; builtin keeps the
 * state in this plugin's own database.
 *
 * @public
 */
export type StateStorageKind =
  | 'builtin'
  | 'pg'
  | 's3'
  | 'gcs'
  | 'azurerm'
  | 'http'
  | 'local';

/**
 * Where the Terraform state of workspaces lives.
 *
 * @public
 */
export type StateStorage = AccountResourceBase & {
  kind: StateStorageKind;
  /** Non-secret backend settings such as bucket or region. */
  settings: Record<string, string>;
  secrets?: SecretReference[];
};

/**
 * An existing network a workspace can join instead of creating its own.
 *
 * @public
 */
export type Network = AccountResourceBase & {
  provider: 'aws' | 'gcp' | 'azure' | 'other';
  networkId: string;
  cidr?: string;
  region?: string;
  subnets?: string[];
};

/**
 * The resource type behind each REST path segment.
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
export type AccountResource = AccountResourceByKind[AccountResourceKind];
