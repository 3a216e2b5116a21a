import type {
  AccountResource,
  AccountResourceKind,
  CloudCredential,
  Network,
  StackTemplate,
  StateStorage,
} from '@oqullus/plugin-workspaces-common';
import { checkCloudCredential } from './checkCloudCredential';
import { checkNetwork } from './checkNetwork';
import { checkStackTemplate } from './checkStackTemplate';
import { checkStateStorage } from './checkStateStorage';
import type { PreflightContext } from './PreflightContext';
import { PreflightFindings } from './PreflightFindings';

/**
 * Runs the preflight of the resource's kind. A check that fails on its own
 * (an unexpected file system error, a reader bug) marks the resource broken
 * with the reason, rather than failing the request.
 */
export async function runPreflight(
  kind: AccountResourceKind,
  resource: AccountResource,
  context: PreflightContext,
): Promise<PreflightFindings> {
  try {
    return await preflightOfKind(kind, resource, context);
  } catch (error) {
    const findings = new PreflightFindings();
    findings.broken(
      `The check could not finish (${
        (error as Error).message
      }); run it again, and if it persists look at the backend logs`,
    );
    return findings;
  }
}

function preflightOfKind(
  kind: AccountResourceKind,
  resource: AccountResource,
  context: PreflightContext,
): Promise<PreflightFindings> {
  switch (kind) {
    case 'stack-templates':
      return checkStackTemplate(resource as StackTemplate, context);
    case 'cloud-credentials':
      return checkCloudCredential(resource as CloudCredential, context);
    case 'state-storages':
      return checkStateStorage(resource as StateStorage, context);
    default:
      return checkNetwork(resource as Network);
  }
}
