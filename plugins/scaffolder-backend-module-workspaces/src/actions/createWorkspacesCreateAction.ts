import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  createWorkspaceRequestSchema,
  formatZodIssues,
  WorkspacesClient,
  type CreateWorkspaceRequest,
} from '@oqullus/plugin-workspaces-common';
import { accountResourceNameOf } from './accountResourceNameOf';
import { refusalError } from './refusalError';
import {
  requesterToken,
  workspacePageLinker,
  type WorkspacesActionsOptions,
} from './WorkspacesActionsOptions';

/** Shown by a dry run, which creates nothing. */
const DRY_RUN_ID = '00000000-0000-0000-0000-000000000000';
const DRY_RUN_EXTERNAL_ID = 'ws-dry-run';
const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/**
 * `workspaces:create`: creates a workspace as the user who runs the template.
 * Safe to retry: a resumed task gets the workspace it already created.
 *
 * @public
 */
export function createWorkspacesCreateAction(
  options: WorkspacesActionsOptions,
) {
  const client = new WorkspacesClient({ discoveryApi: options.discovery });
  const workspacePage = workspacePageLinker(options.config);

  return createTemplateAction({
    id: 'workspaces:create',
    description:
      'Creates an Oqullus workspace from a stack template, a cloud credential and a state storage, as the user who runs the template. Each of them, and the network, may be given by name or by the ref of its catalog entity, as an EntityPicker yields it. The workspace may wait for approval before it is provisioned.',
    examples: [
      {
        description: 'Create a workspace for a team',
        example: [
          'steps:',
          '  - id: workspace',
          '    action: workspaces:create',
          '    name: Create workspace',
          '    input:',
          '      name: ${{ parameters.name }}',
          '      owner: group:default/payments',
          '      stackTemplate: aws-eks',
          '      cloudCredential: aws-dev',
          '      stateStorage: s3-dev',
          '      parameters:',
          '        nodeCount: 3',
        ].join('\n'),
      },
      {
        description:
          'Create a workspace from the catalog entities picked in the form',
        example: [
          'steps:',
          '  - id: workspace',
          '    action: workspaces:create',
          '    name: Create workspace',
          '    input:',
          '      name: ${{ parameters.name }}',
          '      # resource:default/stack-template-lakehouse-local and so on',
          '      stackTemplate: ${{ parameters.stackTemplate }}',
          '      cloudCredential: ${{ parameters.cloudCredential }}',
          '      stateStorage: ${{ parameters.stateStorage }}',
          '      network: ${{ parameters.network }}',
          '      parameters: ${{ parameters.parameters }}',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        name: z => z.string().describe('The workspace name people see.'),
        description: z =>
          z.string().optional().describe('What the workspace is for.'),
        externalId: z =>
          z
            .string()
            .optional()
            .describe(
              'DNS-label-like id used to name cloud resources; generated when absent.',
            ),
        owner: z =>
          z
            .string()
            .optional()
            .describe(
              'Entity ref of the owning user or group; the requester when absent.',
            ),
        stackTemplate: z =>
          z
            .string()
            .describe(
              'The stack template to build from: its name or its entity ref (resource:default/stack-template-<name>).',
            ),
        cloudCredential: z =>
          z
            .string()
            .describe(
              'The cloud credential to deploy with: its name or its entity ref (resource:default/cloud-credential-<name>).',
            ),
        stateStorage: z =>
          z
            .string()
            .describe(
              'The Terraform state storage: its name or its entity ref (resource:default/state-storage-<name>).',
            ),
        network: z =>
          z
            .string()
            .optional()
            .describe(
              'An existing network, by name or entity ref (resource:default/network-<name>); the template creates one when absent.',
            ),
        parameters: z =>
          z
            .record(z.any())
            .optional()
            .describe("Values for the stack template's inputs."),
      },
      output: {
        id: z => z.string().describe('The workspace id (a UUID).'),
        externalId: z =>
          z.string().describe('The id used to name cloud resources.'),
        status: z => z.string().describe('The status right after creation.'),
        entityRef: z =>
          z.string().describe("The workspace's catalog entity ref."),
        url: z => z.string().describe("The workspace's page in Backstage."),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const request: CreateWorkspaceRequest = {
        name: input.name,
        description: input.description,
        externalId: input.externalId,
        owner: input.owner,
        provisioning: {
          stackTemplate: accountResourceNameOf(
            'stackTemplate',
            input.stackTemplate,
          ),
          cloudCredential: accountResourceNameOf(
            'cloudCredential',
            input.cloudCredential,
          ),
          stateStorage: accountResourceNameOf(
            'stateStorage',
            input.stateStorage,
          ),
          // A form's emptied optional picker means no network, as absence does.
          network: input.network
            ? accountResourceNameOf('network', input.network)
            : undefined,
        },
        parameters: input.parameters,
      };

      let created: { id: string; externalId: string; status: string };
      if (ctx.isDryRun) {
        const parsed = createWorkspaceRequestSchema.safeParse(request);
        if (!parsed.success) {
          throw new InputError(
            `Invalid workspace request: ${formatZodIssues(parsed.error)}`,
          );
        }
        ctx.logger.info(
          `Dry run: would create workspace "${parsed.data.name}" from stack template ${parsed.data.provisioning.stackTemplate}`,
        );
        created = {
          id: DRY_RUN_ID,
          externalId: parsed.data.externalId ?? DRY_RUN_EXTERNAL_ID,
          status: 'created',
        };
      } else {
        // The checkpoint covers a resumed task; the key covers a lost response.
        const idempotencyKey = `scaffolder:${ctx.task.id}:${
          ctx.step?.id ?? 'workspaces:create'
        }`.slice(0, IDEMPOTENCY_KEY_MAX_LENGTH);
        created = await ctx.checkpoint({
          key: 'create-workspace',
          fn: async () => {
            try {
              const workspace = await client.createWorkspace(request, {
                token: await requesterToken(options.auth, ctx),
                idempotencyKey,
              });
              return {
                id: workspace.id,
                externalId: workspace.externalId,
                status: workspace.status,
              };
            } catch (error) {
              throw refusalError(error, `Creating workspace "${input.name}"`);
            }
          },
        });
        ctx.logger.info(
          `Created workspace ${created.externalId} (${created.id}), status ${created.status}`,
        );
      }

      ctx.output('id', created.id);
      ctx.output('externalId', created.externalId);
      ctx.output('status', created.status);
      ctx.output('entityRef', `resource:default/${created.externalId}`);
      ctx.output('url', workspacePage(created.id));
    },
  });
}
