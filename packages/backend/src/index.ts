/*
 * The backend of the example portal: the Backstage core plugins Oqullus Workspaces builds
 * on, and the sign-in of the embedded default's example users.
 */
import { createBackend } from '@backstage/backend-defaults';
import { exampleUsersAuthModule } from './modules/exampleUsersAuthModule';
import { promptlyStoppingRootHttpRouter } from './services/promptlyStoppingRootHttpRouter';

const backend = createBackend();

backend.add(promptlyStoppingRootHttpRouter);

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(exampleUsersAuthModule);

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(import('@oqullus/plugin-catalog-backend-module-workspaces'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);
backend.add(import('@oqullus/plugin-scaffolder-backend-module-workspaces'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@oqullus/plugin-permission-backend-module-workspaces-policy'),
);

backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));

backend.add(import('@oqullus/plugin-workspaces-backend'));

// A backend whose start failed (such as on a missing OQULLUS_SCRIPT_TOKEN) would keep
// listening and serve nothing: exit, so the operator or Kubernetes sees the failure.
backend.start().catch(error => {
  process.stderr.write(`The backend did not start: ${error}\n`);
  process.exit(1);
});
