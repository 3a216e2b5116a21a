import {
  chunksOf,
  failedApplyLines,
  initLines,
  tfLine,
} from './__testUtils__/terraformLogChunks';
import { joinLogChunks, sectionsOf } from './terraformLog';

describe('terraformLog', () => {
  it("reads Terraform's message, level and time instead of the JSON record", () => {
    const [section] = sectionsOf(chunksOf('infrastructure', failedApplyLines));
    expect(section.lines).toEqual([
      {
        number: 1,
        level: 'info',
        message: 'terraform_data.network: Plan to create',
        timestamp: '2026-11-28T12:14:13.928966Z',
      },
      expect.objectContaining({ number: 2, level: 'info' }),
      {
        number: 3,
        level: 'error',
        message:
          'Error: local-exec provisioner error\ncompute node 0 could not start: fail_on_apply is set',
        timestamp: '2026-11-28T12:14:13.928966Z',
      },
    ]);
  });

  it('folds init up to its success message, without colour codes, and numbers lines as downloaded', () => {
    const [section] = sectionsOf(
      chunksOf('infrastructure', [...initLines, ...failedApplyLines]),
    );
    expect(section.init.map(line => line.message)).toEqual([
      'Terraform 1.11.4',
      'Initializing the backend...',
      'Successfully configured the backend "http"!',
      'Terraform has been successfully initialized!',
    ]);
    // The empty line 3 is not shown but keeps its number.
    expect(section.init.map(line => line.number)).toEqual([1, 2, 4, 5]);
    expect(section.lines[0]).toMatchObject({
      number: 6,
      message: 'terraform_data.network: Plan to create',
    });
  });

  it('keeps an init that failed folded with its error, and nothing after it', () => {
    const failedInit = [
      ...initLines.slice(0, 2),
      tfLine('Error: Failed to get existing workspaces', {
        '@level': 'error',
        type: 'diagnostic',
      }),
    ];
    const [section] = sectionsOf(chunksOf('infrastructure', failedInit));
    expect(section.init.map(line => line.level)).toEqual([
      'info',
      'info',
      'error',
    ]);
    expect(section.lines).toEqual([]);
  });

  it('starts a section at each step, and one for chunks stored without a step', () => {
    const chunks = [
      ...chunksOf(undefined, ['an old line']),
      ...chunksOf('infrastructure', [...initLines, failedApplyLines[0]], 2),
      ...chunksOf('orchestrator', [failedApplyLines[2]], 20),
    ];
    const sections = sectionsOf(chunks);
    expect(sections.map(s => [s.step, s.lines.length])).toEqual([
      [undefined, 1],
      ['infrastructure', 1],
      ['orchestrator', 1],
    ]);
    expect(sections[2].lines[0].level).toBe('error');
  });

  it('reads a record that shares no line with the next chunk, also in old chunks without a last newline', () => {
    const old = [
      { seq: 1, text: tfLine('first'), createdAt: '2026-11-28T12:00:00Z' },
      { seq: 2, text: tfLine('second'), createdAt: '2026-11-28T12:00:00Z' },
    ];
    expect(sectionsOf(old)[0].lines.map(line => line.message)).toEqual([
      'first',
      'second',
    ]);
    expect(joinLogChunks(old)).toBe(
      `${tfLine('first')}\n${tfLine('second')}\n`,
    );
    const current = chunksOf('infrastructure', ['a', 'b']);
    expect(joinLogChunks(current)).toBe('a\nb\n');
  });

  it('reads JSON that is not a Terraform record as plain text', () => {
    const [section] = sectionsOf(
      chunksOf('infrastructure', [
        '{"not": "terraform"}',
        '{broken',
        'Error: plain',
      ]),
    );
    expect(section.lines.map(line => [line.message, line.level])).toEqual([
      ['{"not": "terraform"}', 'info'],
      ['{broken', 'info'],
      ['Error: plain', 'error'],
    ]);
  });
});
