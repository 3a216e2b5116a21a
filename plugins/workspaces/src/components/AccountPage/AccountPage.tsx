import { Content, Header, Page } from '@backstage/core-components';

/** Being built; replaced by the real page. */
export function AccountPage() {
  return (
    <Page themeId="tool">
      <Header title="Workspaces" />
      <Content>AccountPage</Content>
    </Page>
  );
}
