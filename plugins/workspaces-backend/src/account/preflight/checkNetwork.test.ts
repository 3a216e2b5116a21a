import { aNetwork } from '../__testUtils__/resources';
import { checkNetwork } from './checkNetwork';

describe('checkNetwork', () => {
  const check = async (overrides: Parameters<typeof aNetwork>[0]) =>
    (await checkNetwork(aNetwork(overrides))).toValidation('t');

  it('passes a network with a valid CIDR block and a region', async () => {
    await expect(check({})).resolves.toEqual({
      status: 'valid',
      messages: [],
      checkedAt: 't',
    });
    await expect(check({ cidr: undefined })).resolves.toMatchObject({
      status: 'valid',
    });
  });

  it('refuses a CIDR block that is not one', async () => {
    await expect(check({ cidr: '10.0.0.0/40' })).resolves.toMatchObject({
      status: 'broken',
      messages: [
        "The CIDR block '10.0.0.0/40' is not an IPv4 CIDR block such as 10.0.0.0/16: correct it",
      ],
    });
  });

  it('warns about host bits in the CIDR block, giving the network address', async () => {
    await expect(check({ cidr: '10.1.200.7/12' })).resolves.toMatchObject({
      status: 'warning',
      messages: [
        "The CIDR block '10.1.200.7/12' has host bits set; its network is 10.0.0.0/12, which clouds expect instead",
      ],
    });
    await expect(check({ cidr: '192.168.255.255/32' })).resolves.toMatchObject({
      status: 'valid',
    });
    await expect(check({ cidr: '255.255.255.255/0' })).resolves.toMatchObject({
      messages: [
        "The CIDR block '255.255.255.255/0' has host bits set; its network is 0.0.0.0/0, which clouds expect instead",
      ],
    });
  });

  it.each(['aws', 'gcp', 'azure'] as const)(
    'warns about a %s network without a region',
    async provider => {
      await expect(
        check({ provider, region: undefined }),
      ).resolves.toMatchObject({
        status: 'warning',
        messages: [
          `No region is given: set the ${provider} region the network lives in, so templates can place resources beside it`,
        ],
      });
    },
  );

  it('does not ask other networks for a region', async () => {
    await expect(
      check({ provider: 'other', region: undefined }),
    ).resolves.toMatchObject({ status: 'valid' });
  });
});
