import type { StepAction, StepEvent } from '@oqullus/plugin-workspaces-node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseTerraformJsonLine,
  TerraformEventTranslator,
} from './TerraformEventTranslator';

/** Real `-json` output of Terraform 1.11.4, recorded for the research notes. */
function fixtureLines(name: string): string[] {
  return readFileSync(join(__dirname, '__fixtures__', name), 'utf8')
    .split('\n')
    .filter(line => line !== '');
}

function translate(name: string, action: StepAction = 'apply'): StepEvent[] {
  const translator = new TerraformEventTranslator(action);
  return fixtureLines(name).flatMap(line => {
    const message = parseTerraformJsonLine(line);
    const event = message && translator.translate(message);
    return event ? [event] : [];
  });
}

describe('parseTerraformJsonLine', () => {
  it('reads a message and keeps fields it does not know', () => {
    expect(
      parseTerraformJsonLine(
        '{"type":"version","terraform":"1.11.4","ui":"1.2","future":{"x":1}}',
      ),
    ).toEqual({
      type: 'version',
      terraform: '1.11.4',
      ui: '1.2',
      future: { x: 1 },
    });
  });

  it('treats text, broken JSON and JSON without a type as plain text', () => {
    for (const line of [
      '',
      'Successfully configured the backend "local"! Terraform will automatically',
      '{ not json',
      '{"@message":"no type here"}',
      '{"type":42}',
      '["type"]',
    ]) {
      expect(parseTerraformJsonLine(line)).toBeUndefined();
    }
  });

  it('finds the JSON messages among the text lines init prints', () => {
    const lines = readFileSync(
      join(__dirname, '__fixtures__', 'init-local-backend.txt'),
      'utf8',
    ).split('\n');
    const types = lines.map(line => parseTerraformJsonLine(line)?.type);
    expect(types.filter(Boolean)).toEqual([
      'version',
      'init_output',
      'init_output',
      'log',
      'init_output',
    ]);
    expect(lines.some(line => line.startsWith('Successfully configured'))).toBe(
      true,
    );
  });
});

describe('TerraformEventTranslator', () => {
  it('reports each resource started and completed, then what the apply changed', () => {
    expect(translate('apply-create.jsonl')).toEqual([
      {
        type: 'resource',
        address: 'terraform_data.a',
        action: 'create',
        phase: 'started',
      },
      {
        type: 'resource',
        address: 'terraform_data.a',
        action: 'create',
        phase: 'completed',
        elapsedSeconds: 0,
      },
      {
        type: 'resource',
        address: 'terraform_data.uses_secret',
        action: 'create',
        phase: 'started',
      },
      {
        type: 'resource',
        address: 'terraform_data.uses_secret',
        action: 'create',
        phase: 'completed',
        elapsedSeconds: 0,
      },
      {
        type: 'resource',
        address: 'terraform_data.b',
        action: 'create',
        phase: 'started',
      },
      {
        type: 'resource',
        address: 'terraform_data.b',
        action: 'create',
        phase: 'completed',
        elapsedSeconds: 0,
      },
      {
        type: 'change-summary',
        add: 3,
        change: 0,
        remove: 0,
        operation: 'apply',
      },
    ]);
  });

  it('reports what a plan would change and nothing for planned changes or outputs', () => {
    expect(translate('plan-create.jsonl')).toEqual([
      {
        type: 'change-summary',
        add: 3,
        change: 0,
        remove: 0,
        operation: 'plan',
      },
    ]);
  });

  it('reports a failed resource with its elapsed time and the error diagnostic with its address', () => {
    const events = translate('apply-errored-and-progress.jsonl');
    expect(events).toContainEqual({
      type: 'resource',
      address: 'terraform_data.fail',
      action: 'create',
      phase: 'errored',
      elapsedSeconds: 0,
    });
    expect(events).toContainEqual({
      type: 'resource',
      address: 'terraform_data.slow',
      action: 'create',
      phase: 'completed',
      elapsedSeconds: 12,
    });
    expect(events[events.length - 1]).toEqual({
      type: 'diagnostic',
      severity: 'error',
      summary: 'local-exec provisioner error',
      detail:
        "Error running command 'echo about to fail >&2; exit 3': exit status 3. Output: about to fail\n",
      address: 'terraform_data.fail',
    });
    // apply_progress, provision_* and planned_change carry nothing the runner records.
    expect(events).toHaveLength(8);
  });

  it('reports an interrupted apply: the errored resource and every error diagnostic', () => {
    const events = translate('apply-sigint.jsonl');
    // An empty detail is left out rather than reported as "".
    const halted = {
      type: 'diagnostic',
      severity: 'error',
      summary: 'execution halted',
    };
    expect(events.filter(event => event.type === 'diagnostic')).toEqual([
      expect.objectContaining({
        summary: 'local-exec provisioner error',
        address: 'terraform_data.slow',
      }),
      // Terraform 1.11.4 really does report this one twice.
      halted,
      halted,
    ]);
    expect(events).toContainEqual({
      type: 'resource',
      address: 'terraform_data.slow',
      action: 'create',
      phase: 'errored',
      elapsedSeconds: 4,
    });
  });

  it('reports diagnostics without an address, such as a failed state upload or a stale plan', () => {
    expect(
      translate('apply-errored-tfstate.jsonl').filter(
        event => event.type === 'diagnostic',
      ),
    ).toEqual([
      expect.objectContaining({ summary: 'Failed to save state' }),
      expect.objectContaining({
        summary: 'Failed to persist state to backend',
      }),
    ]);
    expect(translate('apply-stale-plan.jsonl')).toEqual([
      {
        type: 'diagnostic',
        severity: 'error',
        summary: 'Saved plan is stale',
        detail:
          'The given plan file can no longer be applied because the state was changed by another operation after the plan was created.',
      },
    ]);
  });

  it('calls the apply of a saved destroy plan a destroy, as the step does', () => {
    const line =
      '{"@message":"Apply complete! Resources: 0 added, 0 changed, 2 destroyed.","changes":{"add":0,"change":0,"import":0,"remove":2,"operation":"apply"},"type":"change_summary"}';
    const message = parseTerraformJsonLine(line)!;
    expect(new TerraformEventTranslator('destroy').translate(message)).toEqual({
      type: 'change-summary',
      add: 0,
      change: 0,
      remove: 2,
      operation: 'destroy',
    });
    expect(new TerraformEventTranslator('apply').translate(message)).toEqual(
      expect.objectContaining({ operation: 'apply' }),
    );
  });

  it('ignores unknown types and messages missing what an event needs', () => {
    const translator = new TerraformEventTranslator('apply');
    for (const message of [
      { type: 'action_start', action: { addr: 'x' } },
      { type: 'apply_start', hook: {} },
      { type: 'diagnostic', diagnostic: { severity: 'info', summary: 'x' } },
      { type: 'diagnostic', diagnostic: { severity: 'error' } },
      { type: 'change_summary', changes: { add: 1, operation: 'import' } },
    ]) {
      expect(translator.translate(message)).toBeUndefined();
    }
  });
});
