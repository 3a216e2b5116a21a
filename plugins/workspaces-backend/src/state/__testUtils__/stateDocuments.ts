import { randomUUID } from 'node:crypto';
import type { NewStateVersion, StateKey, StateLock } from '../StateStore';
import { sha256Hex } from '../terraformDocuments';

/** A Terraform state document (version 4) with the given serial and lineage. */
export function aStateDocument(serial: number, lineage: string): string {
  return `${JSON.stringify(
    {
      version: 4,
      terraform_version: '1.11.4',
      serial,
      lineage,
      outputs: {},
      resources: [],
      check_results: null,
    },
    null,
    2,
  )}\n`;
}

/** What the backend would store for that document. */
export function aStateVersion(
  key: StateKey,
  serial: number,
  lineage: string,
  author: { jobId?: string; createdBy?: string } = {},
): NewStateVersion {
  const state = aStateDocument(serial, lineage);
  const bytes = Buffer.from(state, 'utf8');
  return {
    ...key,
    serial,
    lineage,
    size: bytes.length,
    checksum: sha256Hex(bytes),
    state,
    ...(author.jobId && { jobId: author.jobId }),
    createdBy: author.createdBy ?? 'user:default/jane',
    createdAt: new Date().toISOString(),
  };
}

/** Terraform's LockInfo JSON, as `terraform apply` sends it with LOCK. */
export function aLockInfo(id: string = randomUUID()): string {
  return JSON.stringify({
    ID: id,
    Operation: 'OperationTypeApply',
    Info: '',
    Who: 'runner@worker-1',
    Version: '1.11.4',
    Created: new Date().toISOString(),
    Path: '',
  });
}

/** A lock of the state, taken by the job (or by the principal alone when no job). */
export function aLock(
  key: StateKey,
  holder: { jobId?: string; holder?: string },
  lockId: string = randomUUID(),
): StateLock {
  return {
    ...key,
    lockId,
    info: aLockInfo(lockId),
    ...(holder.jobId && { jobId: holder.jobId }),
    holder: holder.holder ?? 'user:default/jane',
    createdAt: new Date().toISOString(),
  };
}
