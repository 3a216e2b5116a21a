import type { UrlReaderService } from '@backstage/backend-plugin-api';
import type { StackTemplate } from '@oqullus/plugin-workspaces-common';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { materializeModule } from './materializeModule';

function template(source: StackTemplate['source']): StackTemplate {
  return {
    name: 'lakehouse',
    title: 'Lakehouse',
    source,
    infrastructure: { path: '.' },
    inputs: { type: 'object', properties: {} },
    apps: [{ name: 'orchestrator', path: 'apps/orchestrator' }],
    requiresApproval: false,
    origin: 'config',
    validation: { status: 'unknown', messages: [] },
  };
}

describe('materializeModule', () => {
  let root: string;
  let templateDir: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'oq-materialize-'));
    templateDir = path.join(root, 'templates', 'lakehouse');
    await mkdir(path.join(templateDir, 'apps', 'orchestrator'), {
      recursive: true,
    });
    await mkdir(path.join(templateDir, '.terraform'));
    await writeFile(path.join(templateDir, 'main.tf'), 'variable "region" {}');
    await writeFile(path.join(templateDir, 'terraform.tfstate'), '{}');
    await writeFile(
      path.join(templateDir, 'apps', 'orchestrator', 'main.tf'),
      '',
    );
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const unusedReader = {} as UrlReaderService;

  it('copies a directory module from inside the allowed roots, without Terraform left-overs', async () => {
    const target = path.join(root, 'jobs', 'job-1', 'infrastructure');
    await materializeModule({
      template: template({ type: 'directory', path: templateDir }),
      modulePath: '.',
      targetDir: target,
      stackTemplateRoots: [path.join(root, 'templates')],
      workingDirectory: root,
      urlReader: unusedReader,
    });
    expect((await readdir(target)).sort()).toEqual(['apps', 'main.tf']);
  });

  it('refuses a directory template outside the allowed roots, and paths that climb out', async () => {
    const options = {
      template: template({ type: 'directory', path: templateDir }),
      targetDir: path.join(root, 'jobs', 'job-2', 'infrastructure'),
      workingDirectory: root,
      urlReader: unusedReader,
    };
    await expect(
      materializeModule({
        ...options,
        modulePath: '.',
        stackTemplateRoots: ['/nowhere'],
      }),
    ).rejects.toThrow('is outside the allowed stack template roots');
    await expect(
      materializeModule({
        ...options,
        modulePath: '../..',
        stackTemplateRoots: [path.join(root, 'templates')],
      }),
    ).rejects.toThrow(
      "Module path '../..' of stack template 'lakehouse' must stay inside the template",
    );
  });

  it('reads a URL template as a tree through the UrlReader and copies the app module', async () => {
    const reader: UrlReaderService = {
      readUrl: jest.fn(),
      search: jest.fn(),
      readTree: jest.fn(async url => {
        expect(url).toBe('https://git.example.com/templates/lakehouse');
        return {
          etag: 'e1',
          files: async () => [],
          archive: async () => {
            throw new Error('not used');
          },
          dir: async (options?: { targetDir?: string }) => {
            const dir = options!.targetDir!;
            await mkdir(path.join(dir, 'apps', 'orchestrator'), {
              recursive: true,
            });
            await writeFile(
              path.join(dir, 'apps', 'orchestrator', 'main.tf'),
              '',
            );
            return dir;
          },
        };
      }),
    };
    const target = path.join(root, 'jobs', 'job-3', 'orchestrator');
    await materializeModule({
      template: template({
        type: 'url',
        url: 'https://git.example.com/templates/lakehouse',
      }),
      modulePath: 'apps/orchestrator',
      targetDir: target,
      stackTemplateRoots: [],
      workingDirectory: root,
      urlReader: reader,
    });
    expect(await readdir(target)).toEqual(['main.tf']);
    // The scratch copy of the whole tree is gone.
    expect((await readdir(path.dirname(target))).sort()).toEqual([
      'orchestrator',
    ]);
  });
});
