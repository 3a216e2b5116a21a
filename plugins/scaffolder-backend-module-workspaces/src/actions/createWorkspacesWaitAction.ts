import { setTimeout as sleep } from 'node:timers/promises';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  workspaceStatusLabels,
  WorkspacesClient,
} from '@oqullus/plugin-workspaces-common';
import { refusalError } from './refusalError';
import {
  requesterToken,
  workspacePageLinker,
  type WorkspacesActionsOptions,
} from './WorkspacesActionsOptions';

const DEFAULT_TIMEOUT_SECONDS = 1800;
const DEFAULT_POLL_INTERVAL_SECONDS = 10;
/** The largest page the API serves. */
const EVENT_PAGE_SIZE = 500;

/**
 * `workspaces:wait`: waits until a workspace is Running, streaming its events
 * into the task log; fails when it fails, is deleted or takes too long.
 *
 * @public
 */
export function createWorkspacesWaitAction(options: WorkspacesActionsOptions) {
  const client = new WorkspacesClient({ discoveryApi: options.discovery });
  const workspacePage = workspacePageLinker(options.config);

  /** Logs every event after the cursor and returns the new cursor. */
  async function tailEvents(
    id: string,
    after: string | undefined,
    token: string,
    logger: LoggerService,
  ): Promise<string | undefined> {
    let cursor = after;
    for (;;) {
      const page = await client.listEvents(id, {
        after: cursor,
        limit: EVENT_PAGE_SIZE,
        token,
      });
      for (const event of page.items) {
        logger.info(event.message);
      }
      cursor = page.nextCursor ?? cursor;
      // A short page holds the newest events; only a full one has more behind it.
      if (page.items.length < EVENT_PAGE_SIZE) {
        return cursor;
      }
    }
  }

  return createTemplateAction({
    id: 'workspaces:wait',
    description:
      "Waits until a workspace is Running, showing its events in the task log. Fails with the workspace's failure reason when it fails, and when it is not Running within the timeout.",
    examples: [
      {
        description: 'Wait for the workspace created by an earlier step',
        example: [
          'steps:',
          '  - id: ready',
          '    action: workspaces:wait',
          '    name: Wait for the workspace',
          '    input:',
          '      id: ${{ steps.workspace.output.id }}',
          '      timeoutSeconds: 3600',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        id: z => z.string().describe('The workspace id.'),
        timeoutSeconds: z =>
          z
            .number()
            .int()
            .positive()
            .optional()
            .describe(
              `How long to wait before failing the task; ${DEFAULT_TIMEOUT_SECONDS} by default.`,
            ),
        pollIntervalSeconds: z =>
          z
            .number()
            .positive()
            .optional()
            .describe(
              `How often to check the workspace; ${DEFAULT_POLL_INTERVAL_SECONDS} by default.`,
            ),
      },
      output: {
        status: z => z.string().describe('The final status: running.'),
        outputs: z =>
          z.record(z.any()).describe('The Terraform outputs of the workspace.'),
      },
    },
    async handler(ctx) {
      const { id } = ctx.input;
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would wait for workspace ${id} to run`);
        ctx.output('status', 'running');
        ctx.output('outputs', {});
        return;
      }

      const timeoutSeconds =
        ctx.input.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
      const pollMs =
        (ctx.input.pollIntervalSeconds ?? DEFAULT_POLL_INTERVAL_SECONDS) * 1000;
      const deadline = Date.now() + timeoutSeconds * 1000;
      let cursor: string | undefined;
      let toldOfApproval = false;

      for (;;) {
        // A fresh token each round: the wait can outlast one token's lifetime.
        const token = await requesterToken(options.auth, ctx);
        let workspace;
        try {
          workspace = await client.getWorkspace(id, { token });
          // Said first, with the link: otherwise the task waits minutes with no reason.
          if (workspace.approval.state === 'pending' && !toldOfApproval) {
            ctx.logger.info(
              `Waiting for an Account Owner or Admin to approve ${
                workspace.name
              }: ${workspacePage(workspace.id)}`,
            );
            toldOfApproval = true;
          }
          cursor = await tailEvents(id, cursor, token, ctx.logger);
        } catch (error) {
          throw refusalError(error, `Reading workspace ${id}`);
        }

        const label = workspaceStatusLabels[workspace.status];
        if (workspace.status === 'running') {
          ctx.output('status', workspace.status);
          ctx.output('outputs', workspace.outputs);
          return;
        }
        if (workspace.status === 'failed') {
          throw new Error(
            `Workspace ${workspace.externalId} failed: ${
              workspace.failureReason ?? 'no reason was recorded'
            }`,
          );
        }
        if (workspace.status === 'deleting' || workspace.status === 'deleted') {
          throw new Error(
            `Workspace ${workspace.externalId} is ${label} and will not become Running`,
          );
        }
        if (Date.now() >= deadline) {
          throw new Error(
            `Workspace ${workspace.externalId} is still ${label} after ${timeoutSeconds} seconds; raise timeoutSeconds or follow it on its page`,
          );
        }
        await sleep(
          Math.min(pollMs, Math.max(0, deadline - Date.now())),
          undefined,
          { signal: ctx.signal },
        );
      }
    },
  });
}
