import { mockServices } from '@backstage/backend-test-utils';
import type { StepEvent } from '@oqullus/plugin-workspaces-node';
import { createRedactor } from './createRedactor';
import { StepHooksDispatcher } from './StepHooksDispatcher';

const event: StepEvent = {
  type: 'diagnostic',
  severity: 'error',
  summary: 'bad token tok-12345',
};

function recordingHooks(delayMs = 0) {
  const calls: Array<['log', string[]] | ['event', StepEvent]> = [];
  const pause = () => new Promise(resolve => setTimeout(resolve, delayMs));
  return {
    calls,
    hooks: {
      async onLog(lines: string[]) {
        await pause();
        calls.push(['log', lines]);
      },
      async onEvent(e: StepEvent) {
        await pause();
        calls.push(['event', e]);
      },
    },
  };
}

describe('StepHooksDispatcher', () => {
  const logger = mockServices.logger.mock();
  const redactor = createRedactor(['tok-12345']);

  it('sends buffered lines before a later event, in order, all redacted', async () => {
    const { calls, hooks } = recordingHooks(5);
    const dispatcher = new StepHooksDispatcher(hooks, redactor, logger);

    dispatcher.log('one tok-12345');
    dispatcher.log('two');
    dispatcher.event(event);
    dispatcher.log('three');
    await dispatcher.flush();

    expect(calls).toEqual([
      ['log', ['one ***', 'two']],
      ['event', { ...event, summary: 'bad token ***' }],
      ['log', ['three']],
    ]);
  });

  it('sends a full batch at once and the rest after the flush interval', async () => {
    const { calls, hooks } = recordingHooks();
    const dispatcher = new StepHooksDispatcher(hooks, redactor, logger, {
      maxBatchLines: 2,
      flushIntervalMs: 50,
    });

    ['a', 'b', 'c'].forEach(line => dispatcher.log(line));
    await new Promise(resolve => setTimeout(resolve, 10));
    expect(calls).toEqual([['log', ['a', 'b']]]);

    await new Promise(resolve => setTimeout(resolve, 100));
    expect(calls).toEqual([
      ['log', ['a', 'b']],
      ['log', ['c']],
    ]);
  });

  it('logs a failing hook, redacted, and keeps reporting', async () => {
    const warn = jest.fn();
    const { calls, hooks } = recordingHooks();
    const dispatcher = new StepHooksDispatcher(
      {
        ...hooks,
        onLog: () => {
          throw new Error('store rejected tok-12345');
        },
      },
      redactor,
      { ...logger, warn },
    );

    dispatcher.log('lost');
    dispatcher.event(event);
    await dispatcher.flush();

    expect(warn).toHaveBeenCalledWith(
      'Could not report log lines of a job step: Error: store rejected ***',
    );
    expect(calls).toEqual([['event', { ...event, summary: 'bad token ***' }]]);
  });
});
