import { formatZodIssues } from './formatZodIssues';

/** The messages for a request the schema must refuse, as a client sees them. */
export function errorOf(
  schema: { safeParse(input: unknown): any },
  input: unknown,
) {
  const result = schema.safeParse(input);
  if (result.success) {
    throw new Error('expected the request to be refused');
  }
  return formatZodIssues(result.error);
}

// Valid requests, one per kind, for the tests to change one field at a time.
export const template = {
  name: 'data-platform',
  title: 'Data platform',
  source: { type: 'directory', path: 'examples/stack-templates/data-platform' },
};
export const credential = {
  name: 'aws-prod',
  title: 'AWS production',
  provider: 'aws',
  identity: { accountId: '123456789012', roleArn: 'arn:aws:iam::1:role/tf' },
  secrets: [
    { name: 'AWS_SECRET_ACCESS_KEY', from: { env: 'PROD_AWS_SECRET' } },
    { name: 'AWS_ACCESS_KEY_ID', from: { file: '/run/secrets/aws-key-id' } },
  ],
};
export const storage = { name: 'builtin', title: 'Built-in', kind: 'builtin' };
export const network = {
  name: 'shared-vpc',
  title: 'Shared VPC',
  provider: 'aws',
  networkId: 'vpc-0abc',
  cidr: '10.0.0.0/16',
  region: 'eu-west-1',
  subnets: ['subnet-1', 'subnet-2'],
};
