import { InputError } from '@backstage/errors';
import type { StateStorage } from '@oqullus/plugin-workspaces-common';
import type { StepBackend } from '@oqullus/plugin-workspaces-node';
import path from 'node:path';
import type { BuiltinStateAccess } from './BuiltinStateAccess';

/** Where one component's state goes, and the secrets that reach it. */
export type StepBackendSetup = {
  backend: StepBackend;
  env: Record<string, string>;
  secretValues: string[];
};

function required(storage: StateStorage, key: string): string {
  const value = storage.settings[key];
  if (!value) {
    throw new InputError(
      `State storage '${storage.name}' (${storage.kind}) has no '${key}' setting; add it and check the storage`,
    );
  }
  return value;
}

/**
 * Generates the backend configuration of one component from its workspace's state
 * storage. Each workspace and component gets its own state; secrets (passwords,
 * connection strings, keys) come only through `secretEnv`, never the configuration.
 */
export async function backendForStorage(options: {
  storage: StateStorage;
  secretEnv: Record<string, string>;
  workspace: { id: string; externalId: string };
  component: string;
  jobId: string;
  credentialExpiresAt: string;
  builtin: BuiltinStateAccess;
}): Promise<StepBackendSetup> {
  const { storage, secretEnv, workspace, component } = options;
  const key = `${workspace.externalId}/${component}`;
  const secretValues = Object.values(secretEnv);
  const withSecrets = (backend: StepBackend): StepBackendSetup => ({
    backend,
    env: secretEnv,
    secretValues,
  });
  switch (storage.kind) {
    case 'builtin': {
      const password = await options.builtin.mintJobCredential(
        options.jobId,
        workspace.id,
        options.credentialExpiresAt,
      );
      return {
        backend: {
          type: 'http',
          config: options.builtin.backendConfig(workspace.id, component),
        },
        env: { ...secretEnv, TF_HTTP_PASSWORD: password },
        secretValues: [...secretValues, password],
      };
    }
    case 'local':
      return withSecrets({
        type: 'local',
        config: {
          path: path.join(
            required(storage, 'path'),
            workspace.externalId,
            `${component}.tfstate`,
          ),
        },
      });
    case 'pg':
      // The connection string comes from PG_CONN_STR in the environment.
      return withSecrets({
        type: 'pg',
        config: {
          schema_name: `${workspace.externalId}_${component}`.replace(
            /-/g,
            '_',
          ),
        },
      });
    case 's3':
      return withSecrets({
        type: 's3',
        config: {
          bucket: required(storage, 'bucket'),
          region: required(storage, 'region'),
          key: `${storage.settings.prefix ?? 'workspaces'}/${key}.tfstate`,
          use_lockfile: true,
          ...(storage.settings.endpoint
            ? { endpoint: storage.settings.endpoint, use_path_style: true }
            : {}),
        },
      });
    case 'gcs':
      return withSecrets({
        type: 'gcs',
        config: {
          bucket: required(storage, 'bucket'),
          prefix: `${storage.settings.prefix ?? 'workspaces'}/${key}`,
        },
      });
    case 'azurerm':
      return withSecrets({
        type: 'azurerm',
        config: {
          storage_account_name: required(storage, 'storage_account_name'),
          container_name: required(storage, 'container_name'),
          key: `${key}.tfstate`,
        },
      });
    case 'http': {
      const address = `${required(storage, 'address').replace(
        /\/$/,
        '',
      )}/${key}`;
      return withSecrets({
        type: 'http',
        config: {
          address,
          lock_address: address,
          unlock_address: address,
          ...(storage.settings.username
            ? { username: storage.settings.username }
            : {}),
        },
      });
    }
    default: {
      const unknown: never = storage.kind;
      throw new InputError(`Unknown state storage kind ${unknown}`);
    }
  }
}
