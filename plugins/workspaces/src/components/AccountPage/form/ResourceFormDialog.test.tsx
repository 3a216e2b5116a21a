import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../../__testUtils__/renderWithWorkspacesApi';
import {
  aCloudCredential,
  anErrorBody,
} from '../__testUtils__/accountFixtures';
import { AccountResourceDialog } from './AccountResourceDialog';

const server = setupServer();
registerMswTestHooks(server);
// Dialogs of text fields typed into one key at a time: slow on a busy machine.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 5_000 });

const credentials = `${workspacesBaseUrl}/account/cloud-credentials`;

/** Records the JSON bodies msw receives at `method url`, answering `reply`. */
function recordBodies(
  method: 'post' | 'put',
  url: string,
  reply: { status: number; body: Record<string, unknown> },
) {
  const bodies: unknown[] = [];
  server.use(
    rest[method](url, async (req, res, ctx) => {
      bodies.push(await req.json());
      return res(ctx.status(reply.status), ctx.json(reply.body));
    }),
  );
  return bodies;
}

// Pasting fills a field in one input event; typing key by key is too slow here.
async function type(label: string | RegExp, text: string) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.paste(text);
}

describe('AccountResourceDialog', () => {
  it('registers a cloud credential with identity and secret references only', async () => {
    const bodies = recordBodies('post', credentials, {
      status: 201,
      body: aCloudCredential(),
    });
    const onSaved = jest.fn();
    await renderWithWorkspacesApi(
      <AccountResourceDialog
        kind="cloud-credentials"
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    await type(/^Name/, 'aws-prod');
    await type(/^Title/, 'AWS production');
    await userEvent.click(
      screen.getByRole('button', { name: 'Add identity row' }),
    );
    await type('Identity key 1', 'account_id');
    await type('Identity value 1', '123456789012');
    await userEvent.click(
      screen.getByRole('button', { name: 'Add secret reference' }),
    );
    await type('Variable Terraform receives 1', 'AWS_SECRET_ACCESS_KEY');
    await type('Runner environment variable 1', 'PROD_AWS_SECRET');
    await userEvent.click(
      screen.getByRole('button', { name: 'Add secret reference' }),
    );
    await type('Variable Terraform receives 2', 'GOOGLE_CREDENTIALS');
    await userEvent.click(screen.getByLabelText('Read from 2'));
    await userEvent.click(screen.getByRole('option', { name: 'File path' }));
    await type('File path on the runner 2', '/run/secrets/gcp.json');

    // A credential form never asks for a secret value.
    expect(document.querySelector('input[type="password"]')).toBeNull();
    expect(
      screen.getByText(/Secret values are never entered or stored here/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        name: 'aws-prod',
        title: 'AWS production',
        provider: 'aws',
        identity: { account_id: '123456789012' },
        secrets: [
          { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
          {
            name: 'GOOGLE_CREDENTIALS',
            from: { file: '/run/secrets/gcp.json' },
          },
        ],
      },
    ]);
  });

  it('shows the schema messages inline and sends nothing while they stand', async () => {
    const bodies = recordBodies('post', credentials, {
      status: 201,
      body: aCloudCredential(),
    });
    await renderWithWorkspacesApi(
      <AccountResourceDialog
        kind="cloud-credentials"
        onClose={jest.fn()}
        onSaved={jest.fn()}
      />,
    );
    await type(/^Name/, 'AWS Prod');
    await userEvent.click(
      screen.getByRole('button', { name: 'Add identity row' }),
    );
    await type('Identity key 1', 'secret_key');
    await type('Identity value 1', 'x');
    await userEvent.click(
      screen.getByRole('button', { name: 'Add secret reference' }),
    );
    await type('Variable Terraform receives 1', 'PATH');
    await type('Runner environment variable 1', 'not a name');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(
      await screen.findByText(
        /Name must be lowercase letters, digits and hyphens/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Title is required')).toBeInTheDocument();
    expect(
      screen.getByText(/"secret_key" looks like a secret/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The job runner sets this variable itself/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/env: Must be an environment variable name/),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Fix the 5 problems marked above',
    );
    expect(bodies).toEqual([]);

    // Fixing a field clears its message as the user types.
    await userEvent.clear(screen.getByLabelText(/^Name/));
    await type(/^Name/, 'aws-prod');
    expect(
      screen.queryByText(/Name must be lowercase/),
    ).not.toBeInTheDocument();
  });

  it('shows the server sentence when registering is refused', async () => {
    recordBodies('post', credentials, {
      status: 409,
      body: anErrorBody(
        'ConflictError',
        409,
        'A cloud credential named aws-prod already exists; choose another name',
      ),
    });
    const onSaved = jest.fn();
    await renderWithWorkspacesApi(
      <AccountResourceDialog
        kind="cloud-credentials"
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    await type(/^Name/, 'aws-prod');
    await type(/^Title/, 'AWS production');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(
      await screen.findByText(
        'A cloud credential named aws-prod already exists; choose another name',
      ),
    ).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('edits under the same name with a PUT of every field', async () => {
    const bodies = recordBodies('put', `${credentials}/aws-prod`, {
      status: 200,
      body: aCloudCredential(),
    });
    const onSaved = jest.fn();
    await renderWithWorkspacesApi(
      <AccountResourceDialog
        kind="cloud-credentials"
        resource={aCloudCredential()}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'Edit cloud credential aws-prod' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toBeDisabled();
    await userEvent.clear(screen.getByLabelText(/^Title/));
    await type(/^Title/, 'AWS production (eu)');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        name: 'aws-prod',
        title: 'AWS production (eu)',
        description: 'Deploys into the production AWS account',
        owner: 'group:default/platform',
        provider: 'aws',
        identity: { account_id: '123456789012' },
        secrets: [
          { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
        ],
      },
    ]);
  });

  it('reports stack template inputs that are not JSON or break the schema', async () => {
    await renderWithWorkspacesApi(
      <AccountResourceDialog
        kind="stack-templates"
        onClose={jest.fn()}
        onSaved={jest.fn()}
      />,
    );
    const inputs = screen.getByLabelText('Inputs (JSON Schema)');
    await userEvent.clear(inputs);
    await userEvent.paste('{"type": "object"');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText(/^Not valid JSON/)).toBeInTheDocument();

    await userEvent.clear(inputs);
    await userEvent.paste(
      '{"type": "object", "properties": {"size": {"type": "string", "minimum": 1}}}',
    );
    expect(
      await screen.findByText(
        'properties.size.minimum: minimum applies only to number and integer inputs, not string',
      ),
    ).toBeInTheDocument();
  });

  it('registers a network with its subnets as a list', async () => {
    const bodies = recordBodies(
      'post',
      `${workspacesBaseUrl}/account/networks`,
      {
        status: 201,
        body: {},
      },
    );
    const onSaved = jest.fn();
    await renderWithWorkspacesApi(
      <AccountResourceDialog
        kind="networks"
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    await type(/^Name/, 'prod-vpc');
    await type(/^Title/, 'Production VPC');
    await type(/^Network id/, 'vpc-0abc');
    await type(/^CIDR/, '10.0.0.0/16');
    await type(/^Subnets/, 'subnet-a\nsubnet-b');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        name: 'prod-vpc',
        title: 'Production VPC',
        provider: 'aws',
        networkId: 'vpc-0abc',
        cidr: '10.0.0.0/16',
        subnets: ['subnet-a', 'subnet-b'],
      },
    ]);
    expect(within(document.body).queryByRole('alert')).toBeNull();
  });
});
