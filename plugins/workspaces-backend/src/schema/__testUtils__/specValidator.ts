import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { workspacesOpenApiSpec } from '../openapi';

const SPEC_ID = 'https://oqullus.io/schemas/workspaces-openapi';

// Non-strict like express-openapi-validator, which Backstage's validated
// router uses; it also fills in defaults while validating requests.
function createAjv(options: { useDefaults: boolean }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, ...options });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: workspacesOpenApiSpec.components });
  return ajv;
}

const plainAjv = createAjv({ useDefaults: false });
const routerAjv = createAjv({ useDefaults: true });

function errorsWith(ajv: Ajv2020, schemaName: string, value: unknown) {
  const validate = ajv.getSchema(
    `${SPEC_ID}#/components/schemas/${schemaName}`,
  );
  if (!validate) {
    throw new Error(`The spec has no schema ${schemaName}`);
  }
  return validate(value) ? [] : validate.errors ?? [];
}

/**
 * The ways `value` breaks the named schema of the spec's components; empty
 * when it fits. Throws when the spec has no such schema.
 */
export function schemaErrors(schemaName: string, value: unknown) {
  return errorsWith(plainAjv, schemaName, value);
}

/**
 * Like schemaErrors, but validating a copy of `value` the way the validated
 * router validates request bodies, defaults filled in.
 */
export function requestBodyErrors(schemaName: string, value: unknown) {
  return errorsWith(routerAjv, schemaName, structuredClone(value));
}
