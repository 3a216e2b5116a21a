import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { declaredVariables, onlyDeclared } from './declaredVariables';

describe('declaredVariables', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'oq-vars-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('finds the variable blocks of every .tf file, and only the values they declare pass', async () => {
    await writeFile(
      path.join(dir, 'main.tf'),
      'variable "region" {}\n  variable "storage_bucket" {\n  type = string\n}\n# variable "commented" {}\n',
    );
    await writeFile(
      path.join(dir, 'more.tf'),
      'variable "network_id" { default = "" }',
    );
    await writeFile(path.join(dir, 'notes.txt'), 'variable "ignored" {}');
    const declared = await declaredVariables(dir);
    expect([...declared].sort()).toEqual([
      'network_id',
      'region',
      'storage_bucket',
    ]);
    expect(
      onlyDeclared(
        {
          region: 'eu',
          storage_bucket: 'b',
          compute_nodes: ['x'],
          catalog_password: 'p',
        },
        declared,
      ),
    ).toEqual({ region: 'eu', storage_bucket: 'b' });
  });
});
