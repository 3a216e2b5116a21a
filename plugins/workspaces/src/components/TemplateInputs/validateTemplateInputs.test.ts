import type { StackTemplateInputs } from '@oqullus/plugin-workspaces-common';
import { aStackTemplate } from '../../__testUtils__/fixtures';
import { validateTemplateInputs } from './validateTemplateInputs';
import {
  templateInputDefaults,
  templateInputsToSend,
} from './templateInputDefaults';

const inputs: StackTemplateInputs = {
  type: 'object',
  properties: {
    region: { type: 'string', title: 'Region', enum: ['eu', 'us'] },
    prefix: {
      type: 'string',
      title: 'Prefix',
      minLength: 2,
      maxLength: 5,
      pattern: '^[a-z]+$',
    },
    nodes: { type: 'integer', title: 'Nodes', minimum: 1, maximum: 9 },
    ratio: { type: 'number', maximum: 1 },
    public: { type: 'boolean', title: 'Public' },
  },
  required: ['region', 'nodes'],
};

describe('validateTemplateInputs', () => {
  it('accepts values that meet every keyword', () => {
    expect(
      validateTemplateInputs(inputs, {
        region: 'eu',
        prefix: 'ab',
        nodes: 9,
        ratio: 0.5,
        public: true,
      }),
    ).toEqual({});
  });

  it('names each missing required input by its title, and only those', () => {
    expect(validateTemplateInputs(inputs, { region: '' })).toEqual({
      region: 'Region is required',
      nodes: 'Nodes is required',
    });
  });

  it('refuses a value outside the enum', () => {
    expect(validateTemplateInputs(inputs, { region: 'ap', nodes: 1 })).toEqual({
      region: 'Region must be one of eu, us',
    });
  });

  it.each([
    [{ nodes: 0 }, { nodes: 'Nodes must be at least 1' }],
    [{ nodes: 10 }, { nodes: 'Nodes must be at most 9' }],
    [{ nodes: 1.5 }, { nodes: 'Nodes must be a whole number' }],
    [{ nodes: Number.NaN }, { nodes: 'Nodes must be a whole number' }],
    [{ nodes: 1, ratio: 2 }, { ratio: 'ratio must be at most 1' }],
    [{ nodes: 1, ratio: 'x' }, { ratio: 'ratio must be a number' }],
    [{ nodes: 1, public: 'yes' }, { public: 'Public must be true or false' }],
  ])('checks numbers and booleans: %j', (values, errors) => {
    expect(validateTemplateInputs(inputs, { region: 'eu', ...values })).toEqual(
      errors,
    );
  });

  it.each([
    ['a', 'Prefix must be at least 2 characters (got 1)'],
    ['abcdef', 'Prefix must be at most 5 characters (got 6)'],
    ['ab1', 'Prefix must match the pattern ^[a-z]+$'],
  ])('checks the length and pattern of %j', (prefix, message) => {
    expect(
      validateTemplateInputs(inputs, { region: 'eu', nodes: 1, prefix }),
    ).toEqual({ prefix: message });
  });

  it('refuses text where a string input gets another type', () => {
    expect(
      validateTemplateInputs(inputs, { region: 'eu', nodes: 1, prefix: 5 }),
    ).toEqual({ prefix: 'Prefix must be text' });
  });
});

describe('templateInputDefaults', () => {
  it('starts from the defaults the template declares', () => {
    expect(templateInputDefaults(aStackTemplate().inputs)).toEqual({
      region: 'eu-west-1',
      compute_size: 'small',
      apply_delay_seconds: 0,
      fail_on_apply: false,
    });
  });
});

describe('templateInputsToSend', () => {
  it('keeps only declared inputs that have a value', () => {
    expect(
      templateInputsToSend(inputs, {
        region: 'eu',
        prefix: '',
        nodes: undefined,
        public: false,
        unknown: 'x',
      }),
    ).toEqual({ region: 'eu', public: false });
  });
});
