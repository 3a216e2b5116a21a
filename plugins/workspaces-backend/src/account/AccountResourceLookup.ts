import type {
  AccountResourceByKind,
  AccountResourceKind,
  StackTemplate,
} from '@oqullus/plugin-workspaces-common';

/** How use cases look up account resources; the account registry implements it. */
export interface AccountResourceLookup {
  /** Throws NotFoundError when no resource of that kind has the name. */
  get<K extends AccountResourceKind>(
    kind: K,
    name: string,
  ): Promise<AccountResourceByKind[K]>;
  /**
   * The stack template if workspaces may be built from it now. Throws
   * NotFoundError when none has the name, ConflictError when its directory
   * is no longer inside an allowed root.
   */
  usableStackTemplate(name: string): Promise<StackTemplate>;
}
