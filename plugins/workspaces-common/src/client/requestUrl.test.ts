import { fillPath, queryString } from './requestUrl';

describe('fillPath', () => {
  it('encodes each parameter value as one segment', () => {
    expect(
      fillPath('/workspaces/{id}/members/{memberRef}', {
        id: 'ws 1',
        memberRef: 'user:default/dana.dev',
      }),
    ).toBe('/workspaces/ws%201/members/user%3Adefault%2Fdana.dev');
  });

  it('leaves the literal parts as written', () => {
    expect(fillPath('/workspaces')).toBe('/workspaces');
    expect(fillPath('/jobs/{jobId}/log', { jobId: 'job-1' })).toBe(
      '/jobs/job-1/log',
    );
  });

  it('names the parameter a template is missing', () => {
    expect(() => fillPath('/jobs/{jobId}', {})).toThrow(
      'The path /jobs/{jobId} needs a value for {jobId}',
    );
  });
});

describe('queryString', () => {
  it('is empty when nothing is set', () => {
    expect(queryString()).toBe('');
    expect(queryString({ after: undefined })).toBe('');
  });

  it('repeats array values and encodes special characters', () => {
    expect(
      queryString({ status: ['running', 'failed'], q: 'a&b=c', limit: 5 }),
    ).toBe('?status=running&status=failed&q=a%26b%3Dc&limit=5');
  });
});
