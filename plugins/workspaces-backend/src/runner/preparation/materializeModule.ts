import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { StackTemplate } from '@oqullus/plugin-workspaces-common';
import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveTemplateDirectory } from '../../account/preflight/resolveTemplateDirectory';

// Left-overs of someone running Terraform inside the template must not leak into jobs.
const SKIPPED = new Set([
  '.terraform',
  'terraform.tfstate',
  'terraform.tfstate.backup',
  '.terraform.lock.hcl',
]);

/**
 * Copies one module of a stack template (its infrastructure or an app) into `targetDir`,
 * a fresh directory of the job. A directory template must resolve inside the allowed
 * roots (checked again here: the registry accepts templates whose check failed); a URL
 * template is read as a tree with Backstage's UrlReader.
 */
export async function materializeModule(options: {
  template: StackTemplate;
  modulePath: string;
  targetDir: string;
  stackTemplateRoots: string[];
  workingDirectory: string;
  urlReader: UrlReaderService;
}): Promise<void> {
  const { template, modulePath, targetDir } = options;
  if (path.isAbsolute(modulePath) || modulePath.split(/[\\/]/).includes('..')) {
    throw new InputError(
      `Module path '${modulePath}' of stack template '${template.name}' must stay inside the template`,
    );
  }
  await mkdir(path.dirname(targetDir), { recursive: true });
  if (template.source.type === 'directory') {
    const resolved = await resolveTemplateDirectory(
      template.source.path,
      options.stackTemplateRoots,
      options.workingDirectory,
    );
    if ('problem' in resolved) throw new InputError(resolved.problem);
    await copyModule(
      path.join(resolved.directory, modulePath),
      targetDir,
      template.name,
    );
    return;
  }
  const tree = await options.urlReader.readTree(template.source.url);
  const scratch = await mkdtemp(`${targetDir}-tree-`);
  try {
    await tree.dir({ targetDir: scratch });
    await copyModule(path.join(scratch, modulePath), targetDir, template.name);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function copyModule(
  source: string,
  targetDir: string,
  templateName: string,
) {
  const found = await stat(source).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new InputError(
      `Stack template '${templateName}' has no module directory at ${source}; check its infrastructure and app paths`,
    );
  }
  await cp(source, targetDir, {
    recursive: true,
    filter: file => !SKIPPED.has(path.basename(file)),
  });
}
