/**
 * The workspaces backend's test set-up, for other packages' tests that run the
 * real plugin: the example org's identities and roles, an httpAuth that
 * treats tokens as a real backend does, and the example account.
 *
 * @packageDocumentation
 */

export {
  exampleStackTemplates,
  TEST_SECRET_ENV,
  testAccountConfig,
} from './testing/startWorkspacesTestBackend';
export { accountRolesConfig } from './testing/exampleOrg';
export { exampleOrgUserInfoFactory } from './testing/exampleOrgUserInfo';
export { realisticHttpAuthFactory } from './testing/realisticHttpAuth';
