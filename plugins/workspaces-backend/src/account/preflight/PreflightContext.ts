import type { UrlReaderService } from '@backstage/backend-plugin-api';

/** What every preflight may look at. */
export type PreflightContext = {
  /** The backend's environment, where secret references point. */
  env: NodeJS.ProcessEnv;
  /** Relative paths (roots, template and state directories) resolve against it. */
  workingDirectory: string;
  /** Allow-listed directories for stack templates, as configured. */
  stackTemplateRoots: string[];
  urlReader: UrlReaderService;
  /** How long a reachability check waits for a TCP connection. */
  connectTimeoutMs: number;
};
