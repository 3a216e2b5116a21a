import type { StateStorage } from '@oqullus/plugin-workspaces-common';
import { checkLocalStateDirectory } from './checkLocalStateDirectory';
import { checkSecretReferences } from './checkSecretReferences';
import { pgConnectionTarget } from './pgConnectionTarget';
import type { PreflightContext } from './PreflightContext';
import { PreflightFindings } from './PreflightFindings';
import { probeTcp } from './probeTcp';

// The settings each remote backend cannot work without.
const requiredSettings: Partial<Record<StateStorage['kind'], string[]>> = {
  s3: ['bucket', 'region'],
  gcs: ['bucket'],
  azurerm: ['storage_account_name', 'container_name'],
  http: ['address'],
};

// The variable Terraform's pg backend reads its connection string from.
const PG_CONN_STR = 'PG_CONN_STR';

/** Can jobs keep their Terraform state in this storage? */
export async function checkStateStorage(
  storage: StateStorage,
  context: PreflightContext,
): Promise<PreflightFindings> {
  const findings = new PreflightFindings();
  await checkSecretReferences(storage.secrets ?? [], context, findings);
  for (const setting of requiredSettings[storage.kind] ?? []) {
    if (!storage.settings[setting]) {
      findings.broken(
        `The ${storage.kind} backend needs settings.${setting}: add it to the state storage`,
      );
    }
  }
  if (storage.kind === 'local') {
    await checkLocalStateDirectory(
      storage.settings.path,
      context.workingDirectory,
      findings,
    );
  }
  if (storage.kind === 'pg') {
    await checkPgReachable(storage, context, findings);
  }
  return findings;
}

async function checkPgReachable(
  storage: StateStorage,
  context: PreflightContext,
  findings: PreflightFindings,
) {
  const reference = storage.secrets?.find(
    secret => secret.name === PG_CONN_STR,
  );
  if (!reference) {
    findings.warning(
      `No secret named ${PG_CONN_STR} is referenced: the pg backend reads its connection string from it; add { name: '${PG_CONN_STR}', from: { env: 'NAME' } }`,
    );
    return;
  }
  // Only an environment variable is parsed for the server; files are never read here.
  const connectionString =
    'env' in reference.from ? context.env[reference.from.env] : undefined;
  const target = connectionString && pgConnectionTarget(connectionString);
  if (!target) {
    return;
  }
  const failure = await probeTcp(
    target.host,
    target.port,
    context.connectTimeoutMs,
  );
  if (failure) {
    // Only a warning: the server may be down for now, or reachable only from where jobs run.
    findings.warning(
      `The PostgreSQL server at ${target.host}:${target.port} could not be reached from the backend (${failure}): check that it runs and that the network lets the backend through`,
    );
  }
}
