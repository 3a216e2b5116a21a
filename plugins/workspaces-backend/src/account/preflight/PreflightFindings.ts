import type { AccountResourceValidation } from '@oqullus/plugin-workspaces-common';

/**
 * What a preflight found: problems that stop a job (broken) and doubts that
 * may not (warning). Every message is a sentence a person can act on and
 * never holds a secret value.
 */
export class PreflightFindings {
  private readonly problems: string[] = [];
  private readonly doubts: string[] = [];

  broken(message: string): void {
    this.problems.push(message);
  }

  warning(message: string): void {
    this.doubts.push(message);
  }

  toValidation(checkedAt: string): AccountResourceValidation {
    let status: AccountResourceValidation['status'] = 'valid';
    if (this.problems.length > 0) {
      status = 'broken';
    } else if (this.doubts.length > 0) {
      status = 'warning';
    }
    return { status, messages: [...this.problems, ...this.doubts], checkedAt };
  }
}
