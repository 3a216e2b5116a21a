import type { CloudCredential } from '@oqullus/plugin-workspaces-common';
import { checkSecretReferences } from './checkSecretReferences';
import type { PreflightContext } from './PreflightContext';
import { PreflightFindings } from './PreflightFindings';

/** Can a job get this credential's secrets from the backend? */
export async function checkCloudCredential(
  credential: CloudCredential,
  context: PreflightContext,
): Promise<PreflightFindings> {
  const findings = new PreflightFindings();
  await checkSecretReferences(credential.secrets, context, findings);
  if (credential.provider === 'aws' && credential.secrets.length === 0) {
    // Not broken: on AWS hosts an instance or pod role can sign Terraform in.
    findings.warning(
      'No secrets are referenced, so Terraform signs in with whatever AWS credentials the backend host provides, such as an instance role; reference AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY if it has none',
    );
  }
  return findings;
}
