import { Content, Header, Page } from '@backstage/core-components';

/** Being built; replaced by the real page. */
export function MyWorkspacesPage() {
  return (
    <Page themeId="tool">
      <Header title="Workspaces" />
      <Content>MyWorkspacesPage</Content>
    </Page>
  );
}
