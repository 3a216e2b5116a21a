import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
## Welcome to Oqullus Workspaces

A workspace is an isolated environment of the data platform: its own cloud
infrastructure (built by Terraform from a stack template), its own
applications and its own members.

- **Browse the catalog**: workspaces, stack templates, cloud credentials,
  state storages and networks are all [catalog entities](/).
- **Create something new** from a [portal template](/create).

This card lives in \`packages/app/src/modules/home/homeModule.tsx\`.
`;

const gettingStartedWidget = HomePageWidgetBlueprint.make({
  name: 'getting-started',
  params: {
    name: 'GettingStarted',
    title: 'Getting started',
    description: 'What Oqullus Workspaces is and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [gettingStartedWidget],
});
