// generated from openapi.yaml by scripts/openapi/generate-spec.mjs; do not edit
// (change src/schema/openapi.yaml, then run yarn generate:openapi)

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'workspaces',
    version: '1',
    description:
      "The REST API of Oqullus Workspaces: register the account resources workspaces are built\nfrom, create workspaces, run their operations, manage their members and follow their\njobs and events.\n\n**Base URL.** Paths below are relative to the plugin's base URL, which is\n`backend.baseUrl` plus `/api/workspaces` (for example\n`http://localhost:7007/api/workspaces/workspaces`); in code, ask the discovery service\nfor the plugin id `workspaces`.\n\n**Authentication.** Every request needs `Authorization: Bearer <token>`: a Backstage user\ntoken, or a service token when another plugin or a script (an external-access token)\ncalls on its own behalf. What a user may do then depends on the permission policy and on\ntheir role in the workspace; a service may use only the permissions that\n`workspaces.roles.services` grants its subject, and what it creates waits for approval.\n\n**Conventions.** Bodies are JSON objects of at most 256 KB (413 beyond), nested at\nmost 32 levels deep, with no key named `__proto__`, `constructor` or `prototype`\n(400 otherwise, naming the depth or the key). Times are ISO 8601 strings in UTC. People are catalog\nentity refs (`user:default/dana.dev`, `group:default/platform-team`). Workspace statuses\nare lowercase: `created`, `provisioning`, `running`, `failed`, `deleting`, `deleted`.\nList responses are `{ items, nextCursor? }`. For workspaces, pass `nextCursor` back as\n`cursor` to read the next page; no `nextCursor` means the last page. Events and job logs\nare tails: their `nextCursor` is the id of the last item on every non-empty page and,\non an empty page, the `after` the request gave; pass it back as `after` to read only\nwhat is newer. A page with fewer items than `limit` is the end for now: poll again\nlater with the same cursor.\n\n**Errors.** Every error has Backstage's error body. `error.name` is the error type\n(`InputError` 400, `AuthenticationError` 401, `NotAllowedError` 403, `NotFoundError`\n404, `ConflictError` 409) and `error.message` is one sentence saying what was wrong and\nwhat to do instead, suitable to show to a person as is.\n",
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {
      JWT: [],
    },
  ],
  tags: [
    {
      name: 'Account',
      description:
        'Stack templates, cloud credentials, state storages and networks.',
    },
    {
      name: 'Workspaces',
      description: 'Workspaces, their lifecycle operations and approval.',
    },
    {
      name: 'Members',
      description: 'Users and groups given a role in one workspace.',
    },
    {
      name: 'Events',
      description: 'The append-only history of a workspace.',
    },
    {
      name: 'Jobs',
      description: 'Runs of operations, their steps and their Terraform logs.',
    },
  ],
  paths: {
    '/account/{kind}': {
      get: {
        parameters: [
          {
            $ref: '#/components/parameters/accountResourceKind',
          },
        ],
        operationId: 'listAccountResources',
        tags: ['Account'],
        summary: 'List the account resources of one kind',
        description:
          'Every resource of the kind: those declared in app-config (`origin: config`,\nread-only) and those registered through this API (`origin: database`), each with\nits last check result and the live workspaces built from it (`usedBy`).\n',
        responses: {
          '200': {
            description: 'The resources, ordered by name.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccountResourceList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'The kind is not one of the four account resource kinds.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller may not read the account (`workspaces.account.read`).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      post: {
        parameters: [
          {
            $ref: '#/components/parameters/accountResourceKind',
          },
        ],
        operationId: 'createAccountResource',
        tags: ['Account'],
        summary: 'Register an account resource',
        description:
          "Registers a resource of the kind in the path; the body must have that kind's\nfields. Secrets are never sent: cloud credentials and state storages only say where\ntheir secrets come from (an environment variable or a file on the backend host).\n",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AccountResourceRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The registered resource, with `origin` `database`.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccountResourceWithUsage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'The body is invalid or does not match the kind (the message names each field), or a directory stack template lies outside `workspaces.stackTemplateRoots`.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller may not manage the account (`workspaces.account.manage`).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'A resource of this kind already has that name, in app-config or in the database; pick another name.',
          },
        },
      },
    },
    '/account/{kind}/{name}': {
      get: {
        parameters: [
          {
            $ref: '#/components/parameters/accountResourceKind',
          },
          {
            $ref: '#/components/parameters/accountResourceName',
          },
        ],
        operationId: 'getAccountResource',
        tags: ['Account'],
        summary: 'Get one account resource',
        responses: {
          '200': {
            description:
              'The resource, with the live workspaces built from it.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccountResourceWithUsage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller may not read the account (`workspaces.account.read`).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description: 'There is no resource of this kind with this name.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      put: {
        parameters: [
          {
            $ref: '#/components/parameters/accountResourceKind',
          },
          {
            $ref: '#/components/parameters/accountResourceName',
          },
        ],
        operationId: 'replaceAccountResource',
        tags: ['Account'],
        summary: 'Replace an account resource',
        description:
          'Replaces every field of a resource registered through the API; fields left out are\nremoved. `name` must be the one in the path: a resource cannot be renamed. Live\nworkspaces keep using the resource by name, so the change applies to their next job.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AccountResourceRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The resource as it is now.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccountResourceWithUsage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'The body is invalid, does not match the kind, or its name differs from the path, or a directory stack template lies outside `workspaces.stackTemplateRoots`.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller may not manage the account (`workspaces.account.manage`).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no resource of this kind with this name; register it with POST first.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'The resource is declared in app-config (`origin` `config`) and is read-only here; change it in app-config.',
          },
        },
      },
      delete: {
        parameters: [
          {
            $ref: '#/components/parameters/accountResourceKind',
          },
          {
            $ref: '#/components/parameters/accountResourceName',
          },
        ],
        operationId: 'deleteAccountResource',
        tags: ['Account'],
        summary: 'Remove an account resource',
        responses: {
          '204': {
            description: 'The resource is gone.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller may not manage the account (`workspaces.account.manage`).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description: 'There is no resource of this kind with this name.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'Live workspaces still use the resource (the message names them; delete them first), or it is declared in app-config and must be removed there.',
          },
        },
      },
    },
    '/account/{kind}/{name}/check': {
      post: {
        parameters: [
          {
            $ref: '#/components/parameters/accountResourceKind',
          },
          {
            $ref: '#/components/parameters/accountResourceName',
          },
        ],
        operationId: 'checkAccountResource',
        tags: ['Account'],
        summary: 'Check an account resource now',
        description:
          "Runs the preflight check of the resource (can the template source be read, are the\ncredential's secret sources present, can the state storage be reached), stores the\nresult and returns it. Works for app-config resources too. Send no body.\n",
        responses: {
          '200': {
            description: 'The new check result; `messages` says what to fix.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccountResourceValidation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller may not manage the account (`workspaces.account.manage`).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description: 'There is no resource of this kind with this name.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/workspaces': {
      get: {
        operationId: 'listWorkspaces',
        tags: ['Workspaces'],
        summary: 'List workspaces',
        description:
          'Workspaces the caller may see, newest first unless `sort` says otherwise, one page at a time. Deleted workspaces\nare left out unless `status` asks for `deleted`. Items carry their `activeJob` but not\n`allowedOperations`; get one workspace for those.\n',
        parameters: [
          {
            name: 'scope',
            in: 'query',
            allowReserved: true,
            description:
              '`mine`: workspaces the caller, or one of their groups, owns or is a member of.\n`all`: every workspace the caller may read (Account Owners and Admins see all).\n',
            schema: {
              type: 'string',
              enum: ['mine', 'all'],
              default: 'mine',
            },
          },
          {
            name: 'status',
            in: 'query',
            allowReserved: true,
            description:
              'Only workspaces in these statuses. Repeat the parameter\n(`status=running&status=failed`) or separate with commas (`status=running,failed`).\n',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              items: {
                type: 'string',
                pattern:
                  '^(created|provisioning|running|failed|deleting|deleted)(,(created|provisioning|running|failed|deleting|deleted))*$',
              },
            },
          },
          {
            name: 'approval',
            in: 'query',
            allowReserved: true,
            description:
              'Only workspaces whose approval request is in this state; `pending` lists the\nrequests waiting for an Account Owner or Admin to decide.\n',
            schema: {
              $ref: '#/components/schemas/ApprovalState',
            },
          },
          {
            name: 'template',
            in: 'query',
            allowReserved: true,
            description:
              'Only workspaces built from the stack template of this name.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'owner',
            in: 'query',
            allowReserved: true,
            description:
              'Only workspaces owned by this user or group entity ref.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'q',
            in: 'query',
            allowReserved: true,
            description:
              'Case-insensitive text found in the name, external id or description.',
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'limit',
            in: 'query',
            allowReserved: true,
            description: 'The most items in one page.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 20,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            allowReserved: true,
            description:
              'The `nextCursor` of the previous page; keep the other parameters the same.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'sort',
            in: 'query',
            allowReserved: true,
            description:
              'The order: `name` (case-insensitive), `status`, `lastActivity` or `created`, ties\nbroken by id so pages neither skip nor repeat. Without it, newest created first.\n',
            schema: {
              type: 'string',
              enum: ['name', 'status', 'lastActivity', 'created'],
            },
          },
          {
            name: 'order',
            in: 'query',
            allowReserved: true,
            description: 'With `sort` only; `asc` by default.',
            schema: {
              type: 'string',
              enum: ['asc', 'desc'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of workspaces.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'A parameter is invalid, such as an unknown status, a limit outside 1 to 100, or a cursor this server did not issue.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      post: {
        operationId: 'createWorkspace',
        tags: ['Workspaces'],
        summary: 'Create a workspace',
        description:
          "Registers a workspace in `created`, built from the named account resources and the\nstack template's input values (`parameters`). Without `externalId` one such as\n`ws-k3v9x0q2mz` is generated; without `owner` the caller owns the workspace (a\nservice must name an owner).\n\n**Who needs approval.** The request waits for approval (`approval.state` `pending`,\nno job queued, `job` null) when the stack template has `requiresApproval`, or when\nthe caller is not an Account Owner or Admin; services never hold those roles, so\nwhat a service creates always waits. Otherwise (`approval.state` `not-required`)\nthe Provision job is queued at once and returned as `job`. An Account Owner or\nAdmin approves with decideApproval.\n\nSend an `Idempotency-Key` to make retries safe: repeating the request with the same\nkey returns the workspace the first request created (201 again, with\n`Idempotent-Replayed: true`) instead of creating another.\n",
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            description:
              'Any string that identifies this one intended workspace, such as a fresh UUID: 1 to\n255 printable ASCII characters, not only spaces. An empty or otherwise invalid key\nis refused with 400, never taken as absent.\n',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
              pattern: '^[ -~]*[!-~][ -~]*$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateWorkspaceRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            description:
              'The new workspace, or the one an earlier request with the same Idempotency-Key created, with the Provision job the request queued (`job`, null when the workspace waits for approval).',
            headers: {
              'Idempotent-Replayed': {
                description:
                  '`true` when this response replays an earlier request with the same Idempotency-Key; absent otherwise.',
                schema: {
                  type: 'string',
                  enum: ['true'],
                },
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceWithQueuedJob',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              "The body is invalid, names an account resource that does not exist, or its parameters do not fit the template's inputs (the message names each field), or the Idempotency-Key is empty or invalid.",
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller may not create workspaces (`workspaces.workspace.create`).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              "The external id is taken by another workspace (choose another or leave it out), the Idempotency-Key was already used with a different body, or the stack template's directory is no longer inside `workspaces.stackTemplateRoots` (choose another template, or ask an Account Owner or Admin to move it or allow its root).",
          },
        },
      },
    },
    '/workspaces/{id}': {
      get: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'getWorkspace',
        tags: ['Workspaces'],
        summary: 'Get a workspace',
        description:
          'The workspace with its active job and, for the caller, whether each operation is\nallowed now and, if not, why: the same decision the server applies when the\noperation is requested, so a UI can disable a button with the reason.\n',
        responses: {
          '200': {
            description: 'The workspace.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceWithAllowedOperations',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      patch: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'updateWorkspace',
        tags: ['Workspaces'],
        summary: 'Rename a workspace or change its description',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateWorkspaceRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The workspace after the change.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Workspace',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'The body is invalid or changes nothing; give a name, a description or both.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'Only the owner, a workspace admin, or an Account Owner or Admin may change the workspace.',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description: 'The workspace is Deleted and can no longer change.',
          },
        },
      },
      delete: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'deleteWorkspace',
        tags: ['Workspaces'],
        summary: 'Delete a workspace and destroy its infrastructure',
        description:
          'Queues a destroy job: apps are destroyed in reverse order, then the infrastructure,\nthen the workspace becomes `deleted` (a tombstone kept for audit). Permanent. Works\nin every status but Deleted, whatever the approval. A job in progress (such as\nprovisioning) is cancelled first (a queued one at once, a running one is asked to\nstop and finishes as cancelled) and the destroy runs after it. A destroy that fails\nleaves the workspace `failed`, where only an approved request (or one that needs\nnone) may provision again; Delete can be retried.\n\nIdempotent while a destroy is under way: when a destroy job is already queued or\nrunning, the answer is 202 with that same job, and no second job is queued.\n',
        responses: {
          '202': {
            description:
              'The destroy job was queued, or the one already queued or running; follow it with getJob or the events.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/JobAccepted',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              "Only an Account Owner or Admin may delete a workspace; the message says the caller's role.",
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'The workspace is Deleted, or is Deleting with its destroy job being cancelled; the message gives the status and what to do instead.',
          },
        },
      },
    },
    '/workspaces/{id}/operations': {
      post: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'requestOperation',
        tags: ['Workspaces'],
        summary: 'Run an operation on a workspace',
        description:
          'Queues a job for `provision` (a Created or Failed workspace), `sync-infrastructure`\nor `sync-apps` (a Running workspace). Only one job runs per workspace at a time.\nEach builds infrastructure, so each needs an approval state of `not-required` or\n`approved`, in every status: a pending or rejected request answers 409.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/OperationRequest',
              },
            },
          },
        },
        responses: {
          '202': {
            description:
              'The job was queued; follow it with getJob or the events.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/JobAccepted',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'The operation is not provision, sync-infrastructure or sync-apps.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller is not the owner, an operator or admin of the workspace, nor an Account Owner or Admin.',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'The operation is not allowed now; the message gives the current status and what is allowed instead (the workspace has the wrong status, awaits approval, or another job is in progress).',
          },
        },
      },
    },
    '/workspaces/{id}/approval': {
      post: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'decideApproval',
        tags: ['Workspaces'],
        summary: 'Approve or reject a requested workspace',
        description:
          'Decides a pending approval request. `approve` queues the Provision job and returns\nit as `job`; after `reject` the workspace stays Created, cannot be provisioned, and\n`job` is null. A rejection needs a comment telling the requester why.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ApprovalDecision',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The workspace with its new `approval` and the Provision job an approval queued (`job`, null after a rejection).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceWithQueuedJob',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'The decision is not approve or reject, or a rejection has no comment.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description: 'Only an Account Owner or Admin may decide approvals.',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'There is no pending request (approval not required, or already decided); the message says which.',
          },
        },
      },
    },
    '/workspaces/{id}/members': {
      get: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'listMembers',
        tags: ['Members'],
        summary: 'List the members of a workspace',
        responses: {
          '200': {
            description:
              'Every member; the owner is not listed unless also added as a member.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/MemberList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/workspaces/{id}/members/{memberRef}': {
      put: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
          {
            $ref: '#/components/parameters/memberRef',
          },
        ],
        operationId: 'putMember',
        tags: ['Members'],
        summary: 'Add a member or change their role',
        description:
          'Gives the user or group in the path the role in the body, adding them when they are not a member yet.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ChangeMemberRoleRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The member as it is now.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceMember',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              'The member ref is not a user or group entity ref, names a user or group the catalog does not hold (checked when adding, not when changing the role of a member), or the role is not admin, operator or viewer.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'Only the owner, a workspace admin, or an Account Owner or Admin may manage members.',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'The workspace is Deleted and its members can no longer change.',
          },
        },
      },
      delete: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
          {
            $ref: '#/components/parameters/memberRef',
          },
        ],
        operationId: 'removeMember',
        tags: ['Members'],
        summary: 'Remove a member',
        responses: {
          '204': {
            description: 'The member is removed.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description: 'The member ref is not a user or group entity ref.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'Only the owner, a workspace admin, or an Account Owner or Admin may manage members.',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no such workspace, or the user or group is not a member of it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'The workspace is Deleted and its members can no longer change.',
          },
        },
      },
    },
    '/workspaces/{id}/state-locks/{component}': {
      delete: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
          {
            name: 'component',
            in: 'path',
            required: true,
            description: 'infrastructure, or the name of an app.',
            schema: {
              type: 'string',
            },
          },
        ],
        operationId: 'forceUnlockState',
        tags: ['Workspaces'],
        summary: "Force-unlock one of the workspace's Terraform states",
        description:
          "Releases the lock on a state in the built-in storage that a Terraform run left\nbehind (the workspace's `stateLocks` lists them), as `terraform force-unlock` does\nthrough the state backend, with the same rules: Account Owners and Admins, and\nservices granted workspaces.state.unlock; never while the job holding the lock is\nstill running (cancel it instead). Audited, and written to the workspace's events\nas `state.unlocked`. Send no body.\n",
        responses: {
          '204': {
            description: 'The lock is released; the next job can take it.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'Only Account Owners and Admins (and services granted workspaces.state.unlock) may force-unlock a state.',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no such workspace visible to the caller, or that state is not locked.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'The job holding the lock is still running; cancel it first.',
          },
        },
      },
    },
    '/workspaces/{id}/events': {
      get: {
        operationId: 'listEvents',
        tags: ['Events'],
        summary: 'Read the history of a workspace',
        description:
          'Events oldest first. To tail a workspace, call again with `after` set to the last\n`nextCursor` (an event id): only newer events come back, none when nothing happened\n(then `nextCursor` is the `after` given, so the next poll asks the same). A page\nshorter than `limit` holds the newest events; read on at once only after a full one.\n',
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
          {
            name: 'after',
            in: 'query',
            allowReserved: true,
            description: 'An event id; only events after it are returned.',
            schema: {
              type: 'string',
              pattern: '^[0-9]+$',
            },
          },
          {
            name: 'limit',
            in: 'query',
            allowReserved: true,
            description: 'The most events in one page.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of events.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EventPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              '`after` is not an event id, or `limit` is out of range.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/workspaces/{id}/resources': {
      get: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'listResources',
        tags: ['Workspaces'],
        summary: "List what the workspace's Terraform states hold",
        description:
          "Every resource instance of the infrastructure and the apps, by component, address, type and mode, never attribute values (they can hold secrets). With the built-in state storage the list is read from the current states (`source: state`); with other storages it is what the succeeded jobs' applies reported (`source: last-apply`). A Deleted workspace holds nothing. Whoever may read the workspace may list them.",
        responses: {
          '200': {
            description:
              "The resources, the infrastructure's first, then each app's, by address.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WorkspaceResourceList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/workspaces/{id}/jobs': {
      get: {
        parameters: [
          {
            $ref: '#/components/parameters/workspaceId',
          },
        ],
        operationId: 'listJobs',
        tags: ['Jobs'],
        summary: 'List the jobs of a workspace',
        responses: {
          '200': {
            description: "The workspace's jobs, newest first.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/JobList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no workspace with this id, or the caller may not see it.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/jobs/{jobId}': {
      get: {
        parameters: [
          {
            $ref: '#/components/parameters/jobId',
          },
        ],
        operationId: 'getJob',
        tags: ['Jobs'],
        summary: 'Get a job',
        description:
          'The job with its steps; poll it, or follow the workspace events, until `status` is succeeded, failed or cancelled.',
        responses: {
          '200': {
            description: 'The job.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Job',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no job with this id, or the caller may not see its workspace.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/jobs/{jobId}/log': {
      get: {
        operationId: 'getJobLog',
        tags: ['Jobs'],
        summary: 'Read the Terraform log of a job',
        description:
          'The raw output of the job in the order it was written, in chunks, with known secret\nvalues masked. While the job runs the log grows: call again with `after` set to the\nlast `nextCursor` to get only the new chunks (none yet: an empty page whose\n`nextCursor` is the `after` given). A page shorter than `limit` holds the newest\nchunks; read on at once only after a full one.\n',
        parameters: [
          {
            $ref: '#/components/parameters/jobId',
          },
          {
            name: 'after',
            in: 'query',
            allowReserved: true,
            description: 'A chunk `seq`; only later chunks are returned.',
            schema: {
              type: 'string',
              pattern: '^[0-9]+$',
            },
          },
          {
            name: 'limit',
            in: 'query',
            allowReserved: true,
            description: 'The most chunks in one page.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
              default: 100,
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page of log chunks.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/JobLogPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
            description:
              '`after` is not a chunk seq, or `limit` is out of range.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no job with this id, or the caller may not see its workspace.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/jobs/{jobId}/cancel': {
      post: {
        parameters: [
          {
            $ref: '#/components/parameters/jobId',
          },
        ],
        operationId: 'cancelJob',
        tags: ['Jobs'],
        summary: 'Cancel a queued or running job',
        description:
          'Asks the job to stop: a queued job never starts, a running one is interrupted\n(Terraform gets time to save its state, then is killed). The response has\n`cancelRequestedAt` set; the job reaches `cancelled` once it has stopped. Asking\nagain is harmless. Send no body.\n',
        responses: {
          '202': {
            description: 'The cancel was requested.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Job',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'The caller is not the owner, an operator or admin of the workspace, nor an Account Owner or Admin.',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no job with this id, or the caller may not see its workspace.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              'The job has already finished (succeeded, failed or cancelled); there is nothing to cancel.',
          },
        },
      },
    },
    '/jobs/{jobId}/kept-states/{component}/push': {
      post: {
        parameters: [
          {
            $ref: '#/components/parameters/jobId',
          },
          {
            name: 'component',
            in: 'path',
            required: true,
            description: 'infrastructure, or the name of an app.',
            schema: {
              type: 'string',
            },
          },
        ],
        operationId: 'pushKeptState',
        tags: ['Jobs'],
        summary:
          'Push a state the job could not save into the built-in storage',
        description:
          "When Terraform cannot save its state, the runner pushes it into the built-in\nstorage itself; when that is refused (the stored state moved on, or it is locked)\nor the storage is not the built-in one, the state is kept with the job and listed\nin the workspace's `keptStates`. This pushes it, with the same checks as\n`terraform state push`: same lineage, newer serial, under the state's lock. The\ndocument is never returned. Audited. Send no body.\n",
        responses: {
          '200': {
            description: 'The storage holds the kept state now.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KeptStatePushResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
            description:
              'Only Account Owners and Admins may push a kept state (workspaces.state.push).',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
            description:
              'There is no such job visible to the caller, or it keeps no state of that component waiting to be pushed.',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
            description:
              "The push was refused (the stored state moved on, another lineage, locked), or the workspace's storage is not the built-in one.",
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      JWT: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'A Backstage user token, or a service token for plugin-to-plugin calls.',
      },
    },
    parameters: {
      workspaceId: {
        name: 'id',
        in: 'path',
        required: true,
        description: "The workspace's UUID (not its external id).",
        schema: {
          type: 'string',
          format: 'uuid',
        },
      },
      jobId: {
        name: 'jobId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
        },
      },
      accountResourceKind: {
        name: 'kind',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/AccountResourceKind',
        },
      },
      accountResourceName: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/AccountResourceName',
        },
      },
      memberRef: {
        name: 'memberRef',
        in: 'path',
        required: true,
        description:
          'A user or group entity ref, URL-encoded as one path segment (`user%3Adefault%2Fdana.dev`).',
        schema: {
          type: 'string',
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          'InputError: a parameter or the body is invalid; the message names each field and what is allowed.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description:
          'AuthenticationError: the request has no valid Backstage user or service token.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description:
          'NotAllowedError: the caller may not do this; the message says which role or permission it needs.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description:
          'NotFoundError: what the path names does not exist, or the caller may not see it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description:
          'ConflictError: the request clashes with the current state; the message says what the state is and what to do instead.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        description:
          "Backstage's error body, as every error response carries it.",
        required: ['error', 'request', 'response'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
                description: 'The error type, such as ConflictError.',
                examples: ['ConflictError'],
              },
              message: {
                type: 'string',
                description: 'What was wrong and what to do instead.',
              },
            },
          },
          request: {
            type: 'object',
            required: ['method', 'url'],
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            required: ['statusCode'],
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
      EntityRef: {
        type: 'string',
        description: 'A catalog entity ref of a user or group.',
        examples: ['user:default/dana.dev', 'group:default/platform-team'],
      },
      WorkspaceStatus: {
        type: 'string',
        enum: [
          'created',
          'provisioning',
          'running',
          'failed',
          'deleting',
          'deleted',
        ],
      },
      ApprovalState: {
        type: 'string',
        enum: ['not-required', 'pending', 'approved', 'rejected'],
      },
      WorkspaceOperation: {
        type: 'string',
        enum: [
          'provision',
          'sync-infrastructure',
          'sync-apps',
          'delete',
          'approve',
          'reject',
          'cancel',
        ],
      },
      OperationRefusalCode: {
        type: 'string',
        description:
          '`forbidden` is answered with 403 when requested, the others with 409.',
        enum: ['forbidden', 'wrong-status', 'awaiting-approval', 'busy'],
      },
      OperationDecision: {
        description:
          'Whether an operation may run now and, if not, one sentence saying why and what to do instead.',
        oneOf: [
          {
            type: 'object',
            required: ['allowed'],
            properties: {
              allowed: {
                const: true,
              },
            },
          },
          {
            type: 'object',
            required: ['allowed', 'code', 'reason'],
            properties: {
              allowed: {
                const: false,
              },
              code: {
                $ref: '#/components/schemas/OperationRefusalCode',
              },
              reason: {
                type: 'string',
              },
            },
          },
        ],
      },
      AllowedOperations: {
        type: 'object',
        description: 'The decision for every operation, for the caller.',
        required: [
          'provision',
          'sync-infrastructure',
          'sync-apps',
          'delete',
          'approve',
          'reject',
          'cancel',
        ],
        properties: {
          provision: {
            $ref: '#/components/schemas/OperationDecision',
          },
          'sync-infrastructure': {
            $ref: '#/components/schemas/OperationDecision',
          },
          'sync-apps': {
            $ref: '#/components/schemas/OperationDecision',
          },
          delete: {
            $ref: '#/components/schemas/OperationDecision',
          },
          approve: {
            $ref: '#/components/schemas/OperationDecision',
          },
          reject: {
            $ref: '#/components/schemas/OperationDecision',
          },
          cancel: {
            $ref: '#/components/schemas/OperationDecision',
          },
        },
      },
      WorkspaceApproval: {
        type: 'object',
        required: ['state'],
        properties: {
          state: {
            $ref: '#/components/schemas/ApprovalState',
          },
          requestedBy: {
            $ref: '#/components/schemas/EntityRef',
          },
          requestedAt: {
            type: 'string',
            format: 'date-time',
          },
          decidedBy: {
            $ref: '#/components/schemas/EntityRef',
          },
          decidedAt: {
            type: 'string',
            format: 'date-time',
          },
          comment: {
            type: 'string',
          },
        },
      },
      WorkspaceProvisioning: {
        type: 'object',
        description:
          'The account resources a workspace is built from, each by name.',
        required: ['stackTemplate', 'cloudCredential', 'stateStorage'],
        properties: {
          stackTemplate: {
            $ref: '#/components/schemas/AccountResourceName',
          },
          cloudCredential: {
            $ref: '#/components/schemas/AccountResourceName',
          },
          stateStorage: {
            $ref: '#/components/schemas/AccountResourceName',
          },
          network: {
            description:
              'An existing network; null or absent means the template creates one.',
            oneOf: [
              {
                $ref: '#/components/schemas/AccountResourceName',
              },
              {
                type: 'null',
              },
            ],
          },
        },
      },
      WorkspaceApp: {
        type: 'object',
        required: ['name', 'status'],
        properties: {
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          status: {
            type: 'string',
            enum: ['pending', 'synced', 'failed'],
          },
          lastSyncedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      Workspace: {
        type: 'object',
        required: [
          'id',
          'externalId',
          'name',
          'owner',
          'status',
          'approval',
          'provisioning',
          'parameters',
          'labels',
          'outputs',
          'apps',
          'createdBy',
          'createdAt',
          'updatedAt',
          'lastActivityAt',
        ],
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
          },
          externalId: {
            type: 'string',
            description:
              "A DNS-label-like id that names the workspace's cloud resources.",
            examples: ['ws-k3v9x0q2mz'],
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          owner: {
            $ref: '#/components/schemas/EntityRef',
          },
          status: {
            $ref: '#/components/schemas/WorkspaceStatus',
          },
          approval: {
            $ref: '#/components/schemas/WorkspaceApproval',
          },
          provisioning: {
            $ref: '#/components/schemas/WorkspaceProvisioning',
          },
          parameters: {
            type: 'object',
            description: "Values for the stack template's inputs.",
            additionalProperties: true,
          },
          labels: {
            $ref: '#/components/schemas/WorkspaceLabels',
          },
          outputs: {
            type: 'object',
            description:
              'Terraform outputs; sensitive ones are never stored, so never returned.',
            additionalProperties: true,
          },
          apps: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/WorkspaceApp',
            },
          },
          activeJob: {
            description:
              'The queued or running job; null or absent when there is none.',
            oneOf: [
              {
                $ref: '#/components/schemas/JobSummary',
              },
              {
                type: 'null',
              },
            ],
          },
          failureReason: {
            type: 'string',
            description:
              'Why the workspace is Failed, in words a person can act on.',
          },
          createdBy: {
            $ref: '#/components/schemas/EntityRef',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
          lastActivityAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      WorkspaceWithQueuedJob: {
        description:
          'A workspace as a create or approval request left it, with the job that request queued.',
        allOf: [
          {
            $ref: '#/components/schemas/Workspace',
          },
          {
            type: 'object',
            required: ['job'],
            properties: {
              job: {
                description:
                  'The Provision job this request queued; null when it queued none (the workspace waits for approval, or was rejected).',
                oneOf: [
                  {
                    $ref: '#/components/schemas/Job',
                  },
                  {
                    type: 'null',
                  },
                ],
              },
            },
          },
        ],
      },
      WorkspaceWithAllowedOperations: {
        allOf: [
          {
            $ref: '#/components/schemas/Workspace',
          },
          {
            type: 'object',
            required: ['allowedOperations', 'keptStates', 'stateLocks'],
            properties: {
              allowedOperations: {
                $ref: '#/components/schemas/AllowedOperations',
              },
              keptStates: {
                type: 'array',
                description:
                  "States the workspace's jobs could not save and are kept until an Account Owner or Admin pushes them; oldest first.",
                items: {
                  $ref: '#/components/schemas/KeptState',
                },
              },
              stateLocks: {
                type: 'array',
                description:
                  "Locks held on the workspace's states in the built-in storage, by component; empty for other storages.",
                items: {
                  $ref: '#/components/schemas/StateLock',
                },
              },
            },
          },
        ],
      },
      StateLock: {
        type: 'object',
        description:
          "A lock on one of the workspace's Terraform states, as people see it. Terraform's lock ID and LockInfo are never returned.",
        required: ['component', 'holder', 'lockedAt'],
        properties: {
          component: {
            type: 'string',
            description: 'infrastructure, or the name of an app.',
          },
          holder: {
            type: 'string',
            description:
              "The person or service the lock was taken for (a job's requester).",
          },
          jobId: {
            type: 'string',
            format: 'uuid',
            description: 'The job whose Terraform took the lock, if a job did.',
          },
          operation: {
            $ref: '#/components/schemas/JobOperation',
          },
          lockedAt: {
            type: 'string',
            format: 'date-time',
          },
          staleReason: {
            type: 'string',
            enum: ['job-not-running', 'lease-expired', 'job-gone'],
            description:
              'Set when the lock protects nothing any more (its job ended, lost its runner, or is gone); absent while its job runs.',
          },
        },
      },
      KeptStatePushResult: {
        type: 'object',
        description:
          'What pushing a kept state did; the storage holds that version now.',
        required: ['component', 'serial', 'outcome'],
        properties: {
          component: {
            type: 'string',
          },
          serial: {
            type: 'integer',
          },
          outcome: {
            type: 'string',
            enum: ['pushed', 'already-saved'],
            description:
              'already-saved when the storage held that version already.',
          },
        },
      },
      KeptState: {
        type: 'object',
        description:
          'A Terraform state a job could not save to the state storage, kept with the job. The document itself is never returned.',
        required: ['jobId', 'component', 'serial', 'reason', 'keptAt'],
        properties: {
          jobId: {
            type: 'string',
            format: 'uuid',
          },
          component: {
            type: 'string',
            description: 'infrastructure, or the name of an app.',
          },
          serial: {
            type: 'integer',
          },
          reason: {
            type: 'string',
            description: 'Why it could not be pushed, as a sentence.',
          },
          keptAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      WorkspaceList: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Workspace',
            },
          },
          nextCursor: {
            type: 'string',
            description:
              'Pass as `cursor` to get the next page; absent on the last page.',
          },
        },
      },
      WorkspaceName: {
        type: 'string',
        description:
          '3 to 63 characters of letters, digits, spaces, "-", "_" and "."; starts with a letter or digit. Surrounding spaces are trimmed.',
        minLength: 3,
        maxLength: 63,
        pattern: '^[A-Za-z0-9][A-Za-z0-9 ._-]*$',
      },
      Description: {
        type: 'string',
        description:
          'At most 1000 characters; line breaks and tabs are fine, other control characters are not.',
        maxLength: 1000,
      },
      CreateWorkspaceRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'provisioning'],
        properties: {
          name: {
            $ref: '#/components/schemas/WorkspaceName',
          },
          description: {
            $ref: '#/components/schemas/Description',
          },
          externalId: {
            type: 'string',
            description:
              '3 to 40 lowercase letters, digits and single hyphens, starting with a letter. Generated when absent.',
            minLength: 3,
            maxLength: 40,
            pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
          },
          owner: {
            $ref: '#/components/schemas/EntityRef',
            description: 'The owning user or group; the caller when absent.',
          },
          provisioning: {
            type: 'object',
            additionalProperties: false,
            required: ['stackTemplate', 'cloudCredential', 'stateStorage'],
            properties: {
              stackTemplate: {
                $ref: '#/components/schemas/AccountResourceName',
              },
              cloudCredential: {
                $ref: '#/components/schemas/AccountResourceName',
              },
              stateStorage: {
                $ref: '#/components/schemas/AccountResourceName',
              },
              network: {
                description:
                  'An existing network; null or absent lets the template create one.',
                oneOf: [
                  {
                    $ref: '#/components/schemas/AccountResourceName',
                  },
                  {
                    type: 'null',
                  },
                ],
              },
            },
          },
          parameters: {
            type: 'object',
            description:
              "Values for the stack template's inputs, checked against its input schema.",
            additionalProperties: true,
            default: {},
          },
          labels: {
            $ref: '#/components/schemas/WorkspaceLabels',
          },
        },
      },
      UpdateWorkspaceRequest: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          name: {
            $ref: '#/components/schemas/WorkspaceName',
          },
          description: {
            $ref: '#/components/schemas/Description',
          },
          parameters: {
            type: 'object',
            description:
              "New values for the stack template's inputs, checked against its input schema (defaults filled in); they apply from the next job on, e.g. a retried Provision Infrastructure after a failure caused by an input.",
            additionalProperties: true,
          },
          labels: {
            allOf: [
              {
                $ref: '#/components/schemas/WorkspaceLabels',
              },
            ],
            description:
              'The new labels; they replace the old ones as a whole (send {} to remove all).',
          },
        },
      },
      WorkspaceLabels: {
        type: 'object',
        description:
          "Key/value labels for finding and grouping workspaces (e.g. team, cost centre, environment), in the shape of Kubernetes labels: at most 32, keys of 1 to 63 lowercase letters, digits, '-', '_' and '.', starting and ending with a letter or digit; values of at most 63 such characters (any case), or empty.",
        maxProperties: 32,
        propertyNames: {
          minLength: 1,
          maxLength: 63,
          pattern: '^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$',
        },
        additionalProperties: {
          type: 'string',
          maxLength: 63,
          pattern: '^([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?$',
        },
        examples: [
          {
            team: 'data-platform',
            environment: 'staging',
          },
        ],
      },
      OperationRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['operation'],
        properties: {
          operation: {
            type: 'string',
            enum: ['provision', 'sync-infrastructure', 'sync-apps'],
          },
        },
      },
      ApprovalDecision: {
        type: 'object',
        additionalProperties: false,
        required: ['decision'],
        properties: {
          decision: {
            type: 'string',
            enum: ['approve', 'reject'],
          },
          comment: {
            type: 'string',
            description:
              'Required to reject, to tell the requester why. At most 1000 characters.',
            maxLength: 1000,
          },
        },
        if: {
          properties: {
            decision: {
              const: 'reject',
            },
          },
        },
        then: {
          required: ['comment'],
          properties: {
            comment: {
              minLength: 1,
            },
          },
        },
      },
      MemberRole: {
        type: 'string',
        description:
          'admin: manages members and settings; operator: runs operations; viewer: only looks.',
        enum: ['admin', 'operator', 'viewer'],
      },
      ChangeMemberRoleRequest: {
        type: 'object',
        additionalProperties: false,
        required: ['role'],
        properties: {
          role: {
            $ref: '#/components/schemas/MemberRole',
          },
        },
      },
      WorkspaceMember: {
        type: 'object',
        required: ['ref', 'role', 'addedBy', 'addedAt'],
        properties: {
          ref: {
            $ref: '#/components/schemas/EntityRef',
            description:
              'The user or group; a group gives the role to all its members.',
          },
          role: {
            $ref: '#/components/schemas/MemberRole',
          },
          addedBy: {
            $ref: '#/components/schemas/EntityRef',
          },
          addedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      MemberList: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/WorkspaceMember',
            },
          },
        },
      },
      JobOperation: {
        type: 'string',
        description:
          'What a job does; `destroy` is the job the Delete operation queues.',
        enum: ['provision', 'sync-infrastructure', 'sync-apps', 'destroy'],
      },
      JobStatus: {
        type: 'string',
        description:
          'queued and running jobs are active; at most one per workspace.',
        enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'],
      },
      JobStep: {
        type: 'object',
        description:
          'One step of a job, the infrastructure or one app; a retry starts from the step that failed.',
        required: ['name', 'kind', 'status'],
        properties: {
          name: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['infrastructure', 'app'],
          },
          status: {
            type: 'string',
            enum: [
              'pending',
              'running',
              'succeeded',
              'failed',
              'skipped',
              'cancelled',
            ],
          },
          startedAt: {
            type: 'string',
            format: 'date-time',
          },
          finishedAt: {
            type: 'string',
            format: 'date-time',
          },
          error: {
            type: 'string',
          },
        },
      },
      Job: {
        type: 'object',
        description: 'One run of an operation on a workspace.',
        required: [
          'id',
          'workspaceId',
          'operation',
          'status',
          'requestedBy',
          'attempt',
          'steps',
          'createdAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          workspaceId: {
            type: 'string',
            format: 'uuid',
          },
          operation: {
            $ref: '#/components/schemas/JobOperation',
          },
          status: {
            $ref: '#/components/schemas/JobStatus',
          },
          requestedBy: {
            $ref: '#/components/schemas/EntityRef',
          },
          attempt: {
            type: 'integer',
            minimum: 1,
            description:
              '1 for the first run; a retry of the same operation counts up.',
          },
          steps: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/JobStep',
            },
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          startedAt: {
            type: 'string',
            format: 'date-time',
          },
          finishedAt: {
            type: 'string',
            format: 'date-time',
          },
          error: {
            type: 'string',
          },
          cancelRequestedAt: {
            type: 'string',
            format: 'date-time',
            description:
              'Set as soon as someone asks to cancel, before the job has stopped.',
          },
        },
      },
      JobSummary: {
        type: 'object',
        description: 'The part of a job shown alongside a workspace.',
        required: ['id', 'operation', 'status', 'createdAt'],
        properties: {
          id: {
            type: 'string',
          },
          operation: {
            $ref: '#/components/schemas/JobOperation',
          },
          status: {
            $ref: '#/components/schemas/JobStatus',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      JobAccepted: {
        type: 'object',
        description: 'The job an operation queued.',
        required: ['job'],
        properties: {
          job: {
            $ref: '#/components/schemas/Job',
          },
        },
      },
      WorkspaceResource: {
        type: 'object',
        additionalProperties: false,
        required: ['component', 'address', 'type', 'mode'],
        properties: {
          component: {
            type: 'string',
            description: '`infrastructure`, or the name of an app.',
          },
          address: {
            type: 'string',
            description:
              "Terraform's address, such as `module.db.aws_db_instance.main[0]`.",
          },
          type: {
            type: 'string',
            description: 'The resource type, such as `aws_db_instance`.',
          },
          mode: {
            type: 'string',
            enum: ['managed', 'data'],
            description: '`data` for a data source Terraform only reads.',
          },
          provider: {
            type: 'string',
            description:
              "The provider's source address, such as `registry.terraform.io/hashicorp/aws` (from the state only).",
          },
        },
      },
      WorkspaceResourceList: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'source'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/WorkspaceResource',
            },
          },
          source: {
            type: 'string',
            enum: ['state', 'last-apply'],
            description:
              "`state`: read from the built-in storage's current states; `last-apply`: what the applies reported, for storages the portal cannot read.",
          },
        },
      },
      JobList: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Job',
            },
          },
        },
      },
      JobLogChunk: {
        type: 'object',
        required: ['seq', 'text', 'createdAt'],
        properties: {
          seq: {
            type: 'integer',
            description:
              'Increases with every chunk of the job; also the cursor.',
          },
          text: {
            type: 'string',
            description:
              'Raw output lines, each ending with a newline, secrets masked.',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          step: {
            type: 'string',
            description:
              "The job step that wrote the chunk (`infrastructure` or an app's name); absent on chunks written before steps were named.",
          },
        },
      },
      JobLogPage: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/JobLogChunk',
            },
          },
          nextCursor: {
            type: 'string',
            description:
              'The seq of the last chunk (on an empty page, the `after` given); pass it as `after` to read on. Absent only on an empty page asked for without `after`.',
          },
        },
      },
      WorkspaceEventBase: {
        type: 'object',
        required: [
          'id',
          'workspaceId',
          'createdAt',
          'level',
          'message',
          'type',
          'data',
        ],
        properties: {
          id: {
            type: 'string',
            pattern: '^[0-9]+$',
            description:
              'A monotonic integer as a string; also the cursor to read on from.',
          },
          workspaceId: {
            type: 'string',
            format: 'uuid',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          actor: {
            $ref: '#/components/schemas/EntityRef',
            description: 'Who caused the event; absent when the system did.',
          },
          level: {
            type: 'string',
            enum: ['info', 'warning', 'error'],
          },
          jobId: {
            type: 'string',
          },
          message: {
            type: 'string',
            description:
              'A sentence a person can read, shown as is in the Events tab.',
          },
          type: {
            type: 'string',
          },
          data: {
            type: 'object',
          },
        },
      },
      EmptyEventData: {
        type: 'object',
        additionalProperties: false,
      },
      WorkspaceCreatedEventData: {
        type: 'object',
        required: ['name', 'externalId'],
        properties: {
          name: {
            type: 'string',
          },
          externalId: {
            type: 'string',
          },
        },
      },
      ApprovalGrantedEventData: {
        type: 'object',
        properties: {
          comment: {
            type: 'string',
          },
        },
      },
      ApprovalRejectedEventData: {
        type: 'object',
        required: ['comment'],
        properties: {
          comment: {
            type: 'string',
          },
        },
      },
      StatusChangedEventData: {
        type: 'object',
        required: ['from', 'to'],
        properties: {
          from: {
            $ref: '#/components/schemas/WorkspaceStatus',
          },
          to: {
            $ref: '#/components/schemas/WorkspaceStatus',
          },
          reason: {
            type: 'string',
          },
        },
      },
      JobEventData: {
        type: 'object',
        required: ['operation'],
        properties: {
          operation: {
            $ref: '#/components/schemas/JobOperation',
          },
        },
      },
      JobFinishedEventData: {
        type: 'object',
        required: ['operation', 'status'],
        properties: {
          operation: {
            $ref: '#/components/schemas/JobOperation',
          },
          status: {
            type: 'string',
            enum: ['succeeded', 'failed', 'cancelled'],
          },
          error: {
            type: 'string',
          },
        },
      },
      MemberEventData: {
        type: 'object',
        description:
          '`role` is the role after the change; for a removal, the role the member had.',
        required: ['member', 'role'],
        properties: {
          member: {
            $ref: '#/components/schemas/EntityRef',
          },
          role: {
            $ref: '#/components/schemas/MemberRole',
          },
          previousRole: {
            $ref: '#/components/schemas/MemberRole',
          },
        },
      },
      SettingsChangedEventData: {
        type: 'object',
        description: 'Names the fields that changed, never their values.',
        required: ['changes'],
        properties: {
          changes: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      TerraformResourceEventData: {
        type: 'object',
        required: ['address', 'action', 'phase'],
        properties: {
          address: {
            type: 'string',
          },
          action: {
            type: 'string',
            description:
              "Terraform's change action: create, read, update, replace, delete, ...",
          },
          phase: {
            type: 'string',
            enum: ['started', 'completed', 'errored'],
          },
          elapsedSeconds: {
            type: 'number',
          },
          step: {
            type: 'string',
            description:
              "The job step that ran Terraform (`infrastructure` or an app's name); absent on events written before steps were named.",
          },
        },
      },
      TerraformDiagnosticEventData: {
        type: 'object',
        required: ['severity', 'summary'],
        properties: {
          severity: {
            type: 'string',
            enum: ['error', 'warning'],
          },
          summary: {
            type: 'string',
          },
          detail: {
            type: 'string',
          },
          address: {
            type: 'string',
          },
          step: {
            type: 'string',
            description:
              "The job step that ran Terraform (`infrastructure` or an app's name); absent on events written before steps were named.",
          },
        },
      },
      TerraformChangeSummaryEventData: {
        type: 'object',
        required: ['add', 'change', 'remove', 'operation'],
        properties: {
          add: {
            type: 'integer',
          },
          change: {
            type: 'integer',
          },
          remove: {
            type: 'integer',
          },
          operation: {
            type: 'string',
            enum: ['plan', 'apply', 'destroy'],
          },
          step: {
            type: 'string',
            description:
              "The job step that ran Terraform (`infrastructure` or an app's name); absent on events written before steps were named.",
          },
        },
      },
      AppSyncedEventData: {
        type: 'object',
        required: ['app'],
        properties: {
          app: {
            type: 'string',
          },
        },
      },
      JobStepSkippedEventData: {
        type: 'object',
        required: ['operation', 'step', 'reason'],
        properties: {
          operation: {
            $ref: '#/components/schemas/JobOperation',
          },
          step: {
            type: 'string',
            description: 'The component the step would have run Terraform on.',
          },
          reason: {
            type: 'string',
            enum: ['no-state'],
            description:
              'no-state, the component holds no Terraform state, so there is nothing to destroy.',
          },
        },
      },
      StatePushedEventData: {
        type: 'object',
        required: ['component', 'serial'],
        properties: {
          component: {
            type: 'string',
          },
          serial: {
            type: 'integer',
            description: 'The serial of the version that was stored.',
          },
        },
      },
      StateKeptEventData: {
        type: 'object',
        required: ['component', 'reason'],
        properties: {
          component: {
            type: 'string',
          },
          reason: {
            type: 'string',
            description: 'Why the state could not be pushed, as a sentence.',
          },
        },
      },
      StateUnlockedEventData: {
        type: 'object',
        required: ['component', 'previousHolder'],
        properties: {
          component: {
            type: 'string',
          },
          previousHolder: {
            type: 'string',
            description:
              "Who held the lock (a job's requester, or the person who took it).",
          },
          previousJobId: {
            type: 'string',
            format: 'uuid',
            description: 'The job that took the lock, if a job did.',
          },
        },
      },
      WorkspaceEvent: {
        description:
          "One entry of a workspace's history; `type` says what `data` holds.",
        allOf: [
          {
            $ref: '#/components/schemas/WorkspaceEventBase',
          },
        ],
        oneOf: [
          {
            $ref: '#/components/schemas/WorkspaceCreatedEvent',
          },
          {
            $ref: '#/components/schemas/ApprovalRequestedEvent',
          },
          {
            $ref: '#/components/schemas/ApprovalGrantedEvent',
          },
          {
            $ref: '#/components/schemas/ApprovalRejectedEvent',
          },
          {
            $ref: '#/components/schemas/StatusChangedEvent',
          },
          {
            $ref: '#/components/schemas/JobQueuedEvent',
          },
          {
            $ref: '#/components/schemas/JobStartedEvent',
          },
          {
            $ref: '#/components/schemas/JobFinishedEvent',
          },
          {
            $ref: '#/components/schemas/JobCancelledEvent',
          },
          {
            $ref: '#/components/schemas/MemberAddedEvent',
          },
          {
            $ref: '#/components/schemas/MemberRemovedEvent',
          },
          {
            $ref: '#/components/schemas/MemberRoleChangedEvent',
          },
          {
            $ref: '#/components/schemas/SettingsChangedEvent',
          },
          {
            $ref: '#/components/schemas/TerraformResourceEvent',
          },
          {
            $ref: '#/components/schemas/TerraformDiagnosticEvent',
          },
          {
            $ref: '#/components/schemas/TerraformChangeSummaryEvent',
          },
          {
            $ref: '#/components/schemas/AppSyncedEvent',
          },
          {
            $ref: '#/components/schemas/JobStepSkippedEvent',
          },
          {
            $ref: '#/components/schemas/StatePushedEvent',
          },
          {
            $ref: '#/components/schemas/StateKeptEvent',
          },
          {
            $ref: '#/components/schemas/StateUnlockedEvent',
          },
        ],
        discriminator: {
          propertyName: 'type',
          mapping: {
            'workspace.created': '#/components/schemas/WorkspaceCreatedEvent',
            'approval.requested': '#/components/schemas/ApprovalRequestedEvent',
            'approval.granted': '#/components/schemas/ApprovalGrantedEvent',
            'approval.rejected': '#/components/schemas/ApprovalRejectedEvent',
            'status.changed': '#/components/schemas/StatusChangedEvent',
            'job.queued': '#/components/schemas/JobQueuedEvent',
            'job.started': '#/components/schemas/JobStartedEvent',
            'job.finished': '#/components/schemas/JobFinishedEvent',
            'job.cancelled': '#/components/schemas/JobCancelledEvent',
            'member.added': '#/components/schemas/MemberAddedEvent',
            'member.removed': '#/components/schemas/MemberRemovedEvent',
            'member.role-changed':
              '#/components/schemas/MemberRoleChangedEvent',
            'settings.changed': '#/components/schemas/SettingsChangedEvent',
            'terraform.resource': '#/components/schemas/TerraformResourceEvent',
            'terraform.diagnostic':
              '#/components/schemas/TerraformDiagnosticEvent',
            'terraform.change-summary':
              '#/components/schemas/TerraformChangeSummaryEvent',
            'app.synced': '#/components/schemas/AppSyncedEvent',
            'job.step-skipped': '#/components/schemas/JobStepSkippedEvent',
            'state.pushed': '#/components/schemas/StatePushedEvent',
            'state.kept': '#/components/schemas/StateKeptEvent',
            'state.unlocked': '#/components/schemas/StateUnlockedEvent',
          },
        },
      },
      WorkspaceCreatedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['workspace.created'],
          },
          data: {
            $ref: '#/components/schemas/WorkspaceCreatedEventData',
          },
        },
      },
      ApprovalRequestedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['approval.requested'],
          },
          data: {
            $ref: '#/components/schemas/EmptyEventData',
          },
        },
      },
      ApprovalGrantedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['approval.granted'],
          },
          data: {
            $ref: '#/components/schemas/ApprovalGrantedEventData',
          },
        },
      },
      ApprovalRejectedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['approval.rejected'],
          },
          data: {
            $ref: '#/components/schemas/ApprovalRejectedEventData',
          },
        },
      },
      StatusChangedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['status.changed'],
          },
          data: {
            $ref: '#/components/schemas/StatusChangedEventData',
          },
        },
      },
      JobQueuedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['job.queued'],
          },
          data: {
            $ref: '#/components/schemas/JobEventData',
          },
        },
      },
      JobStartedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['job.started'],
          },
          data: {
            $ref: '#/components/schemas/JobEventData',
          },
        },
      },
      JobFinishedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['job.finished'],
          },
          data: {
            $ref: '#/components/schemas/JobFinishedEventData',
          },
        },
      },
      JobCancelledEvent: {
        description:
          'Someone asked to cancel; job.finished follows once the job has stopped.',
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['job.cancelled'],
          },
          data: {
            $ref: '#/components/schemas/JobEventData',
          },
        },
      },
      MemberAddedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['member.added'],
          },
          data: {
            $ref: '#/components/schemas/MemberEventData',
          },
        },
      },
      MemberRemovedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['member.removed'],
          },
          data: {
            $ref: '#/components/schemas/MemberEventData',
          },
        },
      },
      MemberRoleChangedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['member.role-changed'],
          },
          data: {
            $ref: '#/components/schemas/MemberEventData',
          },
        },
      },
      SettingsChangedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['settings.changed'],
          },
          data: {
            $ref: '#/components/schemas/SettingsChangedEventData',
          },
        },
      },
      TerraformResourceEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['terraform.resource'],
          },
          data: {
            $ref: '#/components/schemas/TerraformResourceEventData',
          },
        },
      },
      TerraformDiagnosticEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['terraform.diagnostic'],
          },
          data: {
            $ref: '#/components/schemas/TerraformDiagnosticEventData',
          },
        },
      },
      TerraformChangeSummaryEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['terraform.change-summary'],
          },
          data: {
            $ref: '#/components/schemas/TerraformChangeSummaryEventData',
          },
        },
      },
      AppSyncedEvent: {
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['app.synced'],
          },
          data: {
            $ref: '#/components/schemas/AppSyncedEventData',
          },
        },
      },
      JobStepSkippedEvent: {
        description:
          'A step was not run; destroying a component that holds no state needs no Terraform.',
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['job.step-skipped'],
          },
          data: {
            $ref: '#/components/schemas/JobStepSkippedEventData',
          },
        },
      },
      StatePushedEvent: {
        description:
          'A state Terraform could not save (errored.tfstate) was pushed into the state storage as a new version.',
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['state.pushed'],
          },
          data: {
            $ref: '#/components/schemas/StatePushedEventData',
          },
        },
      },
      StateKeptEvent: {
        description:
          'A state Terraform could not save is kept with the job because pushing it failed; an Account Owner or Admin can push it later.',
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['state.kept'],
          },
          data: {
            $ref: '#/components/schemas/StateKeptEventData',
          },
        },
      },
      StateUnlockedEvent: {
        description:
          'An Account Owner, Admin or granted service force-unlocked a state, from the portal or with `terraform force-unlock`.',
        type: 'object',
        required: ['type', 'data'],
        properties: {
          type: {
            type: 'string',
            enum: ['state.unlocked'],
          },
          data: {
            $ref: '#/components/schemas/StateUnlockedEventData',
          },
        },
      },
      EventPage: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            description: 'Oldest first.',
            items: {
              $ref: '#/components/schemas/WorkspaceEvent',
            },
          },
          nextCursor: {
            type: 'string',
            description:
              'The id of the last event (on an empty page, the `after` given); pass it as `after` to get newer events. Absent only on an empty page asked for without `after`.',
          },
        },
      },
      AccountResourceKind: {
        type: 'string',
        description: 'A kind of account resource, spelled as its path segment.',
        enum: [
          'stack-templates',
          'cloud-credentials',
          'state-storages',
          'networks',
        ],
      },
      AccountResourceName: {
        type: 'string',
        description:
          'Unique per kind; 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
        maxLength: 63,
        pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
      },
      AccountResourceValidation: {
        type: 'object',
        description: 'The result of the last preflight check.',
        required: ['status', 'messages'],
        properties: {
          status: {
            type: 'string',
            enum: ['unknown', 'valid', 'warning', 'broken'],
          },
          messages: {
            type: 'array',
            description:
              'Sentences a person can act on; empty when all is well.',
            items: {
              type: 'string',
            },
          },
          checkedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      AccountResourceBase: {
        type: 'object',
        description: 'The fields every account resource has.',
        required: ['name', 'title', 'origin', 'validation'],
        properties: {
          name: {
            $ref: '#/components/schemas/AccountResourceName',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          owner: {
            $ref: '#/components/schemas/EntityRef',
          },
          origin: {
            type: 'string',
            description:
              '`config` resources come from app-config and are read-only here; `database` ones were registered through this API.',
            enum: ['config', 'database'],
          },
          validation: {
            $ref: '#/components/schemas/AccountResourceValidation',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      EnvironmentVariableName: {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]{0,127}$',
      },
      SecretReference: {
        type: 'object',
        description:
          'Where a secret comes from; only the reference is ever stored or returned, never the value.',
        additionalProperties: false,
        required: ['name', 'from'],
        properties: {
          name: {
            $ref: '#/components/schemas/EnvironmentVariableName',
            description:
              'The environment variable the Terraform process receives, such as AWS_SECRET_ACCESS_KEY.',
          },
          from: {
            oneOf: [
              {
                type: 'object',
                additionalProperties: false,
                required: ['env'],
                properties: {
                  env: {
                    $ref: '#/components/schemas/EnvironmentVariableName',
                    description:
                      'An environment variable of the backend process.',
                  },
                },
              },
              {
                type: 'object',
                additionalProperties: false,
                required: ['file'],
                properties: {
                  file: {
                    type: 'string',
                    description:
                      'An absolute path of a file on the backend host.',
                  },
                },
              },
            ],
          },
        },
      },
      StackTemplateSource: {
        description:
          'A directory under an allow-listed root, or an http(s) URL the UrlReader can read as a tree.',
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'path'],
            properties: {
              type: {
                type: 'string',
                enum: ['directory'],
              },
              path: {
                type: 'string',
              },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'url'],
            properties: {
              type: {
                type: 'string',
                enum: ['url'],
              },
              url: {
                type: 'string',
                format: 'uri',
              },
            },
          },
        ],
      },
      StackTemplateInputProperty: {
        type: 'object',
        description:
          'One JSON Schema property; it becomes a form field and a Terraform variable.',
        additionalProperties: true,
        properties: {
          type: {
            type: 'string',
            enum: ['string', 'number', 'integer', 'boolean', 'array', 'object'],
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          default: {
            description: 'The value used when the user gives none.',
          },
          enum: {
            type: 'array',
          },
        },
      },
      StackTemplateInputs: {
        type: 'object',
        description:
          'The JSON Schema of the inputs a stack template takes from the user.',
        required: ['type', 'properties'],
        properties: {
          type: {
            type: 'string',
            enum: ['object'],
          },
          properties: {
            type: 'object',
            additionalProperties: {
              $ref: '#/components/schemas/StackTemplateInputProperty',
            },
          },
          required: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      StackTemplateApp: {
        type: 'object',
        required: ['name', 'path'],
        properties: {
          name: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          path: {
            type: 'string',
            description: 'Module directory, relative to the template source.',
          },
        },
      },
      StackTemplate: {
        description:
          'The Terraform that builds a workspace, and what it asks of the user.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceBase',
          },
        ],
        type: 'object',
        required: [
          'source',
          'infrastructure',
          'inputs',
          'apps',
          'requiresApproval',
        ],
        properties: {
          source: {
            $ref: '#/components/schemas/StackTemplateSource',
          },
          version: {
            type: 'string',
          },
          infrastructure: {
            type: 'object',
            required: ['path'],
            properties: {
              path: {
                type: 'string',
                description:
                  'Module subdirectory of the infrastructure, such as `.`.',
              },
            },
          },
          inputs: {
            $ref: '#/components/schemas/StackTemplateInputs',
          },
          apps: {
            type: 'array',
            description:
              'Applied in this order after the infrastructure, destroyed in reverse.',
            items: {
              $ref: '#/components/schemas/StackTemplateApp',
            },
          },
          requiresApproval: {
            type: 'boolean',
          },
        },
      },
      CloudProvider: {
        type: 'string',
        description:
          '`env` passes plain environment variables, for providers without a dedicated kind.',
        enum: ['aws', 'gcp', 'azure', 'env'],
      },
      CloudCredential: {
        description:
          'How Terraform signs in to a cloud. Holds no secret material.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceBase',
          },
        ],
        type: 'object',
        required: ['provider', 'identity', 'secrets'],
        properties: {
          provider: {
            $ref: '#/components/schemas/CloudProvider',
          },
          identity: {
            type: 'object',
            description:
              'Non-secret identity such as account id, role ARN or project.',
            additionalProperties: {
              type: 'string',
            },
          },
          secrets: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SecretReference',
            },
          },
        },
      },
      StateStorageKind: {
        type: 'string',
        description:
          "`builtin` keeps the state in this plugin's own database; `local` is for development.",
        enum: ['builtin', 'pg', 's3', 'gcs', 'azurerm', 'http', 'local'],
      },
      StateStorage: {
        description: 'Where the Terraform state of workspaces lives.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceBase',
          },
        ],
        type: 'object',
        required: ['kind', 'settings'],
        properties: {
          kind: {
            $ref: '#/components/schemas/StateStorageKind',
          },
          settings: {
            type: 'object',
            description:
              'Non-secret backend settings such as bucket or region.',
            additionalProperties: {
              type: 'string',
            },
          },
          secrets: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SecretReference',
            },
          },
        },
      },
      NetworkProvider: {
        type: 'string',
        enum: ['aws', 'gcp', 'azure', 'other'],
      },
      Network: {
        description:
          'An existing network a workspace can join instead of creating its own.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceBase',
          },
        ],
        type: 'object',
        required: ['provider', 'networkId'],
        properties: {
          provider: {
            $ref: '#/components/schemas/NetworkProvider',
          },
          networkId: {
            type: 'string',
          },
          cidr: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          subnets: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      AccountResource: {
        description: 'A resource of the kind in the path.',
        oneOf: [
          {
            $ref: '#/components/schemas/StackTemplate',
          },
          {
            $ref: '#/components/schemas/CloudCredential',
          },
          {
            $ref: '#/components/schemas/StateStorage',
          },
          {
            $ref: '#/components/schemas/Network',
          },
        ],
      },
      WorkspaceReference: {
        type: 'object',
        description:
          'A live workspace, named enough to link to it, with what its status chip needs.',
        required: ['id', 'name', 'externalId', 'status', 'approval'],
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
          },
          name: {
            type: 'string',
          },
          externalId: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/WorkspaceStatus',
          },
          approval: {
            type: 'object',
            description:
              'Only the state of its approval, so that a Created workspace reads "Awaiting approval" or "Rejected"; who asked and decided stays on the workspace.',
            required: ['state'],
            additionalProperties: false,
            properties: {
              state: {
                $ref: '#/components/schemas/ApprovalState',
              },
            },
          },
        },
      },
      AccountResourceWithUsage: {
        allOf: [
          {
            $ref: '#/components/schemas/AccountResource',
          },
        ],
        type: 'object',
        properties: {
          usedBy: {
            type: 'array',
            description:
              'The live (not deleted) workspaces built from this resource that the caller may read.',
            items: {
              $ref: '#/components/schemas/WorkspaceReference',
            },
          },
        },
      },
      AccountResourceList: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AccountResourceWithUsage',
            },
          },
        },
      },
      SingleLine: {
        type: 'string',
        description: 'One line of text, at most 100 characters.',
        minLength: 1,
        maxLength: 100,
        pattern: '^[^\\r\\n\\t]+$',
      },
      RelativePath: {
        type: 'string',
        description: 'A path relative to the template source, without `..`.',
        minLength: 1,
        maxLength: 500,
      },
      AccountResourceRequestFields: {
        type: 'object',
        description: 'The fields every account resource request has.',
        required: ['name', 'title'],
        properties: {
          name: {
            $ref: '#/components/schemas/AccountResourceName',
          },
          title: {
            $ref: '#/components/schemas/SingleLine',
          },
          description: {
            $ref: '#/components/schemas/Description',
          },
          owner: {
            $ref: '#/components/schemas/EntityRef',
          },
        },
      },
      StackTemplateInputPropertyRequest: {
        type: 'object',
        description:
          'One input: its JSON Schema type and the keywords that fit that type. Inputs cannot\nbe secret; secrets belong in a cloud credential.\n',
        additionalProperties: false,
        required: ['type'],
        properties: {
          type: {
            type: 'string',
            enum: ['string', 'number', 'integer', 'boolean', 'array'],
          },
          title: {
            $ref: '#/components/schemas/SingleLine',
          },
          description: {
            $ref: '#/components/schemas/Description',
          },
          default: {
            description:
              "A value of the input's type; one of `enum` when that is given.",
            oneOf: [
              {
                $ref: '#/components/schemas/InputScalar',
              },
              {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/InputScalar',
                },
              },
            ],
          },
          enum: {
            type: 'array',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/InputScalar',
            },
          },
          minimum: {
            type: 'number',
          },
          maximum: {
            type: 'number',
          },
          pattern: {
            type: 'string',
            maxLength: 500,
          },
          minLength: {
            type: 'integer',
            minimum: 0,
          },
          maxLength: {
            type: 'integer',
            minimum: 0,
          },
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['type'],
            properties: {
              type: {
                type: 'string',
                enum: ['string', 'number', 'integer', 'boolean'],
              },
            },
          },
        },
      },
      InputScalar: {
        type: ['string', 'number', 'boolean'],
      },
      StackTemplateRequest: {
        description: 'A stack template to register or replace.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceRequestFields',
          },
        ],
        type: 'object',
        required: ['source'],
        properties: {
          source: {
            $ref: '#/components/schemas/StackTemplateSource',
          },
          version: {
            $ref: '#/components/schemas/SingleLine',
          },
          infrastructure: {
            type: 'object',
            description:
              'Where the infrastructure module is; `{ path: "." }` when absent.',
            additionalProperties: false,
            properties: {
              path: {
                $ref: '#/components/schemas/RelativePath',
              },
            },
          },
          inputs: {
            type: 'object',
            description:
              'The JSON Schema of the user inputs; no inputs when absent.',
            additionalProperties: false,
            required: ['type'],
            properties: {
              type: {
                type: 'string',
                enum: ['object'],
              },
              properties: {
                type: 'object',
                description:
                  'Input names become Terraform variables; up to 64 letters, digits, underscores and hyphens, starting with a letter or underscore.',
                additionalProperties: {
                  $ref: '#/components/schemas/StackTemplateInputPropertyRequest',
                },
              },
              required: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          apps: {
            type: 'array',
            description:
              'The app modules, applied in this order; none when absent.',
            maxItems: 50,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'path'],
              properties: {
                name: {
                  $ref: '#/components/schemas/AccountResourceName',
                },
                title: {
                  $ref: '#/components/schemas/SingleLine',
                },
                path: {
                  $ref: '#/components/schemas/RelativePath',
                },
              },
            },
          },
          requiresApproval: {
            type: 'boolean',
            description:
              'Whether creating a workspace from the template needs approval; false when absent.',
          },
        },
        unevaluatedProperties: false,
      },
      CloudCredentialRequest: {
        description:
          'A cloud credential to register or replace; identity and secret references only, never a secret value.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceRequestFields',
          },
        ],
        type: 'object',
        required: ['provider'],
        properties: {
          provider: {
            $ref: '#/components/schemas/CloudProvider',
          },
          identity: {
            type: 'object',
            description:
              'Non-secret identity such as account id, role ARN or project; none when absent.',
            additionalProperties: {
              type: 'string',
            },
          },
          secrets: {
            type: 'array',
            description: 'Secret references; none when absent.',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/SecretReference',
            },
          },
        },
        unevaluatedProperties: false,
      },
      StateStorageRequest: {
        description:
          'A state storage to register or replace; settings and secret references only, never a secret value.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceRequestFields',
          },
        ],
        type: 'object',
        required: ['kind'],
        properties: {
          kind: {
            $ref: '#/components/schemas/StateStorageKind',
          },
          settings: {
            type: 'object',
            description:
              'Non-secret backend settings such as bucket or region; none when absent.',
            additionalProperties: {
              type: 'string',
            },
          },
          secrets: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/SecretReference',
            },
          },
        },
        unevaluatedProperties: false,
      },
      NetworkRequest: {
        description: 'A network to register or replace.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountResourceRequestFields',
          },
        ],
        type: 'object',
        required: ['provider', 'networkId'],
        properties: {
          provider: {
            $ref: '#/components/schemas/NetworkProvider',
          },
          networkId: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            pattern: '^\\S+$',
          },
          cidr: {
            type: 'string',
            description: 'An IPv4 CIDR block such as 10.0.0.0/16.',
          },
          region: {
            type: 'string',
            pattern: '^[A-Za-z0-9-]{1,64}$',
          },
          subnets: {
            type: 'array',
            maxItems: 100,
            uniqueItems: true,
            items: {
              type: 'string',
            },
          },
        },
        unevaluatedProperties: false,
      },
      AccountResourceRequest: {
        description:
          'A resource of the kind in the path, without the fields the server sets (origin, validation and times).',
        oneOf: [
          {
            $ref: '#/components/schemas/StackTemplateRequest',
          },
          {
            $ref: '#/components/schemas/CloudCredentialRequest',
          },
          {
            $ref: '#/components/schemas/StateStorageRequest',
          },
          {
            $ref: '#/components/schemas/NetworkRequest',
          },
        ],
      },
    },
  },
} as const;
