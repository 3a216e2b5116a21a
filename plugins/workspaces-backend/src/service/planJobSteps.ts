import type { JobOperation, JobStep } from '@oqullus/plugin-workspaces-common';

const infrastructure: JobStep = {
  name: 'infrastructure',
  kind: 'infrastructure',
  status: 'pending',
};

/**
 * The steps of a job, in the order they run: the infrastructure before the apps (which
 * consume its outputs), and the reverse when destroying. The apps are the workspace's,
 * copied from its template when it was created, so a job never needs the registry
 * (nor a second database connection) inside its transaction.
 */
export function planJobSteps(
  operation: JobOperation,
  workspace: { apps: Array<{ name: string }> },
): JobStep[] {
  const apps: JobStep[] = workspace.apps.map(app => ({
    name: app.name,
    kind: 'app',
    status: 'pending',
  }));
  switch (operation) {
    case 'provision':
      return [infrastructure, ...apps].map(step => ({ ...step }));
    case 'sync-infrastructure':
      return [{ ...infrastructure }];
    case 'sync-apps':
      return apps;
    case 'destroy':
      return [...apps.reverse(), { ...infrastructure }];
    default: {
      const unknown: never = operation;
      throw new Error(`Unknown job operation ${unknown}`);
    }
  }
}
