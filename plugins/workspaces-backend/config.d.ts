export interface Config {
  /** Oqullus Workspaces: environments built by Terraform from stack templates. */
  workspaces?: {
    /**
     * Who holds the account-wide roles, as entity refs of users or groups.
     * The ready-made permission policy reads the same lists.
     */
    roles?: {
      /** Account Owners: may create, approve and delete workspaces and manage the account. */
      accountOwners?: string[];
      /** Admins: the same rights as Account Owners in this plugin. */
      admins?: string[];
      /**
       * What each service principal (a static or JWKS external-access token, or another
       * plugin such as `plugin:catalog`) may do: the names of the workspaces
       * permissions it may use, on every workspace. A service that is not listed may use
       * none; `plugin:catalog` gets workspace and account read unless listed here.
       */
      services?: Array<{
        /** The principal's subject: the token's `subject`, or `plugin:<pluginId>`. */
        subject: string;
        /** Permission names, e.g. `workspaces.workspace.read`. */
        permissions: string[];
      }>;
    };

    /**
     * Directories that directory stack templates may live in. A template's
     * directory must resolve inside one of them after symlinks are resolved;
     * relative paths resolve against the backend's working directory. Without
     * any, no directory template passes its check (URL templates still do).
     */
    stackTemplateRoots?: string[];

    /**
     * Account resources declared here (GitOps). They are read-only through
     * the API and UI, and the API cannot register another resource of the
     * same kind under one of their names. Every entry is validated at startup
     * like an API request body; an invalid one stops the backend.
     */
    account?: {
      /** The Terraform that workspaces are built from. */
      stackTemplates?: Array<{
        /** Unique among stack templates: lowercase letters, digits and hyphens, at most 63 characters. */
        name: string;
        /** What people see, 1 to 100 characters on one line. */
        title: string;
        /** What it builds, up to 1000 characters. */
        description?: string;
        /** Entity ref of the owning user or group, such as group:default/platform-team. */
        owner?: string;
        /**
         * Where the Terraform lives: a directory on the backend host inside
         * one of workspaces.stackTemplateRoots (relative paths resolve against
         * the backend's working directory), or an http(s) URL that
         * Backstage's UrlReader can read as a tree (see `integrations`).
         */
        source:
          | {
              /** A directory on the backend host. */
              type: 'directory';
              /** Absolute, or relative to the backend's working directory. */
              path: string;
            }
          | {
              /** A tree the UrlReader can read, such as a GitHub directory URL. */
              type: 'url';
              /** An http or https URL. */
              url: string;
            };
        /** A version label people can tell templates apart by, such as 1.2.0. */
        version?: string;
        /** Where the infrastructure module is inside the source. */
        infrastructure?: {
          /** Relative to the source, without '..'; '.' (the source itself) by default. */
          path?: string;
        };
        /**
         * The inputs the template asks people for, as a JSON Schema object;
         * each property becomes a form field and a Terraform variable.
         */
        inputs?: {
          /** Always 'object'. */
          type: 'object';
          /** One entry per input; the key is the Terraform variable name. */
          properties?: {
            [name: string]: {
              /** The input's type. */
              type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
              /** The form field label. */
              title?: string;
              /** Help text under the form field. */
              description?: string;
              /** The value the form starts with; it must fit the type. */
              default?:
                | string
                | number
                | boolean
                | Array<string | number | boolean>;
              /** The only values allowed; the form shows a choice. */
              enum?: Array<string | number | boolean>;
              /** Smallest value, for number and integer inputs. */
              minimum?: number;
              /** Largest value, for number and integer inputs. */
              maximum?: number;
              /** A regular expression string inputs must match. */
              pattern?: string;
              /** Shortest length, for string inputs. */
              minLength?: number;
              /** Longest length, for string inputs. */
              maxLength?: number;
              /** The type of each item, for array inputs. */
              items?: {
                /** The item type. */
                type: 'string' | 'number' | 'integer' | 'boolean';
              };
            };
          };
          /** Names of the properties people must fill in. */
          required?: string[];
        };
        /**
         * Application stacks, each a Terraform module applied after the
         * infrastructure (with its outputs as inputs), in this order, and
         * destroyed in reverse.
         */
        apps?: Array<{
          /** Unique within the template: lowercase letters, digits and hyphens. */
          name: string;
          /** What people see. */
          title?: string;
          /** The module directory, relative to the source, without '..'. */
          path: string;
        }>;
        /** Whether a workspace built from it waits for an Admin's approval; false by default. */
        requiresApproval?: boolean;
      }>;

      /**
       * How Terraform signs in to a cloud. A credential holds only
       * references to its secrets, never a value.
       */
      cloudCredentials?: Array<{
        /** Unique among cloud credentials: lowercase letters, digits and hyphens, at most 63 characters. */
        name: string;
        /** What people see, 1 to 100 characters on one line. */
        title: string;
        /** What it is for, up to 1000 characters. */
        description?: string;
        /** Entity ref of the owning user or group. */
        owner?: string;
        /** The cloud; 'env' passes plain environment variables for any other provider. */
        provider: 'aws' | 'gcp' | 'azure' | 'env';
        /**
         * Non-secret identity such as an account id, role ARN or project. A
         * key that looks like a secret (secret, password, token, private
         * key, access key) is refused.
         */
        identity?: { [key: string]: string };
        /**
         * Where each secret comes from when a job runs, and the environment
         * variable Terraform receives it in. Give references only: an
         * environment variable name or a file path on the backend host.
         * @deepVisibility secret
         */
        secrets?: Array<{
          /** The variable Terraform reads, such as AWS_SECRET_ACCESS_KEY. */
          name: string;
          /** Exactly one of `env` or `file`. */
          from:
            | {
                /** The name of an environment variable of the backend (not its value). */
                env: string;
              }
            | {
                /** The absolute path of a file on the backend host that holds the value. */
                file: string;
              };
        }>;
      }>;

      /** Where the Terraform state of workspaces lives. */
      stateStorages?: Array<{
        /** Unique among state storages: lowercase letters, digits and hyphens, at most 63 characters. */
        name: string;
        /** What people see, 1 to 100 characters on one line. */
        title: string;
        /** What it is for, up to 1000 characters. */
        description?: string;
        /** Entity ref of the owning user or group. */
        owner?: string;
        /**
         * The Terraform backend: builtin keeps state in this plugin's own
         * database; local is for development only.
         */
        kind: 'builtin' | 'pg' | 's3' | 'gcs' | 'azurerm' | 'http' | 'local';
        /**
         * Non-secret backend settings, named as Terraform names them: s3
         * needs bucket and region, gcs bucket, azurerm storage_account_name
         * and container_name, http address, and local path (the directory
         * state files are written to). Secret settings such as conn_str,
         * password or access_key are refused: reference them in `secrets`.
         */
        settings?: { [key: string]: string };
        /**
         * Secrets of the backend, as references, such as PG_CONN_STR for pg
         * or TF_HTTP_PASSWORD for http.
         * @deepVisibility secret
         */
        secrets?: Array<{
          /** The variable Terraform reads, such as PG_CONN_STR. */
          name: string;
          /** Exactly one of `env` or `file`. */
          from:
            | {
                /** The name of an environment variable of the backend (not its value). */
                env: string;
              }
            | {
                /** The absolute path of a file on the backend host that holds the value. */
                file: string;
              };
        }>;
      }>;

      /** Existing networks a workspace can join instead of creating its own. */
      networks?: Array<{
        /** Unique among networks: lowercase letters, digits and hyphens, at most 63 characters. */
        name: string;
        /** What people see, 1 to 100 characters on one line. */
        title: string;
        /** What it is for, up to 1000 characters. */
        description?: string;
        /** Entity ref of the owning user or group. */
        owner?: string;
        /** The cloud the network is in. */
        provider: 'aws' | 'gcp' | 'azure' | 'other';
        /** The cloud's id of the network, such as vpc-0abc123. */
        networkId: string;
        /** Its IPv4 CIDR block, such as 10.0.0.0/16. */
        cidr?: string;
        /** The region it is in, such as eu-west-1. */
        region?: string;
        /** Ids of the subnets workspaces may use. */
        subnets?: string[];
      }>;
    };

    /**
     * The job runner of this replica: it claims queued jobs from the database and runs
     * Terraform for them. Replicas share the queue; each has its own settings.
     */
    runner?: {
      /** Set false on replicas that should serve the API only. Default true. */
      enabled?: boolean;
      /** Jobs this replica runs at once. Default 2. */
      concurrency?: number;
      /** How often an idle runner looks for queued jobs, in milliseconds. Default 200. */
      pollIntervalMilliseconds?: number;
      /** How long a claimed job stays this runner's without a heartbeat. Default 30. */
      leaseSeconds?: number;
      /** How often a running job's lease is renewed. Default a sixth of the lease. */
      heartbeatSeconds?: number;
      /** How often jobs of dead runners are looked for. Default 5. */
      recoveryIntervalSeconds?: number;
      /** The longest one Terraform module may run. Default 60. */
      stepTimeoutMinutes?: number;
      /** Between asking Terraform to stop and killing it. Default 30. */
      cancelGraceSeconds?: number;
      /** Where jobs get their working directories. Default the system's temp directory. */
      workDirectory?: string;
      /** `terraform`, `tofu`, or a path to either. Default `terraform`. */
      terraformBinary?: string;
    };
  };
}
