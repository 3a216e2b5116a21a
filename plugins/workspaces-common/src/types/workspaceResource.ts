/**
 * One resource instance Terraform manages (or reads) for a workspace: where it is and
 * what it is, never its attribute values, which can hold secrets.
 *
 * @public
 */
export type WorkspaceResource = {
  /** `infrastructure`, or the name of an app. */
  component: string;
  /** Terraform's address, such as `module.db.aws_db_instance.main[0]`. */
  address: string;
  /** The resource type, such as `aws_db_instance`. */
  type: string;
  /** `data` for a data source Terraform only reads. */
  mode: 'managed' | 'data';
  /** The provider's source address, such as `registry.terraform.io/hashicorp/aws`. */
  provider?: string;
};

/**
 * Where a resource list comes from: `state` is the built-in storage's current state;
 * `last-apply` is what the applies reported, for storages the portal cannot read.
 *
 * @public
 */
export type WorkspaceResourceSource = 'state' | 'last-apply';

/**
 * What listing a workspace's resources answers: the items and where they come from.
 *
 * @public
 */
export type WorkspaceResourceList = {
  items: WorkspaceResource[];
  source: WorkspaceResourceSource;
};
