import type { StackTemplate } from '@oqullus/plugin-workspaces-common';
import { readdir, realpath } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import type { PreflightContext } from './PreflightContext';
import { PreflightFindings } from './PreflightFindings';
import { isInside, resolveTemplateDirectory } from './resolveTemplateDirectory';

const TERRAFORM_FILE = /\.tf(\.json)?$/;

type Module = { label: string; path: string };

/** Can the template's Terraform be found: its infrastructure and each app? */
export async function checkStackTemplate(
  template: StackTemplate,
  context: PreflightContext,
): Promise<PreflightFindings> {
  const findings = new PreflightFindings();
  const modules: Module[] = [
    {
      label: `The infrastructure path '${template.infrastructure.path}'`,
      path: template.infrastructure.path,
    },
    ...template.apps.map(app => ({
      label: `App '${app.name}' (path '${app.path}')`,
      path: app.path,
    })),
  ];
  const problems =
    template.source.type === 'directory'
      ? await localModuleProblems(template.source.path, modules, context)
      : await remoteModuleProblems(template.source.url, modules, context);
  problems.forEach(problem => findings.broken(problem));
  return findings;
}

async function localModuleProblems(
  sourcePath: string,
  modules: Module[],
  context: PreflightContext,
): Promise<string[]> {
  const resolved = await resolveTemplateDirectory(
    sourcePath,
    context.stackTemplateRoots,
    context.workingDirectory,
  );
  if ('problem' in resolved) {
    return [resolved.problem];
  }
  const problems: string[] = [];
  for (const module of modules) {
    let directory: string;
    try {
      directory = await realpath(resolve(resolved.directory, module.path));
    } catch {
      problems.push(
        `${module.label} does not exist in the template: correct the path, or add the module`,
      );
      continue;
    }
    if (!isInside(resolved.directory, directory)) {
      problems.push(
        `${module.label} leads outside the template through a symlink: keep modules inside the template directory`,
      );
      continue;
    }
    const entries = await readdir(directory, { withFileTypes: true }).catch(
      () => [],
    );
    if (
      !entries.some(
        entry => TERRAFORM_FILE.test(entry.name) && !entry.isDirectory(),
      )
    ) {
      problems.push(noTerraform(module));
    }
  }
  return problems;
}

async function remoteModuleProblems(
  url: string,
  modules: Module[],
  context: PreflightContext,
): Promise<string[]> {
  let files: { path: string }[];
  try {
    const tree = await context.urlReader.readTree(url, {
      filter: path => TERRAFORM_FILE.test(path),
    });
    files = await tree.files();
  } catch (error) {
    return [
      `The template could not be read from ${url}: ${
        (error as Error).message
      }. Check the URL and the backend's integrations config for that host`,
    ];
  }
  const directories = new Set(
    files
      .filter(file => TERRAFORM_FILE.test(file.path))
      .map(file => posix.dirname(posix.normalize(file.path))),
  );
  return modules
    .filter(
      module =>
        !directories.has(posix.normalize(module.path).replace(/\/$/, '')),
    )
    .map(noTerraform);
}

function noTerraform(module: Module): string {
  return `${module.label} holds no *.tf file: Terraform would have nothing to apply there`;
}
