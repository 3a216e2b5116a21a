import { usePermission } from '@backstage/plugin-permission-react';
import { workspaceUpdatePermission } from '@oqullus/plugin-workspaces-common';

/** Whether the signed-in user may change this workspace's settings and members. */
export function useUpdatePermission(workspaceId: string) {
  const { allowed, loading } = usePermission({
    permission: workspaceUpdatePermission,
    resourceRef: workspaceId,
  });
  return { allowed, loading };
}

/** Shown instead of a disabled form when the policy says no. */
export const UPDATE_REFUSED_TEXT =
  'Only the owner, a workspace admin, an Account Owner or an Admin can change these settings.';
