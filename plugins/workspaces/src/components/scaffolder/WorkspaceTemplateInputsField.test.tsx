import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { useState } from 'react';
import type { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { registerMswTestHooks, TestApiProvider } from '@backstage/test-utils';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { WorkspacesClient } from '@oqullus/plugin-workspaces-common';
import { MockFetchApi } from '@backstage/test-utils';
import { workspacesApiRef } from '../../api';
import { aStackTemplate } from '../../__testUtils__/fixtures';
import {
  renderWithWorkspacesApi,
  workspacesBaseUrl,
} from '../../__testUtils__/renderWithWorkspacesApi';
import { validateWorkspaceTemplateInputs } from './validateWorkspaceTemplateInputs';
import { WorkspaceTemplateInputsField } from './WorkspaceTemplateInputsField';
import type {
  WorkspaceTemplateInputsUiOptions,
  WorkspaceTemplateInputsValue,
} from './workspaceTemplateInputsOptions';

jest.setTimeout(30_000);

const server = setupServer();
registerMswTestHooks(server);

const templateRef = 'resource:default/stack-template-lakehouse-local';

function stackTemplateEntity(annotation: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'stack-template-lakehouse-local',
      namespace: 'default',
      annotations: { 'oqullus.io/account-resource': annotation },
    },
    spec: { type: 'stack-template', owner: 'group:default/platform' },
  };
}

function serveTemplate() {
  const requested: string[] = [];
  server.use(
    rest.get(
      `${workspacesBaseUrl}/account/stack-templates/:name`,
      (req, res, ctx) => {
        requested.push(String(req.params.name));
        return res(ctx.json(aStackTemplate()));
      },
    ),
  );
  return requested;
}

type Props = FieldExtensionComponentProps<
  WorkspaceTemplateInputsValue,
  WorkspaceTemplateInputsUiOptions
>;

/** Holds the value like the scaffolder form does, and reports every change. */
function Harness(props: {
  formData: Record<string, unknown>;
  onValue: (value: WorkspaceTemplateInputsValue | undefined) => void;
}) {
  const [value, setValue] = useState<WorkspaceTemplateInputsValue>();
  // Only what the field reads: the rest of RJSF's props are not used.
  const fieldProps = {
    formData: value,
    onChange: (next: WorkspaceTemplateInputsValue) => {
      setValue(next);
      props.onValue(next);
    },
    uiSchema: { 'ui:options': { stackTemplateField: 'stackTemplate' } },
    formContext: { formData: props.formData },
    schema: { title: 'Template inputs', type: 'object' },
    rawErrors: [],
  } as unknown as Props;
  return <WorkspaceTemplateInputsField {...fieldProps} />;
}

async function renderField(entity: Entity | undefined, formData: object) {
  const onValue = jest.fn();
  await renderWithWorkspacesApi(
    <TestApiProvider
      apis={[
        [catalogApiRef, catalogApiMock({ entities: entity ? [entity] : [] })],
      ]}
    >
      <Harness formData={{ ...formData }} onValue={onValue} />
    </TestApiProvider>,
  );
  return onValue;
}

describe('WorkspaceTemplateInputsField', () => {
  it('renders the inputs of the template the sibling field names, starting from their defaults', async () => {
    const requested = serveTemplate();
    const onValue = await renderField(
      stackTemplateEntity('stack-templates/lakehouse-local'),
      { stackTemplate: templateRef },
    );

    expect(
      await screen.findByText('Template inputs: Lakehouse (runs offline)'),
    ).toBeInTheDocument();
    expect(requested).toEqual(['lakehouse-local']);
    expect(screen.getByRole('button', { name: /^Region/ })).toHaveTextContent(
      'eu-west-1',
    );
    expect(
      screen.getByRole('spinbutton', { name: 'Apply delay (seconds)' }),
    ).toHaveValue(0);
    expect(onValue).toHaveBeenLastCalledWith({
      region: 'eu-west-1',
      compute_size: 'small',
      apply_delay_seconds: 0,
      fail_on_apply: false,
    });

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Fail on apply' }),
    );
    expect(onValue).toHaveBeenLastCalledWith(
      expect.objectContaining({ fail_on_apply: true }),
    );
  });

  it('shows a message for an input that breaks its schema once it is left', async () => {
    serveTemplate();
    await renderField(stackTemplateEntity('stack-templates/lakehouse-local'), {
      stackTemplate: templateRef,
    });
    const delay = await screen.findByRole('spinbutton', {
      name: 'Apply delay (seconds)',
    });
    await userEvent.clear(delay);
    await userEvent.type(delay, '-3');
    await userEvent.tab();
    expect(
      screen.getByText(/Apply delay \(seconds\) must be at least 0/),
    ).toBeInTheDocument();
  });

  it('asks for a stack template while the sibling field is empty', async () => {
    await renderField(undefined, {});
    expect(
      screen.getByText(
        'Choose a stack template first; its inputs appear here.',
      ),
    ).toBeInTheDocument();
  });

  it('says why when the entity is not a stack template', async () => {
    await renderField(stackTemplateEntity('networks/shared'), {
      stackTemplate: templateRef,
    });
    expect(
      await screen.findByText(
        /its oqullus.io\/account-resource annotation must be stack-templates\/<name>, and it is "networks\/shared"/,
      ),
    ).toBeInTheDocument();
  });
});

describe('validateWorkspaceTemplateInputs', () => {
  const apiHolder = {
    get: (ref: { id: string }) =>
      ({
        [catalogApiRef.id]: catalogApiMock({
          entities: [stackTemplateEntity('stack-templates/lakehouse-local')],
        }),
        [workspacesApiRef.id]: new WorkspacesClient({
          discoveryApi: { getBaseUrl: async () => workspacesBaseUrl },
          fetchApi: new MockFetchApi(),
        }),
      }[ref.id]),
  };
  const uiSchema = { 'ui:options': { stackTemplateField: 'stackTemplate' } };

  async function errorsOf(value: WorkspaceTemplateInputsValue) {
    const validation = createFieldValidation();
    await validateWorkspaceTemplateInputs(value, validation, {
      apiHolder: apiHolder as any,
      formData: { stackTemplate: templateRef },
      schema: {},
      uiSchema,
    });
    return validation.__errors;
  }

  it('refuses values that break the template schema, with the same messages as the page', async () => {
    serveTemplate();
    expect(
      await errorsOf({ region: 'mars-1', apply_delay_seconds: 1.5 }),
    ).toEqual([
      'Region must be one of eu-west-1, us-east-1',
      'Apply delay (seconds) must be a whole number',
    ]);
  });

  it('accepts valid values', async () => {
    serveTemplate();
    expect(await errorsOf({ region: 'eu-west-1' })).toEqual([]);
  });
});
