import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  requestableOperations,
  WorkspacesClient,
} from '@oqullus/plugin-workspaces-common';
import { refusalError } from './refusalError';
import {
  requesterToken,
  type WorkspacesActionsOptions,
} from './WorkspacesActionsOptions';

/**
 * `workspaces:operate`: asks for an operation on a workspace; the lifecycle
 * rules and the user's role decide whether it may run.
 *
 * @public
 */
export function createWorkspacesOperateAction(
  options: WorkspacesActionsOptions,
) {
  const client = new WorkspacesClient({ discoveryApi: options.discovery });

  return createTemplateAction({
    id: 'workspaces:operate',
    description: `Queues an operation on a workspace (${requestableOperations.join(
      ', ',
    )}) as the user who runs the template. Fails with the reason when the operation is not allowed now.`,
    examples: [
      {
        description: 'Sync the applications of a workspace',
        example: [
          'steps:',
          '  - id: sync',
          '    action: workspaces:operate',
          '    name: Sync apps',
          '    input:',
          '      id: ${{ parameters.workspaceId }}',
          '      operation: sync-apps',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        id: z => z.string().describe('The workspace id.'),
        operation: z =>
          z.enum(requestableOperations).describe('The operation to run.'),
      },
      output: {
        jobId: z => z.string().describe('The id of the queued job.'),
      },
    },
    async handler(ctx) {
      const { id, operation } = ctx.input;
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would request ${operation} on ${id}`);
        ctx.output('jobId', 'dry-run');
        return;
      }
      try {
        const { job } = await client.requestOperation(
          id,
          { operation },
          { token: await requesterToken(options.auth, ctx) },
        );
        ctx.logger.info(
          `Queued ${operation} on workspace ${id}: job ${job.id}`,
        );
        ctx.output('jobId', job.id);
      } catch (error) {
        throw refusalError(error, `${operation} on workspace ${id}`);
      }
    },
  });
}
