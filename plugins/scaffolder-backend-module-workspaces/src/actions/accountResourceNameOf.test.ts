import { InputError } from '@backstage/errors';
import { accountResourceNameOf } from './accountResourceNameOf';

describe('accountResourceNameOf', () => {
  it('keeps a plain account resource name as it is', () => {
    expect(accountResourceNameOf('stackTemplate', 'lakehouse-local')).toBe(
      'lakehouse-local',
    );
    // A name may itself start like an entity name: without a kind it is a name.
    expect(accountResourceNameOf('network', 'network-a')).toBe('network-a');
  });

  it.each([
    [
      'stackTemplate',
      'resource:default/stack-template-lakehouse-local',
      'lakehouse-local',
    ],
    [
      'cloudCredential',
      'resource:default/cloud-credential-local-sandbox',
      'local-sandbox',
    ],
    ['stateStorage', 'resource:default/state-storage-builtin', 'builtin'],
    [
      'network',
      'resource:default/network-shared-dev-network',
      'shared-dev-network',
    ],
    ['stackTemplate', 'Resource:Default/stack-template-aws-eks', 'aws-eks'],
    ['stateStorage', 'default/state-storage-s3-dev', 's3-dev'],
  ] as const)(
    'maps the %s entity ref %j to the name %j',
    (input, ref, name) => {
      expect(accountResourceNameOf(input, ref)).toBe(name);
    },
  );

  it.each([
    ['stackTemplate', 'resource:default/network-shared-dev-network'],
    ['cloudCredential', 'component:default/cloud-credential-aws-dev'],
    ['stateStorage', 'resource:team-a/state-storage-builtin'],
    ['network', 'resource:default/network-'],
    ['stackTemplate', 'resource:default/'],
  ] as const)('refuses the %s ref %j with what to pick', (input, ref) => {
    expect(() => accountResourceNameOf(input, ref)).toThrow(InputError);
  });

  it('says which input was wrong and what it expects', () => {
    expect(() =>
      accountResourceNameOf(
        'stackTemplate',
        'resource:default/network-shared-dev-network',
      ),
    ).toThrow(
      'stackTemplate "resource:default/network-shared-dev-network" is not the catalog entity of a stack-template; pick a Resource of type stack-template (resource:default/stack-template-<name>) or give the stack-template name',
    );
  });
});
