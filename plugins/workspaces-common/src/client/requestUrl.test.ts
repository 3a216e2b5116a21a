import { path, queryString } from './requestUrl';

describe('path', () => {
  it('encodes each interpolated value as one segment', () => {
    expect(path`/workspaces/${'ws 1'}/members/${'user:default/dana.dev'}`).toBe(
      '/workspaces/ws%201/members/user%3Adefault%2Fdana.dev',
    );
  });

  it('leaves the literal parts as written', () => {
    expect(path`/workspaces`).toBe('/workspaces');
    expect(path`/jobs/${'job-1'}/log`).toBe('/jobs/job-1/log');
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
