import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { Job, JobStep } from '@oqullus/plugin-workspaces-common';
import { chmod, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { AccountRegistry } from '../../account/AccountRegistry';
import { resolveSecretValues } from '../../account/resolveSecretValues';
import type { WorkspaceRecord } from '../../database/WorkspaceStore';
import type { PreparedStep, StepPreparer } from '../StepPreparer';
import { backendForStorage } from './backendForStorage';
import type { BuiltinStateAccess } from './BuiltinStateAccess';
import { credentialEnvironment } from './credentialEnvironment';
import { declaredVariables, onlyDeclared } from './declaredVariables';
import { materializeModule } from './materializeModule';

/**
 * Prepares job steps on this machine: a fresh directory per job and step under the
 * runner's work directory, the template module copied in, variables limited to what
 * the module declares, and the credential's and storage's secrets read only now, for
 * the Terraform environment.
 */
export class DefaultStepPreparer implements StepPreparer {
  constructor(
    private readonly deps: {
      registry: AccountRegistry;
      builtin: BuiltinStateAccess;
      urlReader: UrlReaderService;
      stackTemplateRoots: string[];
      workDirectory: string;
      /** How long a minted state credential may live at most (it ends with the job anyway). */
      credentialLifetimeMs: number;
      clock: () => Date;
      env?: NodeJS.ProcessEnv;
    },
  ) {}

  async prepare(input: {
    job: Job;
    workspace: WorkspaceRecord;
    step: JobStep;
    infrastructureOutputs: Record<string, unknown>;
  }): Promise<PreparedStep> {
    const { job, workspace, step } = input;
    const { registry } = this.deps;
    const { provisioning } = workspace;
    const template = await registry.get(
      'stack-templates',
      provisioning.stackTemplate,
    );
    const credential = await registry.get(
      'cloud-credentials',
      provisioning.cloudCredential,
    );
    const storage = await registry.get(
      'state-storages',
      provisioning.stateStorage,
    );
    const network = provisioning.network
      ? await registry.get('networks', provisioning.network)
      : undefined;

    const app = template.apps.find(a => a.name === step.name);
    if (step.kind === 'app' && !app) {
      throw new InputError(
        `Stack template '${template.name}' no longer has an app named '${step.name}'; sync the apps again`,
      );
    }
    const jobDir = path.join(this.deps.workDirectory, job.id);
    const moduleDir = path.join(jobDir, step.name);
    await rm(moduleDir, { recursive: true, force: true });
    // Only the backend's user may enter: the job's files hold variables and plans.
    await mkdir(jobDir, { recursive: true, mode: 0o700 });
    await chmod(jobDir, 0o700);
    await materializeModule({
      template,
      modulePath: app ? app.path : template.infrastructure.path,
      targetDir: moduleDir,
      stackTemplateRoots: this.deps.stackTemplateRoots,
      workingDirectory: process.cwd(),
      urlReader: this.deps.urlReader,
    });

    const declared = await declaredVariables(moduleDir);
    const common = {
      workspace_external_id: workspace.externalId,
      workspace_name: workspace.name,
    };
    const variables = onlyDeclared(
      app
        ? { ...input.infrastructureOutputs, ...common }
        : {
            ...workspace.parameters,
            ...common,
            network_id: network?.networkId ?? '',
          },
      declared,
    );

    const env = { env: this.deps.env };
    const credentialSecrets = await resolveSecretValues(credential, env);
    const storageSecrets = await resolveSecretValues(storage, env);
    const expiresAt = new Date(
      this.deps.clock().getTime() + this.deps.credentialLifetimeMs,
    ).toISOString();
    const backend = await backendForStorage({
      storage,
      secretEnv: storageSecrets.env,
      workspace,
      component: step.name,
      jobId: job.id,
      credentialExpiresAt: expiresAt,
      builtin: this.deps.builtin,
    });

    return {
      request: {
        jobId: job.id,
        workspaceId: workspace.id,
        component: step.name,
        action: job.operation === 'destroy' ? 'destroy' : 'apply',
        moduleDir,
        backend: backend.backend,
        variables,
        env: {
          ...credentialEnvironment(credential, credentialSecrets.env),
          ...backend.env,
        },
        secretValues: [
          ...new Set([...credentialSecrets.values, ...backend.secretValues]),
        ],
        // The runner sets the budgets it was configured with.
        timeoutMs: 0,
        cancelGraceMs: 0,
      },
      cleanup: () => rm(moduleDir, { recursive: true, force: true }),
    };
  }

  async releaseJob(jobId: string): Promise<void> {
    await this.deps.builtin.revokeJobCredentials(jobId);
    // A state Terraform could not save was pushed or kept in the database by now; what
    // is left (module copies, variables, plans) must not outlive the job.
    await rm(path.join(this.deps.workDirectory, jobId), {
      recursive: true,
      force: true,
    });
  }
}
