import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
  RootConfigService,
} from '@backstage/backend-plugin-api';

/**
 * The backend services the workspaces actions are built from.
 *
 * @public
 */
export type WorkspacesActionsOptions = {
  /** Issues tokens on behalf of the user who runs the template. */
  auth: AuthService;
  /** Finds the workspaces backend. */
  discovery: DiscoveryService;
  /** Gives `app.baseUrl`, for links to workspace pages. */
  config: RootConfigService;
};

/**
 * A token for the workspaces backend on behalf of the template's initiator,
 * so that their permissions and approval rules apply, not the scaffolder's.
 */
export async function requesterToken(
  auth: AuthService,
  ctx: { getInitiatorCredentials(): Promise<BackstageCredentials> },
): Promise<string> {
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await ctx.getInitiatorCredentials(),
    targetPluginId: 'workspaces',
  });
  return token;
}

/** The link to a workspace's page in the portal, from `app.baseUrl`. */
export function workspacePageLinker(
  config: RootConfigService,
): (id: string) => string {
  const appBaseUrl = config.getString('app.baseUrl').replace(/\/+$/, '');
  return id => `${appBaseUrl}/workspaces/${id}`;
}
