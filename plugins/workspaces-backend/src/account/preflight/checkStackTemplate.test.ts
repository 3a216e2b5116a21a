import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { mkdirSync, symlinkSync } from 'node:fs';
import { aStackTemplate } from '../__testUtils__/resources';
import { checkStackTemplate } from './checkStackTemplate';
import type { PreflightContext } from './PreflightContext';

describe('checkStackTemplate', () => {
  const mockDir = createMockDirectory();
  const urlReader = mockServices.urlReader.mock();
  let context: PreflightContext;

  beforeEach(() => {
    mockDir.setContent({
      'templates/data-platform/main.tf': 'terraform {}',
      'templates/data-platform/apps/airflow/main.tf': '',
      'templates/data-platform/apps/docs/README.md': '',
      'templates/json-only/main.tf.json': '{}',
      'templates/no-terraform/README.md': '',
      'elsewhere/evil/main.tf': '',
    });
    context = {
      env: {},
      workingDirectory: mockDir.path,
      stackTemplateRoots: ['templates'],
      urlReader,
      connectTimeoutMs: 2000,
    };
  });

  async function check(overrides: Parameters<typeof aStackTemplate>[0]) {
    const findings = await checkStackTemplate(
      aStackTemplate(overrides),
      context,
    );
    return findings.toValidation('2026-11-28T10:00:00.000Z');
  }

  const directory = (path: string) => ({ type: 'directory' as const, path });

  it('passes a template with Terraform in its infrastructure and each app', async () => {
    await expect(
      check({ apps: [{ name: 'airflow', path: 'apps/airflow' }] }),
    ).resolves.toEqual({
      status: 'valid',
      messages: [],
      checkedAt: '2026-11-28T10:00:00.000Z',
    });
    await expect(
      check({ source: directory('templates/json-only') }),
    ).resolves.toMatchObject({ status: 'valid' });
  });

  it('accepts absolute template paths under a relative root', async () => {
    const source = directory(mockDir.resolve('templates/data-platform'));
    await expect(check({ source })).resolves.toMatchObject({ status: 'valid' });
  });

  it('refuses a directory outside the allowed roots', async () => {
    await expect(
      check({ source: directory('elsewhere/evil') }),
    ).resolves.toEqual(
      expect.objectContaining({
        status: 'broken',
        messages: [
          'The template directory elsewhere/evil is outside the allowed stack template roots (templates): add its parent to workspaces.stackTemplateRoots',
        ],
      }),
    );
  });

  it('refuses a symlink inside a root that leads outside it', async () => {
    symlinkSync(
      mockDir.resolve('elsewhere/evil'),
      mockDir.resolve('templates/link'),
    );
    const { status, messages } = await check({
      source: directory('templates/link'),
    });
    expect(status).toBe('broken');
    expect(messages).toEqual([
      `The template directory templates/link (which resolves to ${mockDir.resolve(
        'elsewhere/evil',
      )}) is outside the allowed stack template roots (templates): add its parent to workspaces.stackTemplateRoots`,
    ]);
  });

  it('refuses every directory when no roots are configured', async () => {
    context.stackTemplateRoots = [];
    const { messages } = await check({});
    expect(messages).toEqual([
      'The template directory templates/data-platform is outside the allowed stack template roots (none are configured): add its parent to workspaces.stackTemplateRoots',
    ]);
  });

  it('says when the directory does not exist inside a root', async () => {
    const { status, messages } = await check({
      source: directory('templates/missing'),
    });
    expect(status).toBe('broken');
    expect(messages).toEqual([
      'The template directory templates/missing does not exist on the backend: create it, or correct source.path',
    ]);
  });

  it('names each module without Terraform', async () => {
    const { status, messages } = await check({
      infrastructure: { path: 'apps/docs' },
      apps: [
        { name: 'airflow', path: 'apps/airflow' },
        { name: 'docs', path: 'apps/docs' },
        { name: 'gone', path: 'apps/gone' },
      ],
    });
    expect(status).toBe('broken');
    expect(messages).toEqual([
      "The infrastructure path 'apps/docs' holds no *.tf file: Terraform would have nothing to apply there",
      "App 'docs' (path 'apps/docs') holds no *.tf file: Terraform would have nothing to apply there",
      "App 'gone' (path 'apps/gone') does not exist in the template: correct the path, or add the module",
    ]);
    await expect(
      check({ source: directory('templates/no-terraform') }),
    ).resolves.toMatchObject({
      status: 'broken',
      messages: [
        "The infrastructure path '.' holds no *.tf file: Terraform would have nothing to apply there",
      ],
    });
  });

  it('refuses a module that leaves the template through a symlink', async () => {
    mkdirSync(mockDir.resolve('templates/data-platform/modules'));
    symlinkSync(
      mockDir.resolve('elsewhere/evil'),
      mockDir.resolve('templates/data-platform/modules/evil'),
    );
    const { messages } = await check({
      apps: [{ name: 'evil', path: 'modules/evil' }],
    });
    expect(messages).toEqual([
      "App 'evil' (path 'modules/evil') leads outside the template through a symlink: keep modules inside the template directory",
    ]);
  });

  describe('from a URL', () => {
    const url = 'https://github.com/acme/stacks/tree/main/data-platform';
    const treeOf = (...paths: string[]) => ({
      files: async () =>
        paths.map(path => ({ path, content: async () => Buffer.from('') })),
      archive: jest.fn(),
      dir: jest.fn(),
      etag: 'etag',
    });

    it('passes when the tree has Terraform where the template says', async () => {
      urlReader.readTree.mockResolvedValue(
        treeOf('main.tf', 'apps/airflow/main.tf'),
      );
      const validation = await check({
        source: { type: 'url', url },
        apps: [{ name: 'airflow', path: './apps/airflow/' }],
      });
      expect(validation.status).toBe('valid');
      expect(urlReader.readTree).toHaveBeenCalledWith(url, {
        filter: expect.any(Function),
      });
    });

    it('names the modules the tree has no Terraform for', async () => {
      urlReader.readTree.mockResolvedValue(
        treeOf('infra/main.tf', 'apps/airflow/README.tf.md'),
      );
      const { messages } = await check({
        source: { type: 'url', url },
        apps: [{ name: 'airflow', path: 'apps/airflow' }],
      });
      expect(messages).toEqual([
        "The infrastructure path '.' holds no *.tf file: Terraform would have nothing to apply there",
        "App 'airflow' (path 'apps/airflow') holds no *.tf file: Terraform would have nothing to apply there",
      ]);
    });

    it("reports the reader's failure", async () => {
      urlReader.readTree.mockRejectedValue(
        new Error('Request failed with 404 Not Found'),
      );
      const { status, messages } = await check({
        source: { type: 'url', url },
      });
      expect(status).toBe('broken');
      expect(messages).toEqual([
        `The template could not be read from ${url}: Request failed with 404 Not Found. Check the URL and the backend's integrations config for that host`,
      ]);
    });
  });
});
