import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';

/**
 * Backstage's root HTTP router, except that its server stops at once when the backend
 * shuts down. Out of development, Backstage's server closes only idle connections and
 * waits for the rest, and the events bus keeps a long poll open on each subscription
 * for up to a minute: a SIGTERM'd backend took 13 to 57 s to exit, longer than
 * Kubernetes' default grace period of 30 s. By the time the root router stops, every
 * plugin has shut down (and the workspaces runner has let Terraform save its state
 * before that), so what is left open is long polls and 503s: closing them loses
 * nothing.
 */
export const promptlyStoppingRootHttpRouter = rootHttpRouterServiceFactory({
  configure({ applyDefaults, server, lifecycle }) {
    applyDefaults();
    lifecycle.addShutdownHook(() => server.closeAllConnections());
  },
});
