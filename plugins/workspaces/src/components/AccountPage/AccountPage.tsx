import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  TabbedLayout,
} from '@backstage/core-components';
import { accountResourceKinds } from '@oqullus/plugin-workspaces-common';
import { ACCOUNT_ROLE_NEEDED, accountKindLabels } from './accountKinds';
import { AccountResourceTab } from './AccountResourceTab';
import { useAccountAccess } from './useAccountAccess';

/**
 * The account's stack templates, cloud credentials, state storages and
 * networks, one tab each. Managers change them; readers only look.
 */
export function AccountPage() {
  const access = useAccountAccess();
  return (
    <Page themeId="tool">
      <Header
        title="Account"
        subtitle="What workspaces are built from: templates, credentials, state storages and networks"
      />
      {access === 'loading' && (
        <Content>
          <Progress />
        </Content>
      )}
      {access === 'none' && (
        <Content>
          <EmptyState
            missing="info"
            title={`${ACCOUNT_ROLE_NEEDED} to see the account`}
            description="The account's templates, credentials, state storages and networks are shown to Account Owners and Admins. Ask one of them for access."
          />
        </Content>
      )}
      {(access === 'manage' || access === 'read') && (
        <TabbedLayout>
          {accountResourceKinds.map((kind, index) => (
            <TabbedLayout.Route
              key={kind}
              path={index === 0 ? '/' : `/${kind}`}
              title={accountKindLabels[kind].plural}
            >
              <AccountResourceTab kind={kind} canManage={access === 'manage'} />
            </TabbedLayout.Route>
          ))}
        </TabbedLayout>
      )}
    </Page>
  );
}
