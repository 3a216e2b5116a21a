import { ConfigReader } from '@backstage/config';
import { readServiceGrants } from './readServiceGrants';

const withServices = (services: unknown) =>
  new ConfigReader({ workspaces: { roles: { services } } } as never);

describe('readServiceGrants', () => {
  it('grants the catalog read access by default, and nothing to anyone else', () => {
    const grants = readServiceGrants(new ConfigReader({}));
    expect([...grants.keys()]).toEqual(['plugin:catalog']);
    expect([...grants.get('plugin:catalog')!]).toEqual([
      'workspaces.workspace.read',
      'workspaces.account.read',
    ]);
  });

  it('reads each configured service, and a configured catalog replaces the default', () => {
    const grants = readServiceGrants(
      withServices([
        {
          subject: 'example-scripts',
          permissions: [
            'workspaces.workspace.read',
            'workspaces.workspace.create',
          ],
        },
        { subject: 'plugin:catalog', permissions: [] },
      ]),
    );
    expect([...grants.get('example-scripts')!]).toEqual([
      'workspaces.workspace.read',
      'workspaces.workspace.create',
    ]);
    expect(grants.get('plugin:catalog')!.size).toBe(0);
  });

  it('refuses a permission that does not exist, naming the valid ones', () => {
    expect(() =>
      readServiceGrants(
        withServices([
          {
            subject: 'robot',
            permissions: ['workspaces.workspace.approve', 'approve-all'],
          },
        ]),
      ),
    ).toThrow(
      /'robot' is granted unknown permissions 'approve-all'; use any of workspaces\.workspace\.create, .*workspaces\.account\.manage/,
    );
  });

  it('refuses the same subject twice', () => {
    expect(() =>
      readServiceGrants(
        withServices([
          { subject: 'robot', permissions: [] },
          { subject: 'robot', permissions: ['workspaces.workspace.read'] },
        ]),
      ),
    ).toThrow("lists the subject 'robot' twice");
  });
});
