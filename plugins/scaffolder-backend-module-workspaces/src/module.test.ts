import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  scaffolderActionsExtensionPoint,
  type TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { scaffolderModuleWorkspaces } from './module';

describe('scaffolderModuleWorkspaces', () => {
  it('adds the workspaces actions to the scaffolder', async () => {
    const added: TemplateAction<any, any, any>[] = [];

    await startTestBackend({
      extensionPoints: [
        [
          scaffolderActionsExtensionPoint,
          {
            addActions: (...actions: TemplateAction<any, any, any>[]) =>
              added.push(...actions),
          },
        ],
      ],
      features: [
        scaffolderModuleWorkspaces,
        mockServices.rootConfig.factory({
          data: { app: { baseUrl: 'http://localhost:3000' } },
        }),
      ],
    });

    expect(added.map(action => action.id)).toEqual([
      'workspaces:create',
      'workspaces:wait',
      'workspaces:operate',
      'workspaces:delete',
    ]);
    expect(added.every(action => action.supportsDryRun)).toBe(true);
  });
});
