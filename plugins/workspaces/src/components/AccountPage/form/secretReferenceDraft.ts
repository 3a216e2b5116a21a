import type { SecretReference } from '@oqullus/plugin-workspaces-common';

/**
 * One secret reference as typed: the variable Terraform receives and where
 * the job runner reads its value. The value itself is never typed here.
 */
export type SecretReferenceRow = {
  name: string;
  source: 'env' | 'file';
  from: string;
};

export const secretRowsOf = (
  secrets: SecretReference[] = [],
): SecretReferenceRow[] =>
  secrets.map(secret =>
    'env' in secret.from
      ? { name: secret.name, source: 'env', from: secret.from.env }
      : { name: secret.name, source: 'file', from: secret.from.file },
  );

export const secretReferencesOf = (rows: SecretReferenceRow[]) =>
  rows.map(row => ({
    name: row.name.trim(),
    from:
      row.source === 'env'
        ? { env: row.from.trim() }
        : { file: row.from.trim() },
  }));
