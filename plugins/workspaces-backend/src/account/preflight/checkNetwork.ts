import { isIpv4Cidr, type Network } from '@oqullus/plugin-workspaces-common';
import { PreflightFindings } from './PreflightFindings';

const CLOUD_PROVIDERS = ['aws', 'gcp', 'azure'];

/** Is the network described well enough for templates to join it? */
export async function checkNetwork(
  network: Network,
): Promise<PreflightFindings> {
  const findings = new PreflightFindings();
  if (network.cidr !== undefined) {
    if (!isIpv4Cidr(network.cidr)) {
      findings.broken(
        `The CIDR block '${network.cidr}' is not an IPv4 CIDR block such as 10.0.0.0/16: correct it`,
      );
    } else {
      const base = networkAddress(network.cidr);
      if (base !== network.cidr) {
        findings.warning(
          `The CIDR block '${network.cidr}' has host bits set; its network is ${base}, which clouds expect instead`,
        );
      }
    }
  }
  if (CLOUD_PROVIDERS.includes(network.provider) && !network.region) {
    findings.warning(
      `No region is given: set the ${network.provider} region the network lives in, so templates can place resources beside it`,
    );
  }
  return findings;
}

function networkAddress(cidr: string): string {
  const [address, prefixText] = cidr.split('/');
  const prefix = Number(prefixText);
  const value = address
    .split('.')
    .reduce((sum, octet) => sum * 256 + Number(octet), 0);
  // 2^(32-prefix) addresses per block; arithmetic, since bit operators are 32-bit signed.
  const size = 2 ** (32 - prefix);
  const base = Math.floor(value / size) * size;
  const octets = [24, 16, 8, 0].map(
    shift => Math.floor(base / 2 ** shift) % 256,
  );
  return `${octets.join('.')}/${prefix}`;
}
