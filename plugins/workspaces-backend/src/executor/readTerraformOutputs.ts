/**
 * The outputs in what `terraform output -json` printed, without the sensitive ones:
 * unlike the `outputs` message of `apply -json`, this command prints their values in
 * clear. An output counts as non-sensitive only when Terraform says so explicitly.
 */
export function readTerraformOutputs(stdout: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(
      'terraform output -json did not print a JSON document; see the job log.',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(
      'terraform output -json did not print an object of outputs.',
    );
  }
  const outputs: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(parsed)) {
    if (
      typeof output === 'object' &&
      output !== null &&
      (output as { sensitive?: unknown }).sensitive === false
    ) {
      outputs[name] = (output as { value?: unknown }).value;
    }
  }
  return outputs;
}
