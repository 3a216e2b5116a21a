import { createMockDirectory } from '@backstage/backend-test-utils';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { keepErroredState } from './keepErroredState';

describe('keepErroredState', () => {
  const mockDir = createMockDirectory();
  const moduleDir = mockDir.resolve('module');
  const jobDir = mockDir.resolve('jobs/job-1');

  beforeEach(() => mockDir.setContent({ module: { 'main.tf': '' } }));

  it('does nothing when terraform saved the state', async () => {
    await expect(
      keepErroredState({ moduleDir, jobDir, component: 'infrastructure' }),
    ).resolves.toBeUndefined();
    expect(existsSync(jobDir)).toBe(false);
  });

  it('moves the errored state out of the module directory, readable only by the backend', async () => {
    mockDir.addContent({ 'module/errored.tfstate': '{"serial":3}' });

    const kept = await keepErroredState({
      moduleDir,
      jobDir,
      component: 'infrastructure',
    });

    expect(kept).toBe(
      mockDir.resolve('jobs/job-1/kept/errored-infrastructure.tfstate'),
    );
    expect(readFileSync(kept!, 'utf8')).toBe('{"serial":3}');
    expect(statSync(kept!).mode & 0o777).toBe(0o600);
    expect(existsSync(mockDir.resolve('module/errored.tfstate'))).toBe(false);
  });

  it('never overwrites a state kept earlier, and makes the component safe as a file name', async () => {
    const component = '../apps/air flow';
    mockDir.addContent({ 'module/errored.tfstate': 'first' });
    const first = await keepErroredState({ moduleDir, jobDir, component });
    mockDir.addContent({ 'module/errored.tfstate': 'second' });
    const second = await keepErroredState({ moduleDir, jobDir, component });

    expect(first).toBe(
      mockDir.resolve('jobs/job-1/kept/errored-.._apps_air_flow.tfstate'),
    );
    expect(second).toBe(
      mockDir.resolve('jobs/job-1/kept/errored-.._apps_air_flow-2.tfstate'),
    );
    expect(readFileSync(first!, 'utf8')).toBe('first');
    expect(readFileSync(second!, 'utf8')).toBe('second');
  });
});
