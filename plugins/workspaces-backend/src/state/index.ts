export { createStateRouter, STATE_ROUTE } from './createStateRouter';
export type { StateRouterOptions } from './createStateRouter';
export { builtinBackendConfig } from './builtinBackendConfig';
export type {
  BuiltinBackendConfig,
  HttpBackendSettings,
} from './builtinBackendConfig';
export type {
  StaleLockTakeover,
  StateAccessPolicy,
} from './BuiltinStateBackend';
export type {
  ForceUnlockAuditEvent,
  StateLockSummary,
} from './forceUnlockState';
export type { StateStore } from './StateStore';
export type {
  JobCredentialStore,
  JobCredentialSubject,
} from './JobCredentialStore';
export { DatabaseStateStore } from './DatabaseStateStore';
export { DatabaseJobCredentialStore } from './DatabaseJobCredentialStore';
