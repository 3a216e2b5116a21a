import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { refusalError } from './refusalError';
import {
  requesterToken,
  type WorkspacesActionsOptions,
} from './WorkspacesActionsOptions';

/**
 * `workspaces:delete`: queues the destruction of a workspace as the user who
 * runs the template.
 *
 * @public
 */
export function createWorkspacesDeleteAction(
  options: WorkspacesActionsOptions,
) {
  const client = new WorkspacesClient({ discoveryApi: options.discovery });

  return createTemplateAction({
    id: 'workspaces:delete',
    description:
      'Queues the deletion of a workspace and its infrastructure as the user who runs the template. Fails with the reason when deletion is not allowed now.',
    examples: [
      {
        description: 'Delete a workspace',
        example: [
          'steps:',
          '  - id: delete',
          '    action: workspaces:delete',
          '    name: Delete workspace',
          '    input:',
          '      id: ${{ parameters.workspaceId }}',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        id: z => z.string().describe('The workspace id.'),
      },
      output: {
        jobId: z => z.string().describe('The id of the queued delete job.'),
      },
    },
    async handler(ctx) {
      const { id } = ctx.input;
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would delete workspace ${id}`);
        ctx.output('jobId', 'dry-run');
        return;
      }
      try {
        const { job } = await client.deleteWorkspace(id, {
          token: await requesterToken(options.auth, ctx),
        });
        ctx.logger.info(`Queued deletion of workspace ${id}: job ${job.id}`);
        ctx.output('jobId', job.id);
      } catch (error) {
        throw refusalError(error, `Deleting workspace ${id}`);
      }
    },
  });
}
