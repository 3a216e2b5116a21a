import { builtinBackendConfig } from './builtinBackendConfig';

describe('builtinBackendConfig', () => {
  it('points address, lock and unlock at the component’s state URL, with LOCK/UNLOCK and no password', () => {
    const config = builtinBackendConfig({
      baseUrl: 'https://backstage.example.com/api/workspaces/',
      workspaceId: '3f1c2b8e-1111-4222-8333-944445555666',
      component: 'orchestrator',
    });

    const address =
      'https://backstage.example.com/api/workspaces/state/3f1c2b8e-1111-4222-8333-944445555666/orchestrator';
    expect(config.settings).toEqual({
      address,
      lock_address: address,
      unlock_address: address,
      lock_method: 'LOCK',
      unlock_method: 'UNLOCK',
      username: 'job',
    });
    expect(JSON.parse(config.tfJson)).toEqual({
      terraform: { backend: { http: config.settings } },
    });
    expect(config.hcl).toBe(
      [
        'terraform {',
        '  backend "http" {',
        `    address        = "${address}"`,
        `    lock_address   = "${address}"`,
        `    unlock_address = "${address}"`,
        '    lock_method    = "LOCK"',
        '    unlock_method  = "UNLOCK"',
        '    username       = "job"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(`${config.tfJson}${config.hcl}`).not.toMatch(/password/);
  });

  it('keeps odd characters from becoming HCL templates or leaving the path segment', () => {
    const config = builtinBackendConfig({
      baseUrl: 'http://127.0.0.1:7007/api/${workspaces}',
      workspaceId: 'ws',
      component: 'a/b',
    });

    expect(config.settings.address).toBe(
      'http://127.0.0.1:7007/api/${workspaces}/state/ws/a%2Fb',
    );
    expect(config.hcl).toContain(
      'address        = "http://127.0.0.1:7007/api/$${workspaces}/state/ws/a%2Fb"',
    );
  });
});
