import type {
  AccountResourceKind,
  AccountResourceValidation,
} from '@oqullus/plugin-workspaces-common';

/**
 * An account resource registered through the API, as stored. `spec` holds the
 * kind-specific fields (never secret values: credentials hold only references).
 */
export type StoredAccountResource = {
  kind: AccountResourceKind;
  name: string;
  title: string;
  description?: string;
  owner?: string;
  spec: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/** Stores API-registered account resources, and check results for every resource. */
export interface AccountResourceStore {
  list(kind: AccountResourceKind): Promise<StoredAccountResource[]>;
  get(
    kind: AccountResourceKind,
    name: string,
  ): Promise<StoredAccountResource | undefined>;
  /** Throws ConflictError when the kind already has a resource of that name. */
  insert(resource: StoredAccountResource): Promise<StoredAccountResource>;
  /** Returns undefined when there is no such resource. */
  update(
    resource: StoredAccountResource,
  ): Promise<StoredAccountResource | undefined>;
  /** Returns false when there was no such resource. Also forgets its check result. */
  delete(kind: AccountResourceKind, name: string): Promise<boolean>;
  /** Check results are kept for config-declared resources too, so they live apart. */
  getValidation(
    kind: AccountResourceKind,
    name: string,
  ): Promise<AccountResourceValidation | undefined>;
  setValidation(
    kind: AccountResourceKind,
    name: string,
    validation: AccountResourceValidation,
  ): Promise<void>;
}
