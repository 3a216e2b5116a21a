import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { testAccountConfig } from '../../src/__testUtils__/startWorkspacesTestBackend';

/** The 100-resource template of the overhead case (a). */
export const LARGE_TEMPLATE = 'bench-100';
/** The 1-resource template of the pickup (b) and throughput (c) cases. */
export const SMALL_TEMPLATE = 'bench-1';

/** A module of `count` independent `terraform_data` resources, no variables, no backend. */
export function terraformDataModule(count: number): string {
  const blocks = Array.from(
    { length: count },
    (_, index) =>
      `resource "terraform_data" "r${index}" {\n  input = "resource-${index}"\n}\n`,
  );
  return `${blocks.join('\n')}\noutput "count" {\n  value = ${count}\n}\n`;
}

/** Writes both templates under root (one folder each) and returns their folders. */
export async function writeBenchTemplates(root: string, largeCount: number) {
  const large = path.join(root, LARGE_TEMPLATE);
  const small = path.join(root, SMALL_TEMPLATE);
  await mkdir(large, { recursive: true });
  await mkdir(small, { recursive: true });
  await writeFile(path.join(large, 'main.tf'), terraformDataModule(largeCount));
  await writeFile(path.join(small, 'main.tf'), terraformDataModule(1));
  return { large, small };
}

/** The example account with the two bench templates instead of its own (no apps). */
export function benchAccount(folders: { large: string; small: string }) {
  const account = testAccountConfig();
  const template = (name: string, title: string, folder: string) => ({
    ...account.stackTemplates[0],
    name,
    title,
    source: { type: 'directory', path: folder },
    inputs: { type: 'object', properties: {} } as any,
    apps: [],
    requiresApproval: false,
  });
  return {
    ...account,
    stackTemplates: [
      template(LARGE_TEMPLATE, 'Benchmark: 100 terraform_data', folders.large),
      template(SMALL_TEMPLATE, 'Benchmark: 1 terraform_data', folders.small),
    ],
  };
}
