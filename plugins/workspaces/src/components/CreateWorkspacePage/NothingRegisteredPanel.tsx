import { Link, WarningPanel } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Typography } from '@material-ui/core';
import { accountRouteRef } from '../../routes';

/**
 * Says which resources a workspace needs that nobody has registered yet, and
 * where Account Owners and Admins register them.
 */
export function NothingRegisteredPanel(props: { missing: string[] }) {
  const accountRoute = useRouteRef(accountRouteRef);
  return (
    <WarningPanel
      severity="warning"
      title={`This account has no ${props.missing.join(' and no ')} yet`}
      defaultExpanded
    >
      <Typography variant="body2">
        A workspace is built from a stack template, a cloud credential and a
        state storage. Account Owners and Admins register them on the{' '}
        <Link to={accountRoute()}>Account page</Link>; ask one of them if you
        cannot.
      </Typography>
    </WarningPanel>
  );
}
