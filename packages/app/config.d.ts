export interface Config {
  auth?: {
    providers?: {
      /** Sign-in as the example users of the embedded portal (development only). */
      'example-users'?: {
        /**
         * Users offered on the sign-in page; each name is a User entity in the catalog.
         * @visibility frontend
         */
        users?: Array<{
          /** @visibility frontend */
          name: string;
          /** @visibility frontend */
          displayName: string;
          /** @visibility frontend */
          role: string;
          /** @visibility frontend */
          description?: string;
        }>;
        /**
         * Lets the provider run when auth.environment is not development. Never set it
         * in a real deployment: it signs anybody in without a password.
         */
        dangerouslyAllowOutsideDevelopment?: boolean;
      };
    };
  };
}
