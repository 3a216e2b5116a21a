import type {
  AuthService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { AuthenticationError, isError } from '@backstage/errors';
import type { Caller } from '../access/Caller';
import type {
  JobCredentialStore,
  JobCredentialSubject,
} from './JobCredentialStore';

/** Who is calling the state backend: a job's Terraform, or a Backstage user or service. */
export type StateActor =
  | ({ kind: 'job' } & JobCredentialSubject)
  | { kind: 'user'; caller: Caller };

export type StateAuthenticationDeps = {
  jobCredentials: JobCredentialStore;
  auth: AuthService;
  /** Turns verified Backstage credentials into the plugin's Caller (groups, account role). */
  resolveCaller(
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
  ): Promise<Caller>;
  clock: () => Date;
};

/** Terraform's http backend sends these as the Basic auth username. */
export const JOB_USERNAME = 'job';
export const BACKSTAGE_USERNAME = 'backstage';

const howToAuthenticate = `use HTTP Basic auth with username '${JOB_USERNAME}' and the job's state credential (TF_HTTP_PASSWORD), or username '${BACKSTAGE_USERNAME}' and a Backstage token`;

/**
 * Reads HTTP Basic credentials, as Terraform's http backend sends them. Backstage's own
 * auth middleware does not understand Basic auth, so the state routes are mounted as
 * unauthenticated and every request comes through here instead.
 */
export async function authenticateStateRequest(
  authorization: string | undefined,
  deps: StateAuthenticationDeps,
): Promise<StateActor> {
  const basic = authorization?.match(/^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i)?.[1];
  if (!basic) {
    throw new AuthenticationError(`No credentials: ${howToAuthenticate}`);
  }
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const username = colon < 0 ? decoded : decoded.slice(0, colon);
  const password = colon < 0 ? '' : decoded.slice(colon + 1);

  if (username === JOB_USERNAME) {
    const subject = await deps.jobCredentials.verify(
      password,
      deps.clock().toISOString(),
    );
    if (!subject) {
      throw new AuthenticationError(
        'The job credential is unknown, revoked or expired, or its job is no longer running; only a running job gets a working credential',
      );
    }
    return { kind: 'job', ...subject };
  }
  if (username === BACKSTAGE_USERNAME) {
    const credentials = await authenticateBackstageToken(password, deps.auth);
    return { kind: 'user', caller: await deps.resolveCaller(credentials) };
  }
  // The username is not quoted back: a misconfigured client may have put a secret there.
  throw new AuthenticationError(`Unknown username: ${howToAuthenticate}`);
}

async function authenticateBackstageToken(
  token: string,
  auth: AuthService,
): Promise<
  BackstageCredentials<BackstageUserPrincipal | BackstageServicePrincipal>
> {
  let credentials: BackstageCredentials;
  try {
    credentials = await auth.authenticate(token);
  } catch (error) {
    // Not passed on: an auth error message may quote the token it rejected.
    if (isError(error) && error.name === 'AuthenticationError') {
      throw new AuthenticationError(
        'The Backstage token is invalid or expired; get a fresh one and try again',
      );
    }
    throw error;
  }
  if (
    auth.isPrincipal(credentials, 'user') ||
    auth.isPrincipal(credentials, 'service')
  ) {
    return credentials;
  }
  throw new AuthenticationError(
    'The Backstage token does not name a user or service; sign in and use your own token',
  );
}
