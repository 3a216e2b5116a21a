import { aStackTemplate } from '../../__testUtils__/fixtures';
import {
  buildCreateWorkspaceRequest,
  emptyCreateWorkspaceForm,
  type CreateWorkspaceForm,
} from './createWorkspaceForm';
import { validateCreateWorkspaceForm } from './validateCreateWorkspaceForm';

const validForm: CreateWorkspaceForm = {
  ...emptyCreateWorkspaceForm,
  name: 'Analytics EU',
  owner: 'user:default/dana.dev',
  stackTemplate: 'lakehouse-local',
  cloudCredential: 'local-sandbox',
  stateStorage: 'builtin',
  parameters: { region: 'eu-west-1' },
};

describe('buildCreateWorkspaceRequest', () => {
  it('leaves out what the server fills in: external ID, network, empty description', () => {
    expect(buildCreateWorkspaceRequest(validForm, aStackTemplate())).toEqual({
      name: 'Analytics EU',
      owner: 'user:default/dana.dev',
      provisioning: {
        stackTemplate: 'lakehouse-local',
        cloudCredential: 'local-sandbox',
        stateStorage: 'builtin',
      },
      parameters: { region: 'eu-west-1' },
    });
  });

  it('sends a custom external ID, a description and a network when given', () => {
    expect(
      buildCreateWorkspaceRequest(
        {
          ...validForm,
          description: 'For EU',
          generateExternalId: false,
          externalId: 'analytics-eu',
          network: 'shared-dev-network',
        },
        aStackTemplate(),
      ),
    ).toMatchObject({
      description: 'For EU',
      externalId: 'analytics-eu',
      provisioning: { network: 'shared-dev-network' },
    });
  });
});

describe('validateCreateWorkspaceForm', () => {
  it('accepts a valid form', () => {
    expect(validateCreateWorkspaceForm(validForm, aStackTemplate())).toEqual(
      {},
    );
  });

  it('uses the backend schema messages, each keyed by its field', () => {
    expect(
      validateCreateWorkspaceForm(
        {
          ...validForm,
          name: 'ab',
          generateExternalId: false,
          externalId: 'Bad--',
        },
        aStackTemplate(),
      ),
    ).toEqual({
      name: 'Workspace name must be at least 3 characters (got 2)',
      externalId:
        'External workspace ID may only contain lowercase letters, digits and hyphens (found "B"); ' +
        'External workspace ID must not end with a hyphen; ' +
        'External workspace ID must not contain two hyphens in a row',
    });
  });

  it('ignores the external ID field while it is generated', () => {
    expect(
      validateCreateWorkspaceForm(
        { ...validForm, externalId: 'Bad--' },
        aStackTemplate(),
      ),
    ).toEqual({});
  });

  it('asks for each provisioning choice and each required template input', () => {
    expect(
      validateCreateWorkspaceForm(
        {
          ...validForm,
          stackTemplate: '',
          cloudCredential: '',
          stateStorage: '',
          parameters: {},
        },
        aStackTemplate(),
      ),
    ).toEqual({
      'provisioning.stackTemplate': 'Choose a stack template',
      'provisioning.cloudCredential': 'Choose a cloud credential',
      'provisioning.stateStorage': 'Choose a state storage',
      'parameters.region': 'Region is required',
    });
  });
});
