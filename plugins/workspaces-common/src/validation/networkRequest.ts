import { z } from 'zod';
import {
  commonFields,
  lineSchema,
  strictObject,
  uniqueBy,
} from './accountResourceFields';
import { typeErrorMessage } from './requestObjects';

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/**
 * Whether `text` is an IPv4 CIDR block such as `10.0.0.0/16`.
 *
 * @public
 */
export function isIpv4Cidr(text: string): boolean {
  const match = IPV4_CIDR.exec(text);
  const fits = (part: string, max: number) =>
    !/^0\d/.test(part) && Number(part) <= max;
  return (
    !!match &&
    match.slice(1, 5).every(octet => fits(octet, 255)) &&
    fits(match[5], 32)
  );
}

/**
 * The body of a request to register or replace a network.
 *
 * @public
 */
export const networkRequestSchema = strictObject({
  ...commonFields,
  provider: z.enum(['aws', 'gcp', 'azure', 'other'], {
    error: 'Provider must be one of aws, gcp, azure, other',
  }),
  networkId: lineSchema('Network id', 255).refine(
    id => !/\s/.test(id),
    'Network id must not contain spaces',
  ),
  cidr: z
    .string({ error: typeErrorMessage('text') })
    .trim()
    .refine(isIpv4Cidr, 'Must be an IPv4 CIDR block such as 10.0.0.0/16')
    .optional(),
  region: z
    .string({ error: typeErrorMessage('text') })
    .trim()
    .regex(
      /^[A-Za-z0-9-]{1,64}$/,
      'Must be a region such as eu-west-1, europe-west1 or westeurope',
    )
    .optional(),
  subnets: z
    .array(lineSchema('Subnet', 255), {
      error: typeErrorMessage('a list of subnet ids'),
    })
    .max(100)
    .superRefine(uniqueBy(subnet => subnet, 'subnet'))
    .optional(),
});
