import { usePermission } from '@backstage/plugin-permission-react';
import {
  accountManagePermission,
  accountReadPermission,
} from '@oqullus/plugin-workspaces-common';

/** What the signed-in user may do on the Account page. */
export type AccountAccess = 'loading' | 'manage' | 'read' | 'none';

/** Managers change resources; readers only look; the backend enforces both. */
export function useAccountAccess(): AccountAccess {
  const manage = usePermission({ permission: accountManagePermission });
  const read = usePermission({ permission: accountReadPermission });
  if (manage.loading || read.loading) {
    return 'loading';
  }
  if (manage.allowed) {
    return 'manage';
  }
  return read.allowed ? 'read' : 'none';
}
