import { errorOf, network } from './accountResources.testUtils';
import { isIpv4Cidr, networkRequestSchema } from './networkRequest';

describe('networkRequestSchema', () => {
  it('accepts a full network and a bare one', () => {
    expect(networkRequestSchema.parse(network)).toEqual(network);
    const bare = {
      name: 'lab',
      title: 'Lab',
      provider: 'other',
      networkId: 'lab-net',
    };
    expect(networkRequestSchema.parse(bare)).toEqual(bare);
  });

  it.each([
    [
      { provider: 'ibm' },
      'provider: Provider must be one of aws, gcp, azure, other',
    ],
    [{ networkId: '' }, 'networkId: Network id is required'],
    [{ networkId: 'vpc 1' }, 'networkId: Network id must not contain spaces'],
    [
      { cidr: '10.0.0.0' },
      'cidr: Must be an IPv4 CIDR block such as 10.0.0.0/16',
    ],
    [
      { cidr: '10.0.0.256/16' },
      'cidr: Must be an IPv4 CIDR block such as 10.0.0.0/16',
    ],
    [
      { cidr: '10.0.0.0/33' },
      'cidr: Must be an IPv4 CIDR block such as 10.0.0.0/16',
    ],
    [
      { region: 'eu west' },
      'region: Must be a region such as eu-west-1, europe-west1 or westeurope',
    ],
    [
      { subnets: ['a', 'a'] },
      'subnets[1]: "a" is given twice; each subnet must be unique',
    ],
    [{ subnets: 'subnet-1' }, 'subnets: Must be a list of subnet ids'],
    [
      { vpc: 'x' },
      'Unknown field "vpc"; the allowed fields are name, title, description, owner, provider, networkId, cidr, region, subnets',
    ],
  ])('refuses %j', (change, message) => {
    expect(errorOf(networkRequestSchema, { ...network, ...change })).toBe(
      message,
    );
  });
});

describe('isIpv4Cidr', () => {
  it.each(['0.0.0.0/0', '10.0.0.0/8', '192.168.1.0/24', '255.255.255.255/32'])(
    'accepts %s',
    cidr => {
      expect(isIpv4Cidr(cidr)).toBe(true);
    },
  );

  it.each(['10.0.0/8', '010.0.0.0/8', '10.0.0.0/', '1.2.3.4/24 ', '::/0'])(
    'refuses %j',
    cidr => {
      expect(isIpv4Cidr(cidr)).toBe(false);
    },
  );
});
