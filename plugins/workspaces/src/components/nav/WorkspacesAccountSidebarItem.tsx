import { SidebarItem } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import AccountBalanceIcon from '@material-ui/icons/AccountBalance';
import { accountManagePermission } from '@oqullus/plugin-workspaces-common';

/**
 * The sidebar's way to the workspaces Account (stack templates, credentials,
 * storages), shown only to those who manage it: Account Owners and Admins.
 *
 * @public
 */
export function WorkspacesAccountSidebarItem(props: {
  /** Where the Account page is; below the default mount point unless told. */
  to?: string;
}) {
  const { allowed } = usePermission({ permission: accountManagePermission });
  if (!allowed) return null;
  return (
    <SidebarItem
      icon={AccountBalanceIcon}
      to={props.to ?? '/workspaces/account'}
      text="Account"
    />
  );
}
