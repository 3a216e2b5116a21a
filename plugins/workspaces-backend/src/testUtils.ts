/**
 * The workspaces backend's test set-up, for other packages' tests that run the
 * real plugin: the example org's identities and roles, an httpAuth that
 * treats tokens as a real backend does, and the example account.
 *
 * @packageDocumentation
 */

// This entry point publishes some of the package's own test helpers, which
// live in __testUtils__ like every other test helper of the repository.
/* eslint-disable no-restricted-imports */

export {
  exampleStackTemplates,
  TEST_SECRET_ENV,
  testAccountConfig,
} from './__testUtils__/startWorkspacesTestBackend';
export { accountRolesConfig } from './__testUtils__/exampleOrg';
export { exampleOrgUserInfoFactory } from './__testUtils__/exampleOrgUserInfo';
export { realisticHttpAuthFactory } from './__testUtils__/realisticHttpAuth';
