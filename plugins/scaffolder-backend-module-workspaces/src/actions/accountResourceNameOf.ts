import { DEFAULT_NAMESPACE, parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * The `spec.type` the catalog module gives the entity of each provisioning
 * input; it names that entity `<type>-<account resource name>`.
 */
const entityTypeByInput = {
  stackTemplate: 'stack-template',
  cloudCredential: 'cloud-credential',
  stateStorage: 'state-storage',
  network: 'network',
} as const;

/** The `workspaces:create` inputs that name an account resource. */
export type ProvisioningInput = keyof typeof entityTypeByInput;

/**
 * The account resource name an input holds: either the name itself, or the
 * ref of its catalog entity, which is what an `EntityPicker` in a template
 * form yields (`resource:default/stack-template-lakehouse-local` gives
 * `lakehouse-local`).
 *
 * Follows the catalog module's naming convention. Entity names of resources
 * whose `<type>-<name>` is longer than 63 characters are shortened with a hash
 * and do not map back; the workspaces backend then refuses the unknown name.
 */
export function accountResourceNameOf(
  input: ProvisioningInput,
  value: string,
): string {
  // Account resource names are DNS labels, so only a ref holds ':' or '/'.
  if (!value.includes(':') && !value.includes('/')) {
    return value;
  }
  const type = entityTypeByInput[input];
  const prefix = `${type}-`;
  const ref = parseRefOrUndefined(value);
  if (
    !ref ||
    ref.kind.toLocaleLowerCase('en-US') !== 'resource' ||
    ref.namespace.toLocaleLowerCase('en-US') !== DEFAULT_NAMESPACE ||
    !ref.name.startsWith(prefix) ||
    ref.name.length === prefix.length
  ) {
    throw new InputError(
      `${input} "${value}" is not the catalog entity of a ${type}; pick a Resource of type ${type} (resource:default/${prefix}<name>) or give the ${type} name`,
    );
  }
  return ref.name.slice(prefix.length);
}

function parseRefOrUndefined(value: string) {
  try {
    return parseEntityRef(value, {
      defaultKind: 'resource',
      defaultNamespace: DEFAULT_NAMESPACE,
    });
  } catch {
    return undefined;
  }
}
